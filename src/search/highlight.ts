/**
 * Marks what a search result matched on the page it opened: the phrase searched for, in the
 * section the result pointed at (or the whole article). Where the phrase does not occur as a
 * whole, its words are marked in that section only, never across the page. Uses the CSS Custom
 * Highlight API: nothing in the page changes, and browsers without it simply show no marks. On a
 * code page, the folds that hold the marks open.
 */
import { safeDecode } from '../lib/decode';
import { escapeRegExp } from '../lib/regexp';

/** The text nodes under `root`, and where each starts in their joined text. */
function textOf(root: Node): { text: string; nodes: { node: Text; start: number }[] } {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: { node: Text; start: number }[] = [];
	let text = '';
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		nodes.push({ node, start: text.length });
		text += node.data;
	}
	return { text, nodes };
}

/** A DOM range over [start, end) of the joined text. */
function rangeAt(nodes: { node: Text; start: number }[], start: number, end: number): Range {
	const at = (offset: number) => {
		let i = nodes.length - 1;
		while (i > 0 && nodes[i]!.start > offset) i--;
		return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
	};
	const range = new Range();
	const from = at(start);
	const to = at(end);
	range.setStart(from.node, from.offset);
	range.setEnd(to.node, to.offset);
	return range;
}

/** Where `needle` occurs in `haystack`, ignoring case and runs of white space. */
function findAll(haystack: string, needle: string): [number, number][] {
	const words = needle.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
	if (words.length === 0) return [];
	const pattern = new RegExp(words.join('\\s+'), 'gi');
	return [...haystack.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** A word without the endings search's stemming drops ("refused", "refuses" → "refus"), if enough is left. */
export function stemOf(word: string): string {
	const stem = word.replace(/(ing|ed|es|s)$/i, '');
	return stem.length >= 4 ? stem : word;
}

/**
 * What to mark for a query in a text: the phrase where it occurs whole; else each word of three
 * letters or more; else the words of the same stem (the index matched "refuses" for "refused").
 */
export function matchSpans(text: string, query: string): [number, number][] {
	const whole = findAll(text, query);
	if (whole.length > 0) return whole;
	const words = query.split(/\s+/).filter((word) => word.length >= 3);
	const each = words.flatMap((word) => findAll(text, word));
	if (each.length > 0) return each;
	return words.flatMap((word) => {
		const stem = escapeRegExp(stemOf(word));
		return [...text.matchAll(new RegExp(`\\b${stem}\\w*`, 'gi'))].map((m): [number, number] => [m.index, m.index + m[0].length]);
	});
}

/**
 * Opens the folds of a code page (src/markdown/fold.ts) that hold a match: each one in the section
 * the result pointed at, or, on the whole page, the first match's.
 */
function openFolds(ranges: readonly Range[], scoped: boolean): void {
	const folds = ranges.flatMap((range) => range.startContainer.parentElement?.closest<HTMLDetailsElement>('details[data-fold]') ?? []);
	for (const fold of scoped ? folds : folds.slice(0, 1)) fold.open = true;
}

export function highlightMatches(query: string): void {
	const id = safeDecode(location.hash.slice(1));
	const section = id ? document.getElementById(id)?.closest('section, article') : null;
	const root = section ?? document.querySelector('article') ?? document.querySelector('main');
	if (!root) return;
	const { text, nodes } = textOf(root);
	const spans = matchSpans(text, query);
	if (spans.length === 0) return;
	const ranges = spans.map(([start, end]) => rangeAt(nodes, start, end));
	openFolds(ranges, section?.tagName === 'SECTION');
	// Browsers without the Highlight API open the folds and show no marks.
	if ('highlights' in CSS) CSS.highlights.set('search-match', new Highlight(...ranges));
}
