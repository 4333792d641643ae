/**
 * The one place Markdown is read: a hast plugin for Astro's Markdown processor (Sätteri, whose
 * hast plugins are Astro 7's rehype plugins), run on every MDX page and on every flow step's
 * Markdown. From the tree, once, it
 * - gives each heading its id (GitHub's slugs, as Astro would), so the ids it records are the ones in the HTML;
 * - records the page's outline (outline.ts): headings and components in order, code blocks, raw HTML;
 * - builds every fenced code block as the shared code block (code-block.ts), and stack tabs both
 *   from MDX's `<Tabs sync><Tab value>` and from runs of fences marked with a stack (```sh:nginx).
 * Text inside a code block is text: a `<ForVisitors>` or `## heading` in a sample is neither.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { codeBlock, fenceStack, stackTabs } from './code-block';
import { emptyOutline, hasComponent, headingsOf, OUTLINE_KEY, type Outline } from './outline';
import { foldCodePage, type CodePageShape } from './fold';
import { readPageData } from './page-data';
import { isStackKind, stackKinds } from '../setup/stacks';

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Node = Root | RootContent | Jsx;

const isJsx = (node: Node): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isElement = (node: Node, tag?: string): node is Element => node.type === 'element' && (tag === undefined || node.tagName === tag);
const isBlank = (node: Node) => node.type === 'text' && node.value.trim() === '';
const childrenOf = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);

/** The text of a node, every text node below it in order. */
export const textOf = (node: Node): string => (node.type === 'text' ? node.value : childrenOf(node).map(textOf).join(''));

/** A JSX element's attribute, when it is written as a plain string (`id="h12"`). */
function attribute(node: Jsx, name: string): string | undefined {
	for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
	return undefined;
}

/** A fenced block (`<pre><code class="language-sh:nginx">`): its code, its language, and the stack option after the colon. */
export function readFence(pre: Element): { code: string; lang: string; option: string | undefined } | undefined {
	const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
	if (!code) return undefined;
	const classes = code.properties['className'];
	const language = (Array.isArray(classes) ? classes : []).map(String).find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? '';
	const [lang = '', option] = language.split(':');
	return { code: textOf(code), lang, option };
}

/** Counts a fenced block in the outline, with its language and code as written. */
function recordFence(outline: Outline, { lang, code }: { lang: string; code: string }) {
	outline.fences.push({ lang, code });
}

/** The MDX `<Tabs sync="…">` around `<Tab value="…">`s, as the shared tabs; its panels' code blocks built too. */
function tabsFromJsx(node: Jsx, outline: Outline): Element {
	const sync = attribute(node, 'sync') ?? '';
	if (!isStackKind(sync)) throw new Error(`<Tabs sync="${sync}">: unknown stack kind; use one of ${stackKinds.join(', ')}`);
	const panels = childrenOf(node)
		.filter((child) => !isBlank(child))
		.map((child) => {
			if (!isJsx(child) || child.name !== 'Tab') throw new Error(`<Tabs sync="${sync}"> may hold only <Tab value="…"> elements`);
			return { value: attribute(child, 'value') ?? '', children: rebuilt(childrenOf(child), outline) };
		});
	try {
		return stackTabs(sync, panels);
	} catch (error) {
		throw new Error(`<Tabs sync="${sync}">: ${(error as Error).message}`);
	}
}

/**
 * Copies of `nodes` with their code blocks built, for content that is itself being replaced (a
 * tab's panel). Headings there would get no id and no place in the contents: refused.
 */
function rebuilt(nodes: readonly Node[], outline: Outline): ElementContent[] {
	return nodes.map((node): ElementContent => {
		if (isElement(node, 'pre')) {
			const fence = readFence(node);
			if (fence) {
				recordFence(outline, fence);
				return codeBlock(fence);
			}
		}
		if (isElement(node) && /^h[1-6]$/.test(node.tagName)) throw new Error(`a heading ("${textOf(node)}") inside <Tab> has no place in the page's contents; put it before the <Tabs>`);
		if (isJsx(node)) outline.items.push({ type: 'component', name: node.name ?? '', ...(attribute(node, 'id') !== undefined ? { id: attribute(node, 'id')! } : {}) });
		if ('children' in node) return { ...node, children: rebuilt(node.children as Node[], outline) } as ElementContent;
		return { ...node } as ElementContent;
	});
}

