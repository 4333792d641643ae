/**
 * What a comparison page (`/502-vs-504/`) shows, from what the two code pages already hold: their
 * frontmatter (meaning, who sends it, who defines it, whether the request reached the app) and
 * what the Markdown plugin read from their bodies (first cause and its quick check, each page's
 * "How it differs" row for the other, a side-by-side table). Nothing here is written twice.
 */
import type { ElementContent } from 'hast';
import type { InlineContent, Outline } from '../markdown/outline';
import { senderLabels, statusLabels, type CodeFrontmatter } from './code-schema';
import { codeHref } from '../lib/paths';

/** One side of a comparison: a code page's data and outline. */
export interface ComparedCode {
	data: Pick<CodeFrontmatter, 'code' | 'reason' | 'summary' | 'status' | 'vendor' | 'sentBy' | 'definedBy' | 'retry'>;
	outline: Outline;
}

/** A cell: plain text, or inline nodes read from a page. */
export type Cell = { text: string } | { nodes: ElementContent[] };

export interface ComparisonRow {
	label: Cell;
	cells: [Cell, Cell];
}

export interface Comparison {
	codes: [ComparedCode, ComparedCode];
	/**
	 * What tells them apart, for each code: the other page's "How it differs" row about it
	 * (the 504 page's row for 502 says what a 502 is, set against a 504).
	 */
	apart: [ElementContent[], ElementContent[]];
	rows: ComparisonRow[];
}

/** How `reachedApp` reads in the table. */
const REACHED_APP: Record<NonNullable<CodeFrontmatter['retry']>['reachedApp'], string> = {
	no: 'No: safe to send again',
	maybe: 'Maybe: check before sending a payment or form again',
	yes: 'Yes',
	depends: 'Depends on which layer sent it',
};

/** Links to a section of the page the nodes came from (`#firewall`) made to point there from another page (`/521/#firewall`). */
export function rebase(nodes: readonly ElementContent[], code: number): ElementContent[] {
	return nodes.map((node) => {
		if (node.type !== 'element') return node;
		const href = node.properties['href'];
		const properties = typeof href === 'string' && href.startsWith('#') ? { ...node.properties, href: `${codeHref(code)}${href}` } : node.properties;
		return { ...node, properties, children: rebase(node.children, code) };
	});
}

const nodes = (content: InlineContent | undefined, code: number): Cell => (content ? { nodes: rebase(content.nodes, code) } : { text: '' });

/**
 * The comparison of two codes, lower first. Throws when a page lacks the other's "How it differs"
 * row (the rules report that first, naming the file).
 */
export function compare(a: ComparedCode, b: ComparedCode): Comparison {
	const rowFor = (page: ComparedCode, other: ComparedCode) => {
		const row = page.outline.differs?.find((d) => d.code === other.data.code);
		if (!row) throw new Error(`${page.data.code} has no "How it differs" row for ${other.data.code}`);
		return rebase(row.fact.nodes, page.data.code);
	};
	const both = (cell: (side: ComparedCode) => Cell): [Cell, Cell] => [cell(a), cell(b)];
	const sender = (side: ComparedCode) => ({ text: `${side.data.sentBy.map((s) => senderLabels[s]).join(', ')}${side.data.vendor ? ` (${side.data.vendor})` : ''}` });
	const defined = (side: ComparedCode) => ({ text: `${statusLabels[side.data.status]}: ${side.data.definedBy.title}${side.data.definedBy.section ? ` ${side.data.definedBy.section}` : ''}` });
	const firstCause = (side: ComparedCode) => side.outline.causes?.[0];
	const rows: ComparisonRow[] = [
		{ label: { text: 'What it means' }, cells: both((s) => ({ text: s.data.summary })) },
		{ label: { text: 'Who sends it' }, cells: both(sender) },
		{ label: { text: 'Defined by' }, cells: both(defined) },
		{ label: { text: 'Most common cause' }, cells: both((s) => ({ text: firstCause(s)?.text ?? '' })) },
		{ label: { text: 'Quick check' }, cells: both((s) => nodes(firstCause(s)?.check, s.data.code)) },
		...(a.data.retry && b.data.retry ? [{ label: { text: 'Did the request reach the app?' }, cells: both((s) => ({ text: REACHED_APP[s.data.retry!.reachedApp] })) }] : []),
	];
	// A side-by-side table either page wrote for this pair ("### 521 vs 522"), its columns put in
	// this order; a row it labels like one above ("Most common cause") takes that row's place.
	for (const side of [a, b]) {
		for (const table of side.outline.comparisonTables ?? []) {
			const order = table.codes[0] === a.data.code && table.codes[1] === b.data.code ? [0, 1] : table.codes[0] === b.data.code && table.codes[1] === a.data.code ? [1, 0] : undefined;
			if (!order) continue;
			for (const row of table.rows) {
				const written: ComparisonRow = { label: nodes(row.label, side.data.code), cells: [nodes(row.cells[order[0]!], side.data.code), nodes(row.cells[order[1]!], side.data.code)] };
				const same = rows.findIndex((r) => 'text' in r.label && r.label.text === row.label.text);
				if (same >= 0) rows[same] = written;
				else rows.push(written);
			}
		}
	}
	return { codes: [a, b], apart: [rowFor(b, a), rowFor(a, b)], rows };
}
