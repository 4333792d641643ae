/**
 * <timer-filter>: narrows /timeouts/ to the timers that match every chosen value (rows carry
 * `data-platform`, `data-codes` and `data-kinds`), hides the groups left empty, and says how many
 * timers show. The choice is kept in the address (`?code=504&kind=connect`) with replaceState, so
 * a filtered view can be shared and reloads as it was; a link to a timer's row (`#nginx-…`) opens
 * with every timer shown.
 */
import { filterKeys, matchesFilter, type TimerFilterValues } from './filter';

class TimerFilter extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const form = this.querySelector<HTMLElement>('.timer-filter')!;
		const select = (key: string) => form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
		const signal = this.#abort.signal;
		// A link to one timer's row shows every timer, so the row is there whatever the address says.
		const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		const params = new URLSearchParams(target?.matches('[data-timer]') ? '' : location.search);
		for (const key of filterKeys) {
			const value = params.get(key);
			// Only a value the select offers: anything else in the address is ignored.
			if (value && [...select(key).options].some((o) => o.value === value)) select(key).value = value;
		}
		form.hidden = false;
		form.addEventListener('change', () => this.#apply(form, true), { signal });
		form.querySelector('[data-reset]')!.addEventListener('click', () => {
			for (const key of filterKeys) select(key).value = '';
			this.#apply(form, true);
			select('platform').focus();
		}, { signal });
		this.#apply(form, false);
	}

	disconnectedCallback() {
		this.#abort.abort();
	}

	#apply(form: HTMLElement, changed: boolean) {
		const values = Object.fromEntries(filterKeys.map((key) => [key, form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!.value])) as TimerFilterValues;
		const rows = [...document.querySelectorAll<HTMLElement>('[data-timer]')];
		let shown = 0;
		for (const row of rows) {
			const match = matchesFilter({ platform: row.dataset['platform'] ?? '', codes: (row.dataset['codes'] ?? '').split(' '), kinds: (row.dataset['kinds'] ?? '').split(' ') }, values);
			row.hidden = !match;
			if (match) shown++;
		}
		// Innermost groups first, so a kind's section sees whether its platforms still show.
		for (const group of [...document.querySelectorAll<HTMLElement>('[data-timer-group]')].reverse()) {
			group.hidden = !group.querySelector('[data-timer]:not([hidden])');
		}
		const filtered = filterKeys.some((key) => values[key]);
		this.querySelector('[data-count]')!.textContent = filtered ? (shown ? `${shown} of ${rows.length} timers match.` : `No timer matches these choices: change one.`) : `All ${rows.length} timers.`;
		this.querySelector<HTMLButtonElement>('[data-reset]')!.hidden = !filtered;
		if (changed) {
			const url = new URL(location.href);
			for (const key of filterKeys) {
				if (values[key]) url.searchParams.set(key, values[key]);
				else url.searchParams.delete(key);
			}
			url.hash = '';
			history.replaceState(history.state, '', url);
		}
	}
}

if (!customElements.get('timer-filter')) customElements.define('timer-filter', TimerFilter);
