/**
 * <table-of-contents>: opens the list where the layout has a column for it, and marks the
 * section being read with aria-current="true" (the last heading above the top third of the
 * window, or the last one in view at the end of the page). Cleans up its listeners when removed.
 */
const WIDE = '(min-width: 68.75rem)';

class TableOfContents extends HTMLElement {
	#abort = new AbortController();
	#resize: ResizeObserver | undefined;

	connectedCallback() {
		const details = this.querySelector('details');
		const media = matchMedia(WIDE);
		if (details) {
			details.open = media.matches;
			media.addEventListener('change', () => (details.open = media.matches), { signal: this.#abort.signal });
		}
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		// The href as written (`#h12`), not `link.hash`, which the browser percent-encodes.
		const headings = links.flatMap((link) => document.getElementById(link.getAttribute('href')!.slice(1)) ?? []);
		if (headings.length === 0) return;
		const mark = () => {
			queued = false;
			// At the end of the page the last sections never reach the top third: mark the last one in view.
			const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 4;
			const line = atEnd ? innerHeight : innerHeight / 3;
			let current = headings[0]!;
			for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
			for (const link of links) {
				if (link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
				else link.removeAttribute('aria-current');
			}
		};
		// At most once a frame, however often the page scrolls; and again when the page changes
		// height under the reader (a script showing its buttons), which fires no scroll event.
		let queued = false;
		const queue = () => {
			if (!queued) requestAnimationFrame(mark);
			queued = true;
		};
		addEventListener('scroll', queue, { passive: true, signal: this.#abort.signal });
		this.#resize = new ResizeObserver(queue);
		this.#resize.observe(document.body);
		// Following a link in the list on a phone: close the list so the section shows.
		this.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a') && details && !media.matches) details.open = false;
		}, { signal: this.#abort.signal });
		mark();
	}

	disconnectedCallback() {
		this.#resize?.disconnect();
		this.#abort.abort();
	}
}

if (!customElements.get('table-of-contents')) customElements.define('table-of-contents', TableOfContents);