/** Reads and rewrites one document. Exported for the unit tests, which run it through Sätteri as the build does. */
export function readDocument(root: Root, ctx: Pick<HastVisitorContext, 'setProperty' | 'replaceNode' | 'removeNode'>): Outline {
	const outline = emptyOutline();
	const slugger = new GithubSlugger();

	const walk = (parent: Node) => {
		const children = childrenOf(parent);
		for (let i = 0; i < children.length; i++) {
			const node = children[i]!;
			if (isElement(node) && /^h[1-6]$/.test(node.tagName)) {
				const text = textOf(node);
				const own = node.properties['id'];
				const slug = typeof own === 'string' ? own : slugger.slug(text);
				if (typeof own !== 'string') ctx.setProperty(node, 'id', slug);
				outline.items.push({ type: 'heading', depth: Number(node.tagName[1]), slug, text });
			} else if (isElement(node, 'pre')) {
				const fence = readFence(node);
				if (!fence) continue;
				if (fence.option === undefined) {
					recordFence(outline, fence);
					ctx.replaceNode(node, codeBlock(fence));
					continue;
				}
				// This fence and the ones right after it for the same kind of stack (white space between is fine).
				const kind = fenceStack(fence.option);
				const run: { node: Element; value: string; fence: { code: string; lang: string } }[] = [];
				let j = i;
				for (; j < children.length; j++) {
					const next = children[j]!;
					if (isBlank(next)) continue;
					const variant = isElement(next, 'pre') ? readFence(next) : undefined;
					if (variant?.option === undefined || fenceStack(variant.option) !== kind) break;
					run.push({ node: next as Element, value: variant.option, fence: variant });
				}
				try {
					ctx.replaceNode(node, stackTabs(kind, run.map((r) => ({ value: r.value, children: [codeBlock(r.fence)] }))));
				} catch (error) {
					throw new Error(`code block \`\`\`${fence.lang}:${fence.option}: ${(error as Error).message}`);
				}
				for (const r of run) recordFence(outline, r.fence);
				for (const r of run.slice(1)) ctx.removeNode(r.node);
				i = j - 1;
			} else if (isJsx(node)) {
				const id = attribute(node, 'id');
				outline.items.push({ type: 'component', name: node.name ?? '', ...(id !== undefined ? { id } : {}) });
				if (node.name === 'Tabs') ctx.replaceNode(node, tabsFromJsx(node, outline));
				else walk(node);
			} else if (node.type === 'raw') {
				outline.rawHtml.push((node as { value: string }).value.trim());
			} else if ('children' in node) {
				walk(node);
			}
		}
	};
	walk(root);
	return outline;
}

const astroOf = (ctx: Pick<HastVisitorContext, 'data'>) => (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;

/**
 * The plugin, for `satteri({ hastPlugins: [fieldGuideMarkdown(shape)] })`: the site's instance is
 * src/content/markdown.ts, which passes the code page's shape; without one, no page is a hub.
 */
export function fieldGuideMarkdown(codePages?: CodePageShape) {
	return defineHastPlugin({
		name: 'field-guide-markdown',
		before(root, ctx) {
			const outline = readDocument(root as Root, ctx);
			// Astro hands `frontmatter` back as `remarkPluginFrontmatter` (MDX) and `metadata.frontmatter` (Markdown).
			const astro = astroOf(ctx);
			// The page's sections as data, read from the tree as written (the hub's fold applies after this hook).
			if (astro?.frontmatter) outline.data = readPageData(root as Root, headingsOf(outline));
			if (astro?.frontmatter) astro.frontmatter[OUTLINE_KEY] = outline;
			else (ctx.data as Record<string, unknown>)[OUTLINE_KEY] = outline;
		},
		// Once the ids and code blocks above are in the tree: a code page (one that opens with the
		// first-screen answers) becomes a hub (fold.ts).
		after(root, ctx) {
			const frontmatter = astroOf(ctx)?.frontmatter;
			const outline = (frontmatter ?? (ctx.data as Record<string, unknown>))[OUTLINE_KEY] as Outline | undefined;
			if (!codePages || !outline || !codePages.firstScreen.every((name) => hasComponent(outline, name))) return;
			const code = typeof frontmatter?.['code'] === 'number' ? frontmatter['code'] : undefined;
			ctx.replaceNode(root, foldCodePage(root as Root, outline, code, codePages));
		},
	});
}
