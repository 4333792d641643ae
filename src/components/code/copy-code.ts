/**
 * <copy-code>: the Copy button of a code block (markup: src/markdown/code-block.ts). It copies the code as shown,
 * so once the reader has filled in their setup, the copy carries their values. Announces the
 * result in the block's status region.
 */
class CopyCode extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('.code-block__copy');
		const pre = this.querySelector('pre');
		const status = this.querySelector('[role="status"]');
		if (!button || !pre || !status || !navigator.clipboard) return;
		button.hidden = false;
		let reset: ReturnType<typeof setTimeout> | undefined;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText((pre.textContent ?? '').replace(/\n$/, ''));
				button.textContent = status.textContent = 'Copied';
			} catch {
				button.textContent = status.textContent = 'Copy failed: select the text instead';
			}
			clearTimeout(reset);
			reset = setTimeout(() => {
				button.textContent = 'Copy';
				status.textContent = '';
			}, 2000);
		}, { signal: this.#abort.signal });
	}

	disconnectedCallback() {
		this.#abort.abort();
	}
}
if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
// A module (for the dynamic import in code-blocks.ts), with no exports.
export {};
