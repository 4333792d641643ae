/**
 * <copy-page data-src="/521.md">: copies the page's Markdown copy to the clipboard. The request
 * goes to this site only (the page's own copy); the button shows only when it can work.
 */
class CopyPage extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		const src = this.dataset['src'];
		if (!button || !status || !src || !navigator.clipboard) return;
		button.hidden = false;
		const label = button.textContent ?? '';
		let reset: ReturnType<typeof setTimeout> | undefined;
		const say = (text: string) => {
			button.textContent = status.textContent = text;
			clearTimeout(reset);
			reset = setTimeout(() => {
				button.textContent = label;
				status.textContent = '';
			}, 2500);
		};
		button.addEventListener(
			'click',
			async () => {
				const markdown = fetch(src).then(async (response) => {
					if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
					return new Blob([await response.text()], { type: 'text/plain' });
				});
				try {
					// Safari keeps the click's permission only for a ClipboardItem given the pending text.
					if (typeof ClipboardItem === 'function') await navigator.clipboard.write([new ClipboardItem({ 'text/plain': markdown })]);
					else await navigator.clipboard.writeText(await (await markdown).text());
					say('Copied');
				} catch (error) {
					console.error('Copy as Markdown failed:', error);
					say('Copy failed: use View as Markdown');
				}
			},
			{ signal: this.#abort.signal }
		);
	}

	disconnectedCallback() {
		this.#abort.abort();
	}
}
if (!customElements.get('copy-page')) customElements.define('copy-page', CopyPage);
export {};
