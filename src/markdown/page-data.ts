/**
 * A page's sections as data, for tools: under each `##` heading, its `###` entries (what happens,
 * then the "Confirm." and "Fix." parts, as text and commands) and the codes it names at the start
 * of a table row or list item with the text that follows; and the first command inside each of
 * the page's components (a code page's `<ForOwners>`: the owner's first check). The Markdown
 * plugin reads it from the same tree it renders, once, and leaves it in the page's outline;
 * src/data picks what a code's JSON and preview card need (its "Causes and fixes", its "How it
 * differs from similar codes"), so the JSON says what the page says.
 *
 * Text is plain text (inline code and links become their text); commands keep their placeholders
 * (`{{hostname}}`), which the JSON Schema describes.
 */
import type { Element, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import type { OutlineHeading } from './outline';

/** A command as the page shows it: a fenced block, or one variant of a set of stack tabs. */
export interface PageCommand {
	/** The fence's language (`sh`, `nginx`). */
	lang: string;
	/** The stack it is for (`nginx`, `debian`), when it is one of several variants. */
	stack: string | null;
	code: string;
}

/** One part of a cause: its prose as plain text (paragraphs separated by blank lines) and its commands. */
export interface CausePart {
	text: string;
	commands: PageCommand[];
}

/** A `###` entry of a section: a cause, say. */
export interface PageEntry {
	title: string;
	/** The heading's id on the page. */
	id: string;
	/** What happens, before "Confirm." (may be empty). */
	summary: string;
	confirm: CausePart | null;
	fix: CausePart | null;
}

/** A code a section names at the start of a table row or list item ("[504](/504/) | The proxy's own timer ran out."). */
export interface PageCodeFact {
	code: number;
	/** The text after the code; null when the section names it in a heading ("### 521 vs 522") over a table of several facts. */
	fact: string | null;
}

export interface PageSection {
	/** The `###` entries, in order. */
	entries: PageEntry[];
	/** The codes it names, each once, in order. */
	codes: PageCodeFact[];
}

export interface PageData {
	/** The first command inside each top-level component, by the component's name (`ForOwners`). */
	firstCommands: Record<string, PageCommand>;
	/** Each `##` section, by its heading's text. */
	sections: Record<string, PageSection>;
}

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Node = Root | RootContent | Jsx;

const isJsx = (node: Node): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isElement = (node: Node, tag?: string): node is Element => node.type === 'element' && (tag === undefined || node.tagName === tag);
const childrenOf = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);
const textOf = (node: Node): string => (node.type === 'text' ? node.value : childrenOf(node).map(textOf).join(''));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function attribute(node: Jsx, name: string): string | undefined {
	for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
	return undefined;
}

/** A fenced block's command (`<pre><code class="language-sh:nginx">`). */
function fence(pre: Element, stack: string | null): PageCommand | undefined {
	const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
	if (!code) return undefined;
	const classes = code.properties['className'];
	const language =
		(Array.isArray(classes) ? classes : [])
			.map(String)
			.find((c) => c.startsWith('language-'))
			?.slice('language-'.length) ?? '';
	const [lang = '', option] = language.split(':');
	return { lang, stack: option ?? stack, code: textOf(code).replace(/\n$/, '') };
}

/** Every command inside a block, in order, with the stack of the `<Tab>` it sits in. */
function commandsIn(node: Node, stack: string | null = null): PageCommand[] {
	if (isElement(node, 'pre')) {
		const command = fence(node, stack);
		return command ? [command] : [];
	}
	const own = isJsx(node) && node.name === 'Tab' ? (attribute(node, 'value') ?? stack) : stack;
	return childrenOf(node).flatMap((child) => commandsIn(child, own));
}

