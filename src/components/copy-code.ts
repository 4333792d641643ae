// Client-side: the <copy-code> element around every code block (CodeBlock.astro, copy-code-markup.ts).

class CopyCode extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const pre = this.querySelector('pre');
		const status = this.querySelector('[role="status"]');
		if (!button || !pre || !status || !navigator.clipboard) return;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText((pre.textContent ?? '').replace(/\n$/, ''));
				button.textContent = status.textContent = 'Copied';
			} catch {
				button.textContent = status.textContent = 'Copy failed: select the text instead';
			}
			setTimeout(() => {
				button.textContent = 'Copy';
				status.textContent = '';
			}, 2000);
		});
	}
}
if (!customElements.get('copy-code')) customElements.define('copy-code', CopyCode);
