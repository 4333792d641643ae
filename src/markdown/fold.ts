/**
 * A code page as a hub (issue 21): the Markdown plugin (plugin.ts) hands each code page's tree
 * here once its headings have ids and its code blocks are built, and gets back the same content
 * arranged so a phone shows the whole page in a few screens, with nothing left out:
 *
 * - every `##` section becomes a `<section>`: its heading, its first paragraph, and the rest in a
 *   `<details open data-fold>` ("Read more"). Sections read at a glance
 *   (`whole`) stay whole;
 * - under "Causes and fixes", every `###` becomes a `<section class="cause">`: its heading, its two
 *   short lines (`**Symptom.**`, `**Quick check.**`) and its full check and fix in a fold;
 * - in the owner's first-screen box, what follows the first command goes to the box's `after` slot,
 *   so the box's actions come right after the command;
 * - in "How it differs", each row for a code compared on its own page links to that page.
 *
 * The folds are open in the HTML: without JavaScript, and in print, everything shows. The code
 * page's script closes them, and opens the one a link, a search or find-in-page lands in.
 *
 * It also records, in the outline, what other pages read: each cause with its short lines (the
 * rules check they are there and short), each "How it differs" row and side-by-side table (the
 * comparison pages show them).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'satteri';
import type { InlineContent, Outline, OutlineCause, OutlineComparisonTable, OutlineDiffer } from './outline';

/**
 * What the fold needs to know about code pages: the page shape (src/content/sections.ts,
 * CODE_PAGE_FOLD) and the comparison pages (src/content/comparisons.ts). src/content/markdown.ts
 * passes them in; this module knows nothing of the content itself.
 */
export interface CodePageShape {
	/** The MDX components a code page opens with: a document that has them all is a code page. */
	firstScreen: readonly string[];
	/** The `##` section whose `###` subsections are the causes. */
	causes: string;
	/** Sections shown whole. */
	whole: readonly string[];
	/** The section whose table rows compare this code with others. */
	differs: string;
	/** The bold lead-ins of a cause's two short lines. */
	symptom: string;
	check: string;
	/** The labels of a cause's fold and of a section's. */
	causeSummary: string;
	sectionSummary: string;
	/** The page comparing two codes, if they have one. */
	comparisonHref(a: number, b: number): string | undefined;
}

type Node = Root | RootContent | MdxJsxFlowElementHast;

const isElement = (node: Node | undefined, tag?: string): node is Element => node?.type === 'element' && (tag === undefined || node.tagName === tag);
const isBlank = (node: Node) => node.type === 'text' && node.value.trim() === '';
const childrenOf = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);
const textOf = (node: Node): string => (node.type === 'text' ? node.value : childrenOf(node).map(textOf).join(''));
const headingDepth = (node: Node): number => (isElement(node) && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0);
const elementsOf = (node: Node): Element[] => childrenOf(node).filter((c): c is Element => isElement(c));

/** Inline nodes as the outline keeps them: plain text, and a copy of the nodes (positions dropped, so the record stays small). */
function inline(nodes: readonly Node[]): InlineContent {
	const strip = (node: Node): ElementContent => {
		const { position: _position, ...rest } = node as Node & { position?: unknown };
		return ('children' in rest ? { ...rest, children: (rest.children as Node[]).map(strip) } : rest) as ElementContent;
	};
	const copies = nodes.map(strip);
	// No white space at either end: the label's space, the cell's newline.
	const first = copies[0];
	if (first?.type === 'text') copies[0] = { ...first, value: first.value.trimStart() };
	const last = copies.at(-1);
	if (last?.type === 'text') copies[copies.length - 1] = { ...last, value: last.value.trimEnd() };
	return { text: nodes.map(textOf).join('').replace(/\s+/g, ' ').trim(), nodes: copies.filter((n) => n.type !== 'text' || n.value !== '') };
}

/** A paragraph that opens with a bold lead-in (`**Symptom.** …`): what follows the lead-in, else undefined. */
function leadIn(node: Node | undefined, label: string): InlineContent | undefined {
	if (!isElement(node, 'p')) return undefined;
	const [first, ...rest] = node.children.filter((c, i) => i > 0 || !isBlank(c));
	if (!isElement(first, 'strong') || textOf(first).trim() !== label) return undefined;
	return inline(rest);
}

