/**
 * <site-search>: the header's search control (Search.astro). Only this small element loads with
 * the page. It opens the dialog (already in the HTML) at once on a click, "/" or Ctrl/Cmd+K, so
 * every keystroke lands in the input however slow the network, and loads the dialog's code
 * (search-dialog.ts) and Pagefind as soon as the reader shows intent: pointer over or focus on
 * the control.
 */
import type { SearchDialog } from './search-dialog';
import { PAGEFIND_SCRIPT } from './pagefind-script';

class SiteSearch extends HTMLElement {
	#dialog: Promise<SearchDialog> | undefined;
	#pendingSubmit: { newTab: boolean } | undefined;
	#abort = new AbortController();

	connectedCallback() {
		const signal = this.#abort.signal;
		const trigger = this.querySelector<HTMLElement>('[data-open]')!;
		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector('input')!;
		trigger.addEventListener('click', (event) => {
			event.preventDefault();
			this.open();
		}, { signal });
		for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
			trigger.addEventListener(type, () => void this.#code().then((d) => d.preload()), { once: true, passive: true, signal });
		}
		document.addEventListener('keydown', (event) => {
			const target = event.target as HTMLElement;
			const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
			if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
				event.preventDefault();
				this.open();
			}
		}, { signal });
		// Enter before the dialog's code has loaded: remember it; the code opens the first result.
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !this.#loaded) {
				event.preventDefault();
				this.#pendingSubmit = { newTab: event.ctrlKey || event.metaKey || event.shiftKey };
			}
		}, { signal });
		this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close(), { signal });
		// A click on the backdrop lands on the <dialog> itself.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close(), { signal });
		// Focus goes back to the search control, so "/" works again at once.
		dialog.addEventListener('close', () => trigger.focus(), { signal });
		// Another part of the page asks for a search ("Search the guide for this line" on /diagnose/).
		addEventListener('site-search:open', (event) => {
			const query = (event as CustomEvent<{ query?: unknown }>).detail?.query;
			if (typeof query !== 'string') return;
			input.value = query;
			this.open();
		}, { signal });
		const highlight = new URLSearchParams(location.search).get('highlight');
		if (highlight) void import('./highlight').then(({ highlightMatches }) => highlightMatches(highlight.slice(0, 200)));
	}

	disconnectedCallback() {
		this.#abort.abort();
	}

	#loaded = false;

	#code(): Promise<SearchDialog> {
		if (!this.#dialog) {
			// Pagefind's script is fetched beside the dialog's code, not after it: the dialog imports it at once, and a first
			// query typed the moment the dialog opens waits on it.
			document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: PAGEFIND_SCRIPT }));
			// And started as soon as it arrives, with the shortcuts, the codes and the results' styles: Pagefind's entry,
			// metadata and WebAssembly load and compile while the dialog's code is still arriving. The dialog reports a
			// failure when it awaits the same promises.
			void import('./search-data').then((data) => data.preloadSearch());
			this.#dialog = import('./search-dialog').then((code) => {
				this.#loaded = true;
				return new code.SearchDialog(this);
			});
		}
		return this.#dialog;
	}

	open() {
		const dialog = this.querySelector('dialog')!;
		if (!dialog.open) {
			dialog.showModal();
			this.querySelector('input')!.select();
		}
		void this.#code().then((code) => {
			code.activate(this.#pendingSubmit);
			this.#pendingSubmit = undefined;
		});
	}
}

customElements.define('site-search', SiteSearch);
