/**
 * Code blocks in Markdown rendered outside MDX (the flows' steps): each `<pre><code>` becomes the
 * shared code block, and consecutive blocks whose language names a stack (```sh:nginx, then
 * ```sh:apache) become one set of tabs.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { codeBlockHtml, stackKindOf, tabPanelHtml, tabsHtml } from './markup';
import { textOf } from '../../lib/html';

/** A fenced block's text, language and stack, from its `<code class="language-sh:nginx">`. */
export function codeFence(code: Element): { code: string; lang: string; tab: string | undefined } {
	const classes = code.properties['className'];
	const language = (Array.isArray(classes) ? classes : []).map(String).find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? '';
	const [lang = '', tab] = language.split(':');
	return { code: textOf(code), lang, tab };
}

function fence(pre: Element): ReturnType<typeof codeFence> | undefined {
	const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
	return code && codeFence(code);
}

const isBlank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';
/** HTML passed through as it is: hast-util-to-html writes `raw` nodes when allowDangerousHtml is on. */
interface Raw {
	type: 'raw';
	value: string;
}
declare module 'hast' {
	interface RootContentMap {
		raw: Raw;
	}
	interface ElementContentMap {
		raw: Raw;
	}
}
const raw = (value: string): RootContent => ({ type: 'raw', value });

/** Rewrites a list of sibling nodes: code blocks become the shared markup, tabbed runs become tabs. */
function enhanceChildren(children: readonly RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		const block = node.type === 'element' && node.tagName === 'pre' ? fence(node) : undefined;
		if (!block) {
			// Code blocks can sit deeper, in a list item or a quote.
			if (node.type === 'element') node.children = enhanceChildren(node.children) as ElementContent[];
			out.push(node);
			continue;
		}
		if (!block.tab) {
			out.push(raw(codeBlockHtml(block)));
			continue;
		}
		const kind = stackKindOf(block.tab);
		if (!kind) throw new Error(`code block \`\`\`${block.lang}:${block.tab}: "${block.tab}" is not a known stack option`);
		// Gather this block and the tabbed blocks right after it (white space between is fine).
		const panels: string[] = [];
		let j = i;
		for (; j < children.length; j++) {
			const next = children[j]!;
			if (isBlank(next)) continue;
			const variant = next.type === 'element' && next.tagName === 'pre' ? fence(next) : undefined;
			if (!variant?.tab || stackKindOf(variant.tab) !== kind) break;
			panels.push(tabPanelHtml(kind, variant.tab, codeBlockHtml({ code: variant.code, lang: variant.lang })));
		}
		if (panels.length < 2) throw new Error(`code block \`\`\`${block.lang}:${block.tab} stands alone: tabs need two or more variants in a row`);
		out.push(raw(tabsHtml(kind, panels.join(''))));
		i = j - 1;
	}
	return out;
}

export function enhanceCodeBlocks(html: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	return toHtml({ type: 'root', children: enhanceChildren(tree.children) }, { allowDangerousHtml: true });
}