/** A block as plain text: paragraphs, list items (one a line, with a dash), table rows (cells joined by " | "); code left to `commandsIn`. */
function blockText(node: Node): string {
	if (isElement(node, 'pre')) return '';
	if (isElement(node, 'ul') || isElement(node, 'ol')) {
		return childrenOf(node)
			.filter((c) => isElement(c, 'li'))
			.map(
				(li) =>
					`- ${clean(
						childrenOf(li)
							.map((c) => (isElement(c, 'ul') || isElement(c, 'ol') || isElement(c, 'pre') ? ' ' : isElement(c, 'p') ? ` ${textOf(c)} ` : textOf(c)))
							.join('')
					)}`
			)
			.join('\n');
	}
	if (isElement(node, 'table')) {
		const rows: string[] = [];
		const visitRows = (n: Node) => {
			if (isElement(n, 'tr'))
				rows.push(
					childrenOf(n)
						.filter((c) => isElement(c, 'td') || isElement(c, 'th'))
						.map((c) => clean(textOf(c)))
						.join(' | ')
				);
			else childrenOf(n).forEach(visitRows);
		};
		visitRows(node);
		return rows.join('\n');
	}
	if (isJsx(node) || isElement(node, 'div') || isElement(node, 'blockquote')) {
		return childrenOf(node).map(blockText).filter(Boolean).join('\n\n');
	}
	return clean(textOf(node));
}

/** "Confirm." / "How to confirm." and "Fix." / "How to fix." / "Fix, Enterprise." lead-ins: which part a paragraph opens. */
function leadIn(node: Node): { part: 'confirm' | 'fix'; rest: Node[] } | undefined {
	if (!isElement(node, 'p')) return undefined;
	const [first, ...rest] = node.children as Node[];
	if (!first || !isElement(first, 'strong')) return undefined;
	const label = clean(textOf(first)).toLowerCase();
	const part = /^(how to )?confirm\b/.test(label) ? 'confirm' : /^(how to )?fix\b/.test(label) ? 'fix' : undefined;
	return part ? { part, rest } : undefined;
}

/** The root's blocks, with JSX wrappers other than the ones that are content in their own right (asides, tabs) opened up. */
function blocksOf(parent: Node): Node[] {
	return childrenOf(parent).flatMap((node) => {
		if (node.type === 'text' && node.value.trim() === '') return [];
		if (isJsx(node) && !['Tabs', 'Aside', 'ForOwners', 'ForVisitors'].includes(node.name ?? '')) return blocksOf(node);
		return [node];
	});
}

const headingDepth = (node: Node): number | undefined => (isElement(node) && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined);

function readCause(title: string, id: string, blocks: readonly Node[]): PageEntry {
	type Part = 'summary' | 'confirm' | 'fix';
	const text: Record<Part, string[]> = { summary: [], confirm: [], fix: [] };
	const commands: Record<Part, PageCommand[]> = { summary: [], confirm: [], fix: [] };
	const opened = new Set<Part>();
	let part: Part = 'summary';
	for (const block of blocks) {
		const lead = leadIn(block);
		let paragraph = blockText(block);
		if (lead) {
			// A second lead-in for a part ("Fix, Enterprise." after "Fix, any plan.") keeps its label in the text.
			if (!opened.has(lead.part)) paragraph = clean(lead.rest.map(textOf).join(''));
			opened.add(lead.part);
			part = lead.part;
		}
		if (paragraph) text[part].push(paragraph);
		commands[part].push(...commandsIn(block));
	}
	const partOf = (p: 'confirm' | 'fix'): CausePart | null => (opened.has(p) ? { text: text[p].join('\n\n'), commands: commands[p] } : null);
	return { title, id, summary: text.summary.join('\n\n'), confirm: partOf('confirm'), fix: partOf('fix') };
}

