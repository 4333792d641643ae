// N.B. CLIENT-SIDE, part of the every-page script (src/layouts/every-page.ts); does nothing on a
// page without a deferred sources list. A code page's "Sources" fold holds a link to the page that
// lists them (Sources.astro); when a reader opens the fold, the list is fetched from that page and
// put in place of the link. If the fetch fails, the link stays and says so.

/** Fetches the list into `fold` in place of `slot`, once. */
async function fill(fold: HTMLDetailsElement, slot: Element): Promise<void> {
	const href = fold.dataset['sources'];
	if (!href || !fold.open || !slot.isConnected || fold.dataset['loading'] !== undefined) return;
	fold.dataset['loading'] = '';
	try {
		const response = await fetch(href);
		if (!response.ok) throw new Error(`${href}: ${response.status}`);
		// Parsed into a template, where the page's own <style> and scripts stay inert (DOMParser's
		// document would apply the style, against this page's Content-Security-Policy).
		const page = document.createElement('template');
		page.innerHTML = await response.text();
		const list = page.content.querySelector('[data-sources-list]');
		if (!list) throw new Error(`${href}: no list of sources`);
		slot.replaceWith(...[...list.children].map((node) => document.importNode(node, true)));
	} catch (error) {
		console.warn('Sources:', error);
		if (!slot.querySelector('.sources__failed')) slot.append(Object.assign(document.createElement('span'), { className: 'sources__failed', textContent: ' (the list could not be loaded here; the link opens it)' }));
	} finally {
		delete fold.dataset['loading'];
	}
}

for (const fold of document.querySelectorAll<HTMLDetailsElement>('details[data-sources]')) {
	const slot = fold.querySelector('[data-sources-slot]');
	if (!slot) continue;
	fold.addEventListener('toggle', () => void fill(fold, slot));
	// Open already: the address points into it, or the page is printed.
	void fill(fold, slot);
}
