/**
 * The search dialog's behaviour, loaded by <site-search> (search-element.ts) when search is
 * first opened. Pagefind's script, WebAssembly and index load then too, never with the page.
 * A bare code that we have a page for is answered at once from the list in `data-codes`, so
 * Enter goes straight to it even before the index arrives.
 */

/** The parts of Pagefind's JS API used here. @see https://pagefind.app/docs/api/ */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(
		term: string,
		options: { filters?: Record<string, string> },
		timeout: number
	): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface Item {
	code: string;
	title: string;
	url: string;
	excerpt?: string;
}

/**
 * Ranking for a reference of short pages where the title says it all: favour exact, rare
 * terms and the title over long pages that mention a term often.
 * @see https://pagefind.app/docs/ranking/
 */
const RANKING = {
	termSimilarity: 9,
	pageLength: 0.1,
	termSaturation: 2,
	termFrequency: 0.2,
	metaWeights: { title: 6, reason: 8, code: 10, keywords: 5 },
};
const MAX_RESULTS = 8;

export class SearchDialog {
	#root: HTMLElement;
	#dialog: HTMLDialogElement;
	#input: HTMLInputElement;
	#list: Element;
	#status: Element;
	#codes = new Map<string, string>();
	#pagefind: Promise<Pagefind> | undefined;
	#items: Item[] = [];
	#active = -1;
	#run = 0;
	#opener: HTMLElement | null = null;

	constructor(root: HTMLElement) {
		this.#root = root;
		this.#dialog = root.querySelector('dialog')!;
		this.#input = root.querySelector('input')!;
		this.#list = root.querySelector('[role="listbox"]')!;
		this.#status = root.querySelector('[role="status"]')!;
		for (const line of (root.dataset['codes'] ?? '').split('\n')) {
			const [code = '', reason = ''] = line.split('|');
			this.#codes.set(code, reason);
		}
		const trigger = root.querySelector<HTMLElement>('[data-open]')!;
		root.querySelector('[data-close]')!.addEventListener('click', () => this.#dialog.close());
		// A click on the backdrop lands on the <dialog> itself.
		this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.#dialog.close());
		// Focus goes back where it was; from the page body (opened with "/"), to the search control.
		// Without this, focus can stay on the hidden input and swallow the next "/".
		this.#dialog.addEventListener('close', () => {
			this.#input.blur();
			(this.#opener && this.#opener !== document.body ? this.#opener : trigger).focus();
		});
		this.#dialog.addEventListener('keydown', (event) => this.#trapFocus(event));
		this.#input.addEventListener('input', () => void this.#search());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		for (const select of root.querySelectorAll('select')) select.addEventListener('change', () => void this.#search());
	}

	/** Opens the dialog; `opener` gets focus back when it closes. */
	open(opener: HTMLElement | null) {
		if (this.#dialog.open) return;
		this.#opener = opener;
		this.#dialog.showModal();
		this.#input.select();
		void this.#load();
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pagefind: Pagefind) => {
			await pagefind.options({ ranking: RANKING, highlightParam: 'highlight', excerptLength: 18 });
			await pagefind.init();
			return pagefind;
		});
		return this.#pagefind;
	}

	#filters(): Record<string, string> {
		const filters: Record<string, string> = {};
		for (const select of this.#root.querySelectorAll('select')) {
			if (select.value) filters[select.dataset['filter'] ?? ''] = select.value;
		}
		return filters;
	}

	async #search() {
		const run = ++this.#run;
		const query = this.#input.value.trim().slice(0, 200);
		if (!query) return this.#render([], '');
		const bare = /^5\d\d$/.test(query) && this.#codes.has(query) ? query : undefined;
		const exact: Item[] = bare ? [{ code: bare, title: this.#codes.get(bare) ?? '', url: `/${bare}/` }] : [];
		if (bare) this.#render(exact, query, true);

		try {
			const pagefind = await this.#load();
			const found = await pagefind.debouncedSearch(query, { filters: this.#filters() }, 80);
			if (!found || run !== this.#run) return;
			const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
			if (run !== this.#run) return;
			const items = data.map(
				(d): Item => ({
					code: d.meta['code'] ?? '',
					title: d.meta['reason'] ?? d.meta['title'] ?? d.url,
					url: d.url,
					excerpt: d.excerpt,
				})
			);
			// A bare code always leads with its own page; Pagefind's prefix matching ranks it high but may tie.
			const own = items.find((item) => item.code === bare);
			this.#render(own ? [own, ...items.filter((item) => item !== own)] : [...exact, ...items], query);
		} catch {
			if (run === this.#run && !bare) this.#status.textContent = 'Search is unavailable right now; the list of every code is on the home page.';
		}
	}

	#render(items: Item[], query: string, pending = false) {
		this.#items = items;
		this.#list.replaceChildren(...items.map((item, i) => this.#option(item, i)));
		this.#input.setAttribute('aria-expanded', String(items.length > 0));
		this.#select(items.length > 0 ? 0 : -1);
		this.#status.replaceChildren();
		if (!query || pending) return;
		if (items.length === 0) {
			const all = Object.assign(document.createElement('a'), { href: '/#codes', textContent: 'see every code' });
			// The query goes in as text, never as HTML.
			this.#status.append(`No results for “${query}”. Try fewer words, or `, all, '.');
		} else {
			this.#status.textContent = `${items.length} result${items.length === 1 ? '' : 's'} for “${query}”`;
		}
	}

	#option(item: Item, index: number): HTMLLIElement {
		const li = document.createElement('li');
		li.id = `search-option-${index}`;
		li.setAttribute('role', 'option');
		// No link inside: an option must not contain another interactive element. A click opens it.
		const link = document.createElement('span');
		const title = document.createElement('span');
		title.className = 'search-result__title';
		if (item.code) title.append(Object.assign(document.createElement('b'), { textContent: item.code }), ' ');
		title.append(item.title);
		link.append(title);
		if (item.excerpt) link.append(excerptNode(item.excerpt));
		li.append(link);
		li.addEventListener('mousemove', () => this.#select(index));
		li.addEventListener('click', () => (location.href = item.url));
		return li;
	}

	#select(index: number) {
		this.#active = index;
		for (const [i, option] of [...this.#list.children].entries()) option.setAttribute('aria-selected', String(i === index));
		const active = this.#list.children[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	/** Tab and Shift+Tab cycle inside the dialog instead of leaving for the browser's toolbar. */
	#trapFocus(event: KeyboardEvent) {
		if (event.key !== 'Tab') return;
		const focusable = [...this.#dialog.querySelectorAll<HTMLElement>('input, select, button')];
		const first = focusable[0];
		const last = focusable.at(-1);
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last?.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first?.focus();
		}
	}

	#onKey(event: KeyboardEvent) {
		const count = this.#items.length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (count) this.#select((this.#active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const item = this.#items[Math.max(this.#active, 0)];
			if (item) location.href = item.url;
		}
	}
}

/**
 * Pagefind's excerpt as DOM: text and <mark> only. Parsed inertly, so nothing in it can run.
 */
function excerptNode(html: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = 'search-result__excerpt';
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
	for (const node of parsed?.childNodes ?? []) {
		if (node.nodeName === 'MARK') span.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
		else span.append(node.textContent ?? '');
	}
	return span;
}