/** The code a block starts with a link to (`[504 Gateway Timeout](/504/)` → 504), if it does. */
function linkedCode(node: Node): number | undefined {
	const first = childrenOf(node).find((c) => !(c.type === 'text' && c.value.trim() === ''));
	if (!first) return undefined;
	if (isElement(first, 'a')) {
		const href = String(first.properties['href'] ?? '');
		const match = /^\/(5\d\d)\/(#.*)?$/.exec(href);
		return match ? Number(match[1]) : undefined;
	}
	return isElement(first, 'strong') || isElement(first, 'td') ? linkedCode(first) : undefined;
}

/** The 5xx code a cell's text starts with ("530 at Shopify" → 530). */
function leadingCode(node: Node): number | undefined {
	const match = /^(5\d\d)\b/.exec(clean(textOf(node)));
	return match ? Number(match[1]) : undefined;
}

function readCodeFacts(blocks: readonly Node[]): PageCodeFact[] {
	const found = new Map<number, string | null>();
	const visit = (node: Node) => {
		if (isElement(node, 'tr')) {
			const cells = childrenOf(node).filter((c) => isElement(c, 'td'));
			// A row names its code with a link (`[503](/503/)`), or in words ("530 at Shopify").
			const code = cells[0] && (linkedCode(cells[0]) ?? leadingCode(cells[0]));
			if (code !== undefined && cells.length === 2 && !found.has(code)) found.set(code, clean(textOf(cells[1]!)));
			return;
		}
		if (isElement(node, 'li')) {
			// A loose list wraps each item in a paragraph.
			const lead = childrenOf(node).find((c) => isElement(c, 'p')) ?? node;
			const code = linkedCode(lead);
			if (code !== undefined && !found.has(code)) {
				const [, ...rest] = childrenOf(lead).filter((c) => !(c.type === 'text' && c.value.trim() === ''));
				found.set(code, clean(rest.map(textOf).join('')).replace(/^[:–—-]\s*/, '') || null);
			}
			return;
		}
		if (headingDepth(node) === 3) {
			// "### 521 vs 522": the codes are compared in a table of their own, several facts to a row.
			for (const match of clean(textOf(node)).matchAll(/\b(5\d\d)\b/g)) if (!found.has(Number(match[1]))) found.set(Number(match[1]), null);
			return;
		}
		childrenOf(node).forEach(visit);
	};
	blocks.forEach(visit);
	return [...found].map(([code, fact]) => ({ code, fact }));
}

/**
 * Reads a page's tree (before the plugin rewrites it). `headings` are the outline's, in order,
 * which carry the ids the HTML gets: entries are matched to them by position and text.
 */
export function readPageData(root: Root, headings: readonly OutlineHeading[]): PageData {
	const blocks = blocksOf(root);
	const firstCommands: Record<string, PageCommand> = {};
	for (const block of childrenOf(root)) {
		const first = isJsx(block) && block.name ? commandsIn(block)[0] : undefined;
		if (first && isJsx(block) && !(block.name! in firstCommands)) firstCommands[block.name!] = first;
	}
	const sections: Record<string, PageSection> = {};
	let h2 = -1; // the index in `headings` of the current section's heading
	let title: string | undefined;
	let run: Node[] = [];
	let entries: { heading: Node; blocks: Node[] }[] = [];
	const flush = () => {
		if (title === undefined) return;
		const next = headings.findIndex((h, i) => i > h2 && h.depth <= 2);
		const h3s = headings.slice(h2 + 1, next < 0 ? undefined : next).filter((h) => h.depth === 3);
		sections[title] = {
			entries: entries.map(({ heading, blocks: body }, i) => {
				const text = clean(textOf(heading));
				const outlined = h3s[i];
				if (!outlined || outlined.text !== text) throw new Error(`"### ${text}": the heading is not in the page's outline where expected`);
				return readCause(text, outlined.slug, body);
			}),
			codes: readCodeFacts(run),
		};
	};
	for (const block of blocks) {
		const depth = headingDepth(block);
		if (depth !== undefined && depth <= 2) {
			flush();
			title = depth === 2 ? clean(textOf(block)) : undefined;
			h2 = headings.findIndex((h, i) => i > h2 && h.depth === depth && h.text === title);
			run = [];
			entries = [];
		} else if (title !== undefined) {
			run.push(block);
			if (depth === 3) entries.push({ heading: block, blocks: [] });
			else if (depth === undefined || depth > 3) entries.at(-1)?.blocks.push(block);
		}
	}
	flush();
	return { firstCommands, sections };
}
