/**
 * <site-search>: the header's search control (Search.astro). Only this small element loads with
 * the page; it opens the dialog on a click, "/" or Ctrl/Cmd+K, and loads the dialog's code
 * (search-dialog.ts) and then Pagefind on first open.
 */
import type { SearchDialog } from './search-dialog';

class SiteSearch extends HTMLElement {
	#dialog: Promise<SearchDialog> | undefined;

	connectedCallback() {
		this.querySelector('[data-open]')?.addEventListener('click', (event) => {
			event.preventDefault();
			void this.open();
		});
		document.addEventListener('keydown', (event) => {
			const target = event.target as HTMLElement;
			const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
			if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
				event.preventDefault();
				void this.open();
			}
		});
		// Arrived from a search result: mark the matched words on this page.
		if (new URLSearchParams(location.search).has('highlight')) void highlight();
	}

	async open() {
		const opener = document.activeElement as HTMLElement | null;
		this.#dialog ??= import('./search-dialog').then(({ SearchDialog }) => new SearchDialog(this));
		(await this.#dialog).open(opener);
	}
}

async function highlight() {
	const { default: Highlight } = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind-highlight.js`)) as {
		default: new (options: Record<string, unknown>) => unknown;
	};
	new Highlight({ highlightParam: 'highlight', markContext: 'main', addStyles: false });
}

customElements.define('site-search', SiteSearch);
