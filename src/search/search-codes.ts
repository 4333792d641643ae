/**
 * What /search/codes.json holds (src/pages/search/codes.json.ts), and the parts of the search
 * dialog built from it once the dialog's code has loaded: the filters and the keyboard hints.
 * None of it is in the pages' HTML: nothing uses it before the dialog's code is there.
 */

/** /search/codes.json. */
export interface SearchCodes {
	/** Each code with its reason phrase: `["521", "Web server is down"]`. */
	codes: [code: string, reason: string][];
	/** Each filter's values, in the order offered: the values the pages give Pagefind (`data-pagefind-filter`). */
	filters: { status: string[]; vendor: string[]; sender: string[] };
}

/** A labelled select of one filter; its first option, "" (any), filters nothing. */
const select = (filter: keyof SearchCodes['filters'], label: string, accessibleName: string, options: readonly [value: string, text: string][]) => {
	const wrapper = document.createElement('label');
	const element = document.createElement('select');
	element.dataset['filter'] = filter;
	element.setAttribute('aria-label', accessibleName);
	element.append(...options.map(([value, text]) => new Option(text, value)));
	wrapper.append(`${label} `, element);
	return wrapper;
};

/** The dialog's filters: status, vendor and sender, each "Any" first. */
export function filterFieldset(filters: SearchCodes['filters']): HTMLFieldSetElement {
	const fieldset = document.createElement('fieldset');
	fieldset.className = 'search-filters';
	const legend = Object.assign(document.createElement('legend'), { className: 'sr-only', textContent: 'Filters' });
	const same = (v: string): [string, string] => [v, v];
	fieldset.append(
		legend,
		select('status', 'Status', 'Filter by status', [['', 'Any'], ...filters.status.map(same)]),
		select('vendor', 'Vendor', 'Filter by vendor', [['', 'Any'], ['None', 'No vendor (standard)'], ...filters.vendor.map(same)]),
		select('sender', 'Sent by', 'Filter by who sends it', [['', 'Anyone'], ...filters.sender.map(same)])
	);
	return fieldset;
}

/** "↑ ↓ to move, Enter to open (Ctrl+Enter: new tab), Esc to close", for keyboards; hidden from screen readers, which announce the listbox. */
export function keyHints(): HTMLParagraphElement {
	const hints = Object.assign(document.createElement('p'), { className: 'search-hints muted' });
	hints.setAttribute('aria-hidden', 'true');
	const kbd = (text: string) => Object.assign(document.createElement('kbd'), { textContent: text });
	hints.append(kbd('↑'), ' ', kbd('↓'), ' to move, ', kbd('Enter'), ' to open (', kbd('Ctrl'), '+', kbd('Enter'), ': new tab), ', kbd('Esc'), ' to close');
	return hints;
}