/**
 * The fold: open in the HTML, closed by the page's script. Its summary follows the heading and
 * lines it belongs to; it is a control, so print and the Markdown copy leave it out (`no-print`).
 */
function fold(summary: string, children: Node[]): Element {
	return h('details', { open: true, dataFold: '' }, [h('summary', { className: ['no-print'] }, summary), ...(children as ElementContent[])]);
}

/** A heading, what stays in view under it, and the rest folded (when there is a rest). A cause has its own class. */
function section(heading: Element, lead: Node[], rest: Node[], summary: string, cause = false): Element {
	const folded = rest.some((n) => !isBlank(n)) ? [fold(summary, rest)] : [];
	return h('section', { className: [...(cause ? ['cause'] : []), 'fold-host'] }, [heading, ...(lead as ElementContent[]), ...folded]);
}

/** Splits `nodes` at each heading of `depth`: what comes before the first, then each heading with what follows it. */
function splitAt(nodes: readonly Node[], depth: number): { before: Node[]; parts: { heading: Element; body: Node[] }[] } {
	const before: Node[] = [];
	const parts: { heading: Element; body: Node[] }[] = [];
	for (const node of nodes) {
		if (headingDepth(node) === depth) parts.push({ heading: node as Element, body: [] });
		else (parts.at(-1)?.body ?? before).push(node);
	}
	return { before, parts };
}

/** The first paragraph stays in view; the rest is folded. A section that opens with anything else folds whole. */
function leadAndRest(body: readonly Node[]): { lead: Node[]; rest: Node[] } {
	const first = body.findIndex((n) => !isBlank(n));
	if (first < 0 || !isElement(body[first], 'p')) return { lead: [], rest: [...body] };
	return { lead: body.slice(0, first + 1), rest: body.slice(first + 1) };
}

/** A cause: heading, the two short lines, and its full text folded. */
function cause(heading: Element, body: readonly Node[], causes: OutlineCause[], shape: CodePageShape): Element {
	const blocks = body.map((node, index) => ({ node, index })).filter(({ node }) => !isBlank(node));
	const symptom = leadIn(blocks[0]?.node, shape.symptom);
	const check = symptom ? leadIn(blocks[1]?.node, shape.check) : undefined;
	const slug = String(heading.properties['id'] ?? '');
	causes.push({ slug, text: textOf(heading).trim(), ...(symptom ? { symptom } : {}), ...(check ? { check } : {}) });
	const keep = check ? blocks[1]!.index + 1 : symptom ? blocks[0]!.index + 1 : 0;
	return section(heading, body.slice(0, keep), body.slice(keep), shape.causeSummary, true);
}

