/**
 * The markup of a code block with a Copy button, for HTML rendered outside MDX (the wizard's
 * steps). It must match CodeBlock.astro, whose script (copy-code.ts) brings it to life.
 */
export function withCopyButtons(html: string): string {
	return html.replace(
		/<pre\b[\s\S]*?<\/pre>/g,
		(pre) =>
			`<copy-code class="code-block">${pre.replace(/^<pre\b/, '<pre tabindex="0"')}<button type="button" class="code-block__copy" hidden>Copy</button><span class="sr-only" role="status"></span></copy-code>`
	);
}
