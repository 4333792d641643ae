/**
 * The one place the markup of a code block and of stack tabs is written. The MDX components
 * (CodeBlock, Tabs, Tab) and the flows' Markdown (code-html.ts) all build their HTML here, so a
 * block reads and copies the same everywhere. <copy-code> and <stack-tabs> bring it to life.
 */
import { highlight, languageLabel } from './highlight';
import { stackOptionLabel, stacks, type StackKind } from '../tabs/stacks';

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A code block: a header strip with what the code is (its stack, or its language) and a Copy
 * button, then the highlighted code. Without JavaScript the button stays hidden and the code is
 * plain selectable text; marked values are examples, and the strip says so.
 */
export function codeBlockHtml({ code, lang, label }: { code: string; lang: string; label?: string | undefined }): string {
	const { html, placeholders } = highlight(code.replace(/\n$/, ''), lang);
	const name = label ?? languageLabel(lang) ?? (lang ? lang : 'Code');
	const note = placeholders.length
		? `<span class="code-block__note">Marked values are examples: <button type="button" class="code-block__setup" data-open-setup hidden>use yours</button><span class="code-block__noscript">replace them with yours</span></span>`
		: '';
	return (
		`<copy-code class="code-block" data-lang="${escapeAttribute(lang)}"${placeholders.length ? ` data-placeholders="${placeholders.join(' ')}"` : ''}>` +
		`<div class="code-block__bar"><span class="code-block__label">${escapeAttribute(name)}</span>${note}<button type="button" class="code-block__copy" hidden>Copy</button></div>` +
		`<pre tabindex="0" class="language-${escapeAttribute(lang || 'text')}"><code>${html}</code></pre>` +
		`<span class="sr-only" role="status"></span></copy-code>`
	);
}

/** One variant of a tab set: the stack option it is for, and its content. */
export function tabPanelHtml(kind: StackKind, value: string, content: string): string {
	const label = stackOptionLabel(kind, value);
	if (!label) throw new Error(`unknown ${stacks[kind].label.toLowerCase()} "${value}"; use one of: ${Object.keys(stacks[kind].options).join(', ')}`);
	// A <div>, not a named <section>: a page can hold several sets with an "nginx" variant, and named regions must differ.
	return `<div class="tabs__panel" data-value="${value}" data-label="${escapeAttribute(label)}"><p class="tabs__label">${escapeAttribute(label)}</p>${content}</div>`;
}

/** Variants of one step for different stacks: shown in turn without JavaScript, as tabs with it. */
export function tabsHtml(kind: StackKind, panels: string): string {
	return `<stack-tabs class="tabs" data-sync="${kind}" data-label="${escapeAttribute(stacks[kind].label)}">${panels}</stack-tabs>`;
}

/** The stack kind an option belongs to ("nginx" → webserver), or undefined. */
export function stackKindOf(value: string): StackKind | undefined {
	return (Object.keys(stacks) as StackKind[]).find((kind) => stackOptionLabel(kind, value) !== undefined);
}
