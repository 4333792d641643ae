/**
 * The pairs of codes people ask about together ("502 vs 504"), each with its own page at
 * `/<low>-vs-<high>/`. A comparison page holds no text of its own: it shows what the two code
 * pages already say (their summaries, senders, first causes and quick checks, and each one's row
 * for the other under "How it differs from similar codes"); the rules (rules.ts) check that both
 * pages have that row. Add a pair here and its page, its links from both code pages and the home
 * page, its search shortcut and its Markdown copy follow. Never remove one: its address is a promise.
 */
import GithubSlugger from 'github-slugger';
import { codeHref, comparisonPath } from '../lib/paths';
import { requiredSections } from './sections';

/** Compared pairs, lower code first, in the order the home page lists them. */
export const COMPARED_PAIRS: readonly (readonly [number, number])[] = [
	[500, 502],
	[502, 503],
	[502, 504],
	[504, 524],
	[503, 529],
	[520, 522],
	[520, 524],
	[521, 522],
	[522, 524],
	[525, 526],
];

const key = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;
const compared = new Set(COMPARED_PAIRS.map(([a, b]) => key(a, b)));

/** Whether the two codes have a comparison page. */
export const isCompared = (a: number, b: number): boolean => compared.has(key(a, b));

/** The pairs a code is in, each as [this code, the other]. */
export const comparisonsOf = (code: number): [number, number][] =>
	COMPARED_PAIRS.filter((pair) => pair.includes(code)).map(([a, b]) => (a === code ? [a, b] : [b, a]));

/** The id of every code page's "How it differs from similar codes" section. */
export const DIFFERS_SECTION_ID = new GithubSlugger().slug(requiredSections[3]);

/** The id of every code page's "What it means" section. */
export const MEANING_SECTION_ID = new GithubSlugger().slug(requiredSections[0]);

/**
 * Where two codes are compared: their comparison page when the pair has one, else the lower
 * code's "How it differs from similar codes" section, which names the other.
 */
export function comparisonHref(a: number, b: number): string {
	if (isCompared(a, b)) return comparisonPath(a, b);
	return `${codeHref(Math.min(a, b))}#${DIFFERS_SECTION_ID}`;
}