const codeOfHref = (href: unknown): number | undefined => {
	const m = typeof href === 'string' ? /^\/(5\d\d)\/$/.exec(href) : null;
	return m ? Number(m[1]) : undefined;
};
const rowsOf = (table: Element): Element[] => elementsOf(table).flatMap((part) => (part.tagName === 'tr' ? [part] : elementsOf(part).filter((r) => r.tagName === 'tr')));
const cellsOf = (row: Element): Element[] => elementsOf(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
function firstLink(node: Node): Element | undefined {
	if (isElement(node, 'a')) return node;
	for (const child of childrenOf(node)) {
		const found = firstLink(child);
		if (found) return found;
	}
	return undefined;
}

/**
 * "How it differs": reads each two-column row that names a code (`[502](/502/)` | the fact) and each
 * `### 521 vs 522` table, and links each row whose pair has a comparison page to it.
 */
function differs(body: readonly Node[], code: number | undefined, rows: OutlineDiffer[], tables: OutlineComparisonTable[], shape: CodePageShape): Node[] {
	let pair: [number, number] | undefined;
	return body.map((node) => {
		if (headingDepth(node) === 3) {
			const m = /^(5\d\d) vs\.? (5\d\d)$/.exec(textOf(node).trim());
			pair = m ? [Number(m[1]), Number(m[2])] : undefined;
			return node;
		}
		if (!isElement(node, 'table')) return node;
		const [header, ...lines] = rowsOf(node);
		const columns = header ? cellsOf(header).map((c) => textOf(c).trim()) : [];
		if (pair && columns.length === 3 && columns[1] === String(pair[0]) && columns[2] === String(pair[1])) {
			tables.push({
				codes: pair,
				rows: lines.map((row) => {
					const [label, a, b] = cellsOf(row);
					return { label: inline(childrenOf(label!)), cells: [inline(childrenOf(a!)), inline(childrenOf(b!))] };
				}),
			});
			return node;
		}
		if (columns.length !== 2) return node;
		return {
			...node,
			children: node.children.map((part) => {
				if (!isElement(part, 'tbody')) return part;
				return {
					...part,
					children: part.children.map((row) => {
						if (!isElement(row, 'tr')) return row;
						const [first, fact] = cellsOf(row);
						const other = first && codeOfHref(firstLink(first)?.properties['href']);
						if (!first || !fact || other === undefined) return row;
						rows.push({ code: other, fact: inline(childrenOf(fact)) });
						const href = code === undefined ? undefined : shape.comparisonHref(code, other);
						if (code === undefined || href === undefined) return row;
						const label = `${Math.min(code, other)} vs ${Math.max(code, other)}`;
						const linked: Element = { ...first, children: [...first.children, h('br'), h('a', { href }, `${label} side by side`)] };
						return { ...row, children: row.children.map((c) => (c === first ? linked : c)) };
					}),
				};
			}),
		};
	});
}

/** In the owner's box, what follows its first command goes to the box's `after` slot (see ForOwners.astro). */
function ownersBox(node: MdxJsxFlowElementHast): MdxJsxFlowElementHast {
	const children = node.children as Node[];
	const command = children.findIndex((c) => isElement(c, 'copy-code') || isElement(c, 'stack-tabs'));
	const after = command < 0 ? [] : children.slice(command + 1);
	if (!after.some((c) => !isBlank(c))) return node;
	return { ...node, children: [...children.slice(0, command + 1), h('div', { slot: 'after' }, after as ElementContent[])] } as MdxJsxFlowElementHast;
}

/**
 * The code page's tree as a hub. `code` is the page's own code (for the comparison links); the
 * outline gets the causes, the "How it differs" rows and the side-by-side tables.
 */
export function foldCodePage(root: Root, outline: Outline, code: number | undefined, shape: CodePageShape): Root {
	const causes: OutlineCause[] = [];
	const rows: OutlineDiffer[] = [];
	const tables: OutlineComparisonTable[] = [];
	const { before, parts } = splitAt(root.children as Node[], 2);
	const top = before.map((node) => (node.type === 'mdxJsxFlowElement' && node.name === 'ForOwners' ? ownersBox(node) : node));
	const sections = parts.map(({ heading, body }) => {
		const title = textOf(heading).trim();
		if (title === shape.causes) {
			const { before: intro, parts: entries } = splitAt(body, 3);
			const { lead, rest } = leadAndRest(intro);
			const introFold = rest.some((n) => !isBlank(n)) ? [fold(shape.sectionSummary, rest)] : [];
			return h('section', { className: ['fold-host'] }, [heading, ...(lead as ElementContent[]), ...introFold, ...entries.map((e) => cause(e.heading, e.body, causes, shape))]);
		}
		if (title === shape.differs) {
			// Its table of codes stays in view; side-by-side tables (`### 521 vs 522`), shown whole on their comparison page, fold.
			const { before: table, parts: sideBySide } = splitAt(differs(body, code, rows, tables, shape), 3);
			return section(heading, table, sideBySide.flatMap((p) => [p.heading, ...p.body]), shape.sectionSummary);
		}
		if (shape.whole.includes(title)) return h('section', { className: ['fold-host'] }, [heading, ...(body as ElementContent[])]);
		const { lead, rest } = leadAndRest(body);
		return section(heading, lead, rest, shape.sectionSummary);
	});
	outline.causes = causes;
	outline.differs = rows;
	outline.comparisonTables = tables;
	return { ...root, children: [...(top as RootContent[]), ...sections] };
}
