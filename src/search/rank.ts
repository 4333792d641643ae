// N.B. THIS FILE IS IMPORTED BY CLIENT-SIDE CODE: keep it tiny and free of Node APIs.
/**
 * Ranking over Pagefind's per-word results. Pagefind answers a query with the pages that hold
 * every word of it, so an issue title with one word the site never uses ("Sidecar returns 503
 * UH, but my service is Healthy") would find nothing. The dialog therefore searches each word on
 * its own and ranks here: a page scores for every word it holds, weighted by how rare the word
 * is across the index (inverse document frequency), the way a search engine ranks a query whose
 * words need not all match. Then, within a page, the section that holds the most of the rare
 * words (in its heading above all) is the one a result opens.
 * @see https://pagefind.app/docs/api/ (per-word results carry a score)
 */

/** One word's (or quoted phrase's) results: every page that holds it, with Pagefind's score. */
export interface TermResults<R extends { id: string; score: number } = { id: string; score: number }> {
	term: string;
	results: readonly R[];
}

/** The least a status code in a query weighs: as much as a word on one record in twelve. */
const CODE_IDF = idf(1, 12);

/** A page's standing for the whole query. */
export interface RankedPage<R> {
	id: string;
	score: number;
	/** Each matched word's own result for this page (its `data()` marks that word). */
	hits: { term: string; idf: number; result: R }[];
}

/**
 * How much a word says: a word on a few of the index's `documents` records says much, one on
 * most of them almost nothing (BM25's inverse document frequency, never negative).
 */
export function idf(documentFrequency: number, documents: number): number {
	const n = Math.max(documents, documentFrequency);
	return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * The pages for a query, best first. Each word adds its rarity, scaled by how well the page
 * holds it compared with the page that holds it best (Pagefind's score weighs a word in a
 * title or a heading, and in a short page, above one in passing). A quoted phrase counts as a
 * word of its own: rare, so the pages with the exact string come first.
 */
export function rankPages<R extends { id: string; score: number; matchedMetaFields?: readonly string[] }>(perTerm: readonly TermResults<R>[], documents: number): RankedPage<R>[] {
	const pages = new Map<string, RankedPage<R>>();
	for (const { term, results } of perTerm) {
		if (results.length === 0) continue;
		// A status code is what a query is about, however many pages mention it.
		const code = /^5\d\d$/.test(term);
		const weight = Math.max(idf(results.length, documents), code ? CODE_IDF : 0);
		const best = Math.max(...results.map((r) => r.score)) || 1;
		for (const result of results) {
			const page = pages.get(result.id) ?? { id: result.id, score: 0, hits: [] };
			// A word in the page's title, code, error strings or other names says the page is about it.
			// The page of the code itself, above all.
			const fields = result.matchedMetaFields ?? [];
			const named = code && fields.includes('code') ? 1.5 : fields.length > 0 ? 0.5 : 0;
			page.score += weight * (0.5 + 0.5 * (result.score / best) + named);
			page.hits.push({ term, idf: weight, result });
			pages.set(result.id, page);
		}
	}
	return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** A section of a page as Pagefind reports it for one word. */
export interface SectionHit {
	title: string;
	url: string;
	excerpt: string;
	locations?: readonly number[];
	weighted_locations?: readonly { weight: number }[];
}

/** The words of a term that tell a heading apart ("h12", "harakiri"; not "the"), without a plural or tense ending. */
const tellingWords = (term: string) =>
	term
		.toLowerCase()
		.replace(/"/g, '')
		.split(/[^\p{L}\p{N}_.]+/u)
		.filter((w) => /\d/.test(w) || w.length >= 3)
		.map((w) => (w.length > 5 ? w.replace(/(es|s|ed|ing)$/, '') : w));

/**
 * The section of a page a result should open, with the excerpt to show: the one whose heading
 * and text hold the most of the query's rare words. `perTerm` lists, for each word the page
 * holds, its rarity and the sections Pagefind found it in. Undefined when the top of the page
 * (its title and first lines) matches as well as any section.
 */
export function bestSection(
	pageUrl: string,
	perTerm: readonly { term: string; idf: number; sections: readonly SectionHit[]; inPageTitle?: boolean }[],
): { section?: SectionHit; excerpt?: string; score: number } {
	/** Per section: its score, the part of it that is the page's own title, and the rarest word's excerpt. */
	const scores = new Map<string, { section: SectionHit; score: number; pageTitle: number; excerpt: { text: string; idf: number } }>();
	for (const { term, idf: weight, sections, inPageTitle = false } of perTerm) {
		const words = tellingWords(term);
		for (const section of sections) {
			const matches = section.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? section.locations?.length ?? 0;
			if (matches === 0) continue;
			const title = section.title.toLowerCase();
			const top = section.url === pageUrl;
			// A word of the page's own title ("heroku" on the Heroku page) names the page, not one of its sections.
			const inTitle = words.length > 0 && (top || !inPageTitle) && words.every((w) => title.includes(w));
			const entry = scores.get(section.url) ?? { section, score: 0, pageTitle: 0, excerpt: { text: section.excerpt, idf: -1 } };
			entry.score += weight * (matches / (matches + 1) + (inTitle ? 1.5 : 0));
			if (top && inTitle && inPageTitle) entry.pageTitle += weight * 1.5;
			if (weight > entry.excerpt.idf) entry.excerpt = { text: section.excerpt, idf: weight };
			scores.set(section.url, entry);
		}
	}
	const top = scores.get(pageUrl);
	let best: { section: SectionHit; score: number; excerpt: { text: string } } | undefined;
	for (const entry of scores.values()) if (entry !== top && (!best || entry.score > best.score)) best = entry;
	// The page's title counts for the page against other pages, not for its top against its sections.
	if (top && (!best || top.score - top.pageTitle >= best.score)) return { excerpt: top.excerpt.text, score: top.score };
	if (!best) return { score: 0 };
	return { section: best.section, excerpt: best.excerpt.text, score: Math.max(best.score, top?.score ?? 0) };
}

/**
 * An excerpt without the runs of bare codes a table's cells leave in a page's text ("the upstream. 502. 503. 502.
 * Connection reset…" reads "the upstream. … Connection reset…"): the first code marked as the match in a run stays.
 */
export function tidyExcerpt(excerpt: string): string {
	// One cell: a code and its period, marked or not ("502. ", "<mark>502.</mark> ").
	const run = /(?:(?:<mark>\d{3}\.?<\/mark>\.?|(?<![\w>])\d{3}\.)\s+){2,}/g;
	return excerpt
		.replace(run, (cells) => {
			const marked = /<mark>(\d{3})/.exec(cells)?.[1];
			return marked ? `<mark>${marked}</mark> … ` : '… ';
		})
		.replace(/(?:…\s*){2,}/g, '… ');
}
