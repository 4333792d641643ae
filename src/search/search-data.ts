/**
 * What search loads besides the dialog's code, each once per page: Pagefind (its script, then its
 * entry, metadata and WebAssembly), the shortcuts, the list of codes and the results' styles.
 * <site-search> starts them all the moment the reader shows intent (preloadSearch), beside the
 * dialog's code rather than after it, so a query typed as the dialog opens waits less; the dialog
 * (search-dialog.ts) awaits the same promises.
 */
import { PAGEFIND_SCRIPT } from './pagefind-script';
import resultsStyles from './search-results.css?url';
import type { SectionHit } from './rank';
import type { SearchCodes } from './search-codes';
import type { ChainShortcut, CodeTopic, ExactString, NamedPage, PlatformShortcut, TimerValue } from './query';

/** The parts of Pagefind's JS API used here. @see https://pagefind.app/docs/api/ */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[]; unfilteredResultCount: number }>;
}
export interface PagefindResult {
	id: string;
	score: number;
	/** The metadata fields (title, code, strings…) the word matched in. */
	matchedMetaFields?: string[];
	data(): Promise<PagefindResultData>;
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: SectionHit[];
}

/**
 * Ranking for a reference of short pages where the title says it all: favour exact, rare
 * terms and the title over long pages that mention a term often.
 * @see https://pagefind.app/docs/ranking/
 */
const RANKING = {
	termSimilarity: 9,
	pageLength: 0.1,
	termSaturation: 2,
	termFrequency: 0.2,
	metaWeights: { title: 6, reason: 8, code: 10, keywords: 5, strings: 6, aliases: 6 },
};

/** /search/shortcuts.json: what the search knows before the index (src/pages/search/shortcuts.json.ts). */
export interface Shortcuts {
	platforms: PlatformShortcut[];
	pages: NamedPage[];
	comparisons: Record<string, string>;
	/** The id of the section on every code page that answers each topic ("Retry on 524"). */
	codeTopics?: Record<CodeTopic, string>;
	/** The timers' default and longest values that one platform alone has, and where each is explained. */
	timerValues?: TimerValue[];
	/** Every platform's exact strings (messages, settings) and their sections. */
	exact: ExactString[];
	/** Records in the index (pages and troubleshooter steps): what a word's rarity is measured against. */
	documents?: number;
	/** The common chains of layers, by their platforms' pages. */
	chains?: ChainShortcut[];
	/** Every timer's row on /timeouts/ (`/timeouts/#envoy-route-timeout`). */
	timers?: string[];
	/** The section of the error a timer ends in, by the timer's row on /timeouts/. */
	timerErrors?: Record<string, string>;
	/** The title of each troubleshooter outcome that programs' messages lead to, by its address. */
	outcomes?: Record<string, string>;
}

/**
 * Pagefind's WebAssembly for the pages' language: pagefind-entry.json names it after their `lang` ("en"), and
 * Pagefind asks for it only once that file has come back; preloaded on intent, beside it.
 */
export const PAGEFIND_WASM = '/pagefind/wasm.en.pagefind';

let pagefind: Promise<Pagefind> | undefined;
let shortcuts: Promise<Shortcuts> | undefined;
let codes: Promise<SearchCodes | undefined> | undefined;
let styled: Promise<void> | undefined;

/** Starts loading all of it, without searching. */
export function preloadSearch(): void {
	// Pagefind asks for its WebAssembly only once its entry file has come back and been read; asked for now, beside
	// that file, it is there when Pagefind asks (the browser hands a preloaded response to the fetch that matches it).
	if (!document.querySelector(`link[href="${PAGEFIND_WASM}"]`)) {
		document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: PAGEFIND_WASM, crossOrigin: 'anonymous' }));
	}
	void loadPagefind().catch(() => undefined);
	void loadShortcuts();
	void loadCodes();
	void loadResultStyles();
}

/** Pagefind, ready to search: started on the first call, the same promise after. */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT).then(async (loaded: Pagefind) => {
		// No Web Worker: one small index searches fast on the main thread, and the worker's own
		// script would cost 12 KB more before the first result.
		await loaded.options({ ranking: RANKING, excerptLength: 22, noWorker: true });
		await loaded.init();
		return loaded;
	});
	return pagefind;
}

/** The shortcuts; an empty table when the file cannot be had, so search still works from the index. */
export function loadShortcuts(): Promise<Shortcuts> {
	shortcuts ??= fetch('/search/shortcuts.json')
		.then((r) => (r.ok ? (r.json() as Promise<Shortcuts>) : undefined))
		.catch(() => undefined)
		.then((table) => table ?? { platforms: [], pages: [], comparisons: {}, exact: [] });
	return shortcuts;
}

/** The codes with their reasons, and the filters' options; undefined without the file. */
export function loadCodes(): Promise<SearchCodes | undefined> {
	codes ??= fetch('/search/codes.json')
		.then((r) => (r.ok ? (r.json() as Promise<SearchCodes>) : undefined))
		.catch(() => undefined);
	return codes;
}

/**
 * The styles of what the dialog builds (results, filters, key hints), which no page needs before
 * it, so they are not in every page's HTML. Results wait for them, so none is drawn unstyled; a
 * stylesheet that fails to load does not hold them.
 */
export function loadResultStyles(): Promise<void> {
	styled ??= new Promise<void>((resolve) => {
		const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStyles });
		styles.addEventListener('load', () => resolve(), { once: true });
		styles.addEventListener('error', () => resolve(), { once: true });
		document.head.append(styles);
	});
	return styled;
}
