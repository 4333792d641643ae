/**
 * <table-of-contents>: opens the list where the layout has a column for it, and marks the
 * section being read with aria-current="true" (the last heading above the top third of the
 * window). Cleans up its observer and listeners when removed.
 */
const WIDE = '(min-width: 68.75rem)';

class TableOfContents extends HTMLElement {
	#observer: IntersectionObserver | undefined;
	#abort = new AbortController();

	connectedCallback() {
		const details = this.querySelector('details');
		const media = matchMedia(WIDE);
		if (details) {
			details.open = media.matches;
			media.addEventListener('change', () => (details.open = media.matches), { signal: this.#abort.signal });
		}
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		const headings = links.flatMap((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))) ?? []);
		if (headings.length === 0) return;
		const mark = () => {
			const line = innerHeight / 3;
			let current = headings[0]!;
			for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
			for (const link of links) {
				if (link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
				else link.removeAttribute('aria-current');
			}
		};
		// Re-evaluate whenever a heading crosses the viewport; scroll alone fires too often.
		this.#observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
		for (const heading of headings) this.#observer.observe(heading);
		// Following a link in the list on a phone: close the list so the section shows.
		this.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a') && details && !media.matches) details.open = false;
		}, { signal: this.#abort.signal });
		mark();
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#abort.abort();
	}
}

if (!customElements.get('table-of-contents')) customElements.define('table-of-contents', TableOfContents);
