/**
 * The search dialog's behaviour, loaded by <site-search> (site-search.ts) on intent (pointer over
 * or focus on the search control) or on first open. Pagefind's script, WebAssembly and index
 * load then too, never with the page. The dialog itself is in the page's HTML, so it opens and
 * takes keystrokes before this code arrives. The list of codes and the filters' options come in a
 * small file of their own (/search/codes.json), fetched beside this code (search-data.ts): a code
 * typed as its number or its reason phrase is answered from it before the index has loaded.
 *
 * What a query finds, in order: "Diagnose this" for a paste (a log line, headers, a page); the
 * pages it names outright (a code, "504 vs 524", "timeouts", "haproxy", "502 alb"); then the
 * index. The index is searched with the query's words; when no page has all of them (a title with
 * a word the site never uses), the unknown words go, then the commonest, so the rarest words that
 * do match decide: "No results" only when no word matches at all.
 */
import { loadCodes, loadPagefind, loadResultStyles, loadShortcuts, preloadSearch, type Pagefind, type PagefindResult as Result, type PagefindResultData as ResultData } from './search-data';
import { codeHref } from '../lib/paths';
import { readLogLine } from '../diagnose/access-log';
import { filterFieldset, keyHints } from './search-codes';
import { bestSection, rankPages, tidyExcerpt, type RankedPage, type SectionHit } from './rank';
import {
	asksToSetTimeout,
	sectionLabel,
	bareCode,
	reasonPhraseCode,
	looksLikePaste,
	MAX_QUERY_LENGTH,
	namedPage,
	namesFit,
	normaliseQuery,
	onAnotherCodePage,
	onlyCodeNamed,
	statedCode,
	isProgramOutput,
	pastedWords,
	chainMentioned,
	codeTopic,
	type CodeTopic,
	logSections,
	timerQuoted,
	correctSpelling,
	correctWords,
	chainsHinted,
	platformMentioned,
	platformsNamed,
	platformShortcut,
	proseSection,
	deployPage,
	exactKey,
	exactStrings,
	searchTerms,
	sectionsOn,
	symptomSection,
	tieApplies,
	upstreamLayer,
	timerNamed,
	type ExactString,
	versusCodes,
	type Vocabulary,
} from './query';

interface Item {
	code: string;
	title: string;
	/** The section the match is in, when it is in one. */
	section?: string | undefined;
	url: string;
	excerpt?: string | undefined;
	/** "Diagnose this": the paste goes to /diagnose/ through this tab's session storage, never a URL. */
	diagnose?: boolean;
	/** A troubleshooter step. */
	step?: boolean;
}

/** Results shown; each costs a fragment download (one page's text). */
const MAX_RESULTS = 6;
/**
 * Results shown before the rest load: the best page by the index's ranking, with its best section.
 * One page's text, not three: the first result shows about 20 KB sooner. The rest may then move it
 * down (their sections weigh in), as they did when they came three at a time.
 */
const FIRST_RESULTS = 1;
/** The most words sent to the index, the rarest: each word costs a chunk of the index. */
const MAX_PASTE_WORDS = 5;
const MAX_LOG_LINE_WORDS = 3;
const MAX_TYPED_WORDS = 8;
/** What naming a platform adds to its page's score: about one more rare word, in a heading. */
const FAVOURED_PLATFORM = 3;
/** What a platform's page loses when a query names one other platform, and not it ("connection reset by peer alb": not Caddy's). */
const UNNAMED_PLATFORM = 2;
/** What each section every code page has answers, as a result's title says it after the code. */
const TOPIC_TITLES: Record<CodeTopic, string> = { retry: 'is it safe to retry?', differs: 'how it differs from similar codes', meaning: 'what it means' };
const HIGHLIGHT_PARAM = 'highlight';
/** A User Timing mark at the first answer to a query on screen: the bench measures up to it (scripts/measure.mjs). */
export const FIRST_RESULT_MARK = 'search:first-result';
/** Where the paste waits for /diagnose/ (diagnose-element.ts reads it once). */
export const DIAGNOSE_HANDOFF = 'diagnose:paste';

/** `/521/#firewall` with the query for the landing page to highlight: `/521/?highlight=…#firewall`. */
function withHighlight(url: string, query: string): string {
	const target = new URL(url, location.origin);
	target.searchParams.set(HIGHLIGHT_PARAM, query);
	return target.pathname + target.search + target.hash;
}

/** An excerpt that reads as words: not a run of codes and numbers from a table ("502. 503. 502."). */
function readable(excerpt: string | undefined): boolean {
	const text = (excerpt ?? '').replace(/<[^>]+>/g, '');
	const letters = text.replace(/[^\p{L}]/gu, '').length;
	return text.length > 20 && letters / text.length > 0.55 && text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length >= 5;
}

/**
 * Whether the words Pagefind matched on a page are the query's own: it answers a word it does not
 * know with words that only begin like it ("qwxzyv" finds "-q"). Each matched word's excerpt marks it.
 */
async function marksTheWords(page: RankedPage<Result>): Promise<boolean> {
	for (const hit of page.hits) {
		const excerpt = (await hit.result.data()).excerpt;
		const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
		const key = hit.term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
		// No mark: the word matched in the title or metadata, which the excerpt does not show.
		if (marked.length > 0 && !marked.some((m) => m.startsWith(key.slice(0, Math.max(3, key.length - 2))))) return false;
	}
	return true;
}

const samePage = (a: Item, b: Item) => a.url.split(/[?#]/)[0] === b.url.split(/[?#]/)[0];
/** A result's address without its query (`?highlight=…`): the page and section it opens. */
const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');
/** Whether the item opens one of `targets`: a section (`/platforms/x/#id`), or anywhere on a page given without one (`/chain/x/`). */
const isOn = (targets: readonly string[], item: Item) => {
	const url = withoutQuery(item.url);
	return targets.some((target) => target === url || (!target.includes('#') && url.split('#')[0] === target));
};

/** What the rules found about a query, for ordering the index's results (SearchDialog's #finish). */
interface RankingHints {
	/** Pages weighed up: the named platform's (and its sections on code pages), the log line's layer's, or the code's page. */
	favour?: readonly string[];
	/** Shown first when the index finds nothing favoured, or none of `codeSections`: the named platform's section on the code. */
	fallback?: Item | undefined;
	/** Sections that lead once the index has found them (a log line's layer's sections on its status). */
	codeSections?: readonly string[];
	/** For a pasted line with a code: the sections on that code of the platform whose page the index ranks first. */
	onLeadsPlatform?: ((url: string) => Item[]) | undefined;
	/** A string two layers share alike: each layer's entry, for the index to choose between. */
	tied?: readonly { layer: string; item: Item }[];
	/** A setting the query names: its platform, and the section of the error its timer ends in. */
	setting?: { platform: string; section?: string | undefined } | undefined;
	/** The one code the query names: other codes' pages go last. */
	onlyCode?: string | undefined;
	/** The section of the error a timer's row on /timeouts/ ends in. */
	endsIn?: (href: string) => string | undefined;
	/** The query names one platform by name: other platforms' pages are weighed down. */
	oneNamed?: boolean;
}

export class SearchDialog {
	#root: HTMLElement;
	#dialog: HTMLDialogElement;
	#input: HTMLInputElement;
	#list: HTMLElement;
	#status: HTMLElement;
	#codes = new Map<string, string>();
	/** The styles of the results (search-data.ts), fetched when this code loads if not before. */
	#styled: Promise<void>;
	/** The codes and the filters (search-data.ts), fetched when this code loads if not before: see #loadCodes(). */
	#codeList: Promise<void>;
	/** Every code's reason phrase as exactKey() writes it ("bad gateway"). */
	#reasons = new Set<string>();
	#vocabulary: Promise<Vocabulary> | undefined;
	/** The words of the shortcuts' exact strings written with underscores, built once: see #indexSearch(). */
	#quotedCodes: ReadonlySet<string> | undefined;
	#items: Item[] = [];
	#active = -1;
	#run = 0;
	/** The run whose first answer has been marked. */
	#markedRun = 0;
	/** Enter was pressed while results were still coming: open the first one when they arrive. */
	#submitWhenReady: { newTab: boolean } | undefined;

	constructor(root: HTMLElement) {
		this.#root = root;
		this.#dialog = root.querySelector('dialog')!;
		this.#input = root.querySelector('input')!;
		this.#list = root.querySelector('[role="listbox"]')!;
		this.#status = root.querySelector('[role="status"]')!;
		this.#dialog.addEventListener('keydown', (event) => this.#trapFocus(event));
		this.#input.addEventListener('input', () => void this.#search());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		this.#styled = loadResultStyles();
		this.#codeList = this.#loadCodes();
	}

	/** The codes and their reasons, and the filters and key hints built in the dialog; without the file, none of them. */
	async #loadCodes(): Promise<void> {
		const [list] = await Promise.all([
			loadCodes(),
			this.#styled,
		]);
		if (!list) return;
		for (const [code, reason] of list.codes) {
			this.#codes.set(code, reason);
			this.#reasons.add(exactKey(reason));
		}
		const filters = filterFieldset(list.filters);
		filters.addEventListener('change', () => void this.#search());
		this.#root.querySelector('.search-dialog__bar')!.after(filters);
		this.#root.querySelector('.search-dialog__frame')!.append(keyHints());
	}

	/** Starts loading what search needs (search-data.ts) without searching; a failure to load Pagefind goes to the console. */
	preload(): void {
		preloadSearch();
		void loadPagefind().catch((error: unknown) => console.error('Search could not load:', error));
	}

	/**
	 * Takes over a dialog that may already be open with text in it (typed while this code
	 * loaded), and an Enter pressed meanwhile.
	 */
	activate(pendingSubmit: { newTab: boolean } | undefined): void {
		this.#submitWhenReady = pendingSubmit;
		// <site-search> started the loading with this code; from here a failure to load Pagefind is reported.
		this.preload();
		if (this.#input.value.trim()) void this.#search();
	}

	/** The site's words, most frequent first: loaded only when a query needs them (a paste, a typo, a word the site lacks). */
	#words() {
		this.#vocabulary ??= fetch('/pagefind/words.txt')
			.then((r) => (r.ok ? r.text() : ''))
			.then((text) => {
				const words = text.split('\n').filter(Boolean);
				return { words, known: new Set(words), rank: new Map(words.map((w, i) => [w, i])) };
			})
			.catch(() => ({ words: [], known: new Set<string>(), rank: new Map<string, number>() }));
		return this.#vocabulary;
	}


	#filters(): Record<string, string> {
		const filters: Record<string, string> = {};
		for (const select of this.#root.querySelectorAll('select')) {
			if (select.value) filters[select.dataset['filter'] ?? ''] = select.value;
		}
		return filters;
	}

	/**
	 * The index's pages for the query, best first: each word searched on its own and the results
	 * ranked by the rare words each page holds (rank.ts), so a title with a word the site lacks still
	 * finds its page. Words the site never uses are corrected or left out first (Pagefind would
	 * otherwise match them by a short prefix); a paste keeps only its rarest words.
	 */
	async #indexSearch(query: string, paste: boolean, typed: string, pasteWords = MAX_PASTE_WORDS): Promise<RankedPage<Result>[]> {
		const filters = this.#filters();
		const search = async (pagefind: Pagefind, terms: readonly string[]) => Promise.all(terms.map(async (term) => ({ term, results: (await pagefind.search(term, { filters })).results })));
		// A word or two ("bad gateway", "harakiri") is searched as typed: the site's word list (18 KB) is
		// fetched only when a word may be misspelt or unknown to the site (what Pagefind marks is not the word).
		const typedWords = query.split(' ').filter(Boolean);
		if (!paste && typedWords.length <= 2) {
			const [pagefind, shortcuts] = await Promise.all([loadPagefind(), loadShortcuts()]);
			const perTerm = await search(pagefind, typedWords);
			const ranked = rankPages(perTerm, shortcuts.documents ?? 0);
			if (perTerm.every((t) => t.results.length > 0) && ranked[0] && (await marksTheWords(ranked[0]))) return ranked;
		}
		const [pagefind, vocabulary, shortcuts] = await Promise.all([loadPagefind(), this.#words(), loadShortcuts()]);
		// The error codes the site's messages quote (GATEWAY_TIMEOUT): words written as one of them are not a setting.
		const codes = (this.#quotedCodes ??= new Set(shortcuts.exact.flatMap(([key]) => key.split(' ').filter((w) => w.includes('_')))));
		const terms = paste ? searchTerms(pastedWords(query), vocabulary, pasteWords, codes) : searchTerms(query, vocabulary, MAX_TYPED_WORDS, codes, true);
		// An error string typed or pasted whole ("Execution failed due to configuration error"): the exact phrase is a term of its own, and a rare one.
		const phrase = typed.replace(/[^\p{L}\p{N}_.' -]+/gu, ' ').replace(/\s+/g, ' ').trim().split(' ');
		if (!paste && phrase.length >= 4 && phrase.length <= 12) terms.push(`"${phrase.join(' ')}"`);
		return rankPages(await search(pagefind, terms), shortcuts.documents ?? 0);
	}

	async #search() {
		const run = ++this.#run;
		const isCurrent = () => run === this.#run;
		const full = this.#input.value.trim();
		const typed = full.slice(0, MAX_QUERY_LENGTH);
		this.#list.setAttribute('aria-busy', 'true');
		const query = normaliseQuery(typed);
		if (!typed) return this.#render([], 0, typed);
		const paste = looksLikePaste(typed);
		const exact: Item[] = [];
		await this.#styled;
		if (!isCurrent()) return;
		if (paste) {
			exact.push({ code: '', title: 'Diagnose this paste: which layer sent it, and what to do', url: '/diagnose/', diagnose: true });
			this.#render(exact, exact.length, typed, true);
		}
		await this.#codeList;
		if (!isCurrent()) return;
		const bare = bareCode(query);
		// A code typed as its number or as its reason phrase ("bad gateway"): its page, shown before the index has loaded.
		const codeNamed = bare ?? (paste ? undefined : reasonPhraseCode(typed, this.#codes));
		if (codeNamed && this.#codes.has(codeNamed)) {
			exact.push({ code: codeNamed, title: this.#codes.get(codeNamed) ?? '', url: codeHref(Number(codeNamed)) });
			this.#render(exact, exact.length, typed, true);
		}
		const shown = exact.length;

		try {
			const shortcuts = await loadShortcuts();
			if (!isCurrent()) return;
			// Every platform a typed query names, by any of its names (the comparison, code-topic and timer rules are for typed queries).
			const anyNamed = paste ? [] : platformsNamed(query, shortcuts.platforms);
			// A platform whose own page answers a code (App Service's 502), not the code's page (Cloudflare's 521).
			const answersOnItsPage = (href: string, code: number) => shortcuts.platforms.find((p) => p.href === href)?.sections[code]?.startsWith(href) ?? false;
			const pair = paste ? undefined : versusCodes(typed, this.#codes, (a, b) => anyNamed.some((href) => answersOnItsPage(href, a) && answersOnItsPage(href, b)));
			const compared = pair && shortcuts.comparisons[`${pair[0]}-${pair[1]}`];
			if (pair && compared) exact.push({ code: '', title: `${pair[0]} vs ${pair[1]}: how they differ`, url: compared });
			// A pasted access-log line in a format one layer writes (ALB, Envoy, HAProxy, Heroku): that layer's sections on
			// its status, and first the one its own field names ("termination=SC--": HAProxy's #sc-connect-failed).
			const logLine = paste ? typed.split('\n').map((line) => readLogLine(line.trim())).find((record) => record !== undefined) : undefined;
			const fromLog = logLine ? logSections(logLine, shortcuts.platforms) : undefined;
			// A paste in no format a layer's log has, or a program's error line ("[AxiosError]: Request failed with status code
			// 502"), that states its status in words ("HTTP status code 523"): that code's page,
			// at its section the index finds best (its page when none), since the paste's rarest words may not include the code.
			const stated = (paste || isProgramOutput(typed)) && !fromLog ? statedCode(typed) : undefined;
			const statedPage = stated && this.#codes.has(stated) ? codeHref(Number(stated)) : undefined;
			if (fromLog?.named && logLine) exact.push({ code: '', title: `${fromLog.platform.name}: ${logLine.status} (${logLine.detail})`, url: fromLog.named });
			// One code and a question its page answers in a section every code page has ("Retry on 524 (timeout in
			// cloudflare)"): that section, unless the query names a layer whose own section on the code is elsewhere.
			const topic = paste || pair ? undefined : codeTopic(typed);
			const topicId = topic && shortcuts.codeTopics?.[topic.topic];
			if (topic && topicId && this.#codes.has(topic.code)) {
				const page = codeHref(Number(topic.code));
				const others = anyNamed.filter((href) => shortcuts.platforms.find((p) => p.href === href)?.sections[topic.code] !== page);
				if (others.length === 0) exact.push({ code: '', title: `${topic.code} ${this.#codes.get(topic.code) ?? ''}: ${TOPIC_TITLES[topic.topic]}`, url: withHighlight(`${page}#${topicId}`, typed) });
			}
			// An exact message or setting of the site, typed or inside a paste: the section that explains it,
			// unless a typed query names another platform ("connection reset by peer cloudflare"). In a paste a
			// name is often a client's or a host's ("Apache-HttpClient/4.5.1" in an Envoy access-log line).
			// The site's messages: a platform named only by one it prints ("upstream request timeout") is not named by name.
			const messages = shortcuts.exact.map((e) => e[0]);
			const namesPlatforms = paste ? [] : platformsNamed(query, shortcuts.platforms, messages);
			// The platform a section is about: its page's, or a timer's on /timeouts/ (#nginx-proxy-read-timeout).
			const platformOf = (href: string) => shortcuts.platforms.find((p) => href.startsWith(p.href) || href.includes(`#${p.href.split('/')[2]}-`));
			// A pasted nginx line names the layer behind it by protocol ('upstream: "uwsgi://…"'): of a message both print
			// ("upstream prematurely closed connection"), that layer's section.
			const behind = paste ? upstreamLayer(typed, shortcuts.platforms) : undefined;
			// What a program prints when no status came back (curl's "Operation timed out after …") does not answer a paste
			// that states one ("HTTP 599: Connection timed out after 144586 milliseconds"): that code's page does.
			// A stack trace's line and column ("node:_http_client:505:23") state no code.
			const statesCode = /(?:^|[^\w.])5\d\d(?![\w.])/.test(typed.replace(/:\d+:\d+/g, ' '));
			const stringsIn = (text: string, named: readonly string[]) => exactStrings(text, shortcuts.exact, this.#reasons, named).filter(([, href]) => !(statesCode && shortcuts.outcomes?.[href]));
			// A reason phrase alone names its code, not the layer whose message is that phrase (Apache's "Internal Server Error").
			const strings = codeNamed && !bare ? [] : stringsIn(typed, behind ? [behind] : namesPlatforms);
			const string = strings.length === 1 ? strings[0] : undefined;
			const stringItem = ([key, href]: ExactString): Item => {
				const code = /^\/(5\d\d)\//.exec(href)?.[1];
				// A troubleshooter's outcome (/troubleshoot/#no-response-title) is its troubleshooter's.
				const owner = platformOf(href)?.name ?? (code ? `${code} ${this.#codes.get(code) ?? ''}` : (shortcuts.pages.find((p) => p.href !== '/' && href.startsWith(p.href))?.title ?? ''));
				const outcome = shortcuts.outcomes?.[href];
				if (outcome) return { code: '', title: owner, section: outcome, url: withHighlight(href, typed.length <= 80 ? typed : key) };
				return { code: '', title: `${owner}: “${key.length > 70 ? `${key.slice(0, 69)}…` : key}”`, url: withHighlight(href, typed.length <= 80 ? typed : key) };
			};
			// A title about a deploy ("502s during rollouts", "scaling pods down"), or naming two codes a section explains together
			// ("499 and 504"): that section of prose of the platform it names, else of the platform of the message it quotes.
			const about = paste ? undefined : (platformMentioned(typed, shortcuts.platforms, messages)?.platform ?? (string ? platformOf(string[1]) : undefined));
			const prose = about ? proseSection(typed, about) : undefined;
			if (prose && about) exact.push({ code: '', title: about.name, section: sectionLabel(prose, shortcuts.platforms), url: withHighlight(prose, typed) });
			// No platform and no message, but a deploy under way ("502s during rollouts"): the page on deploys.
			const deploy = paste || about || strings.length > 0 || namesPlatforms.length > 0 ? undefined : deployPage(typed, shortcuts.pages);
			if (deploy) exact.push({ code: '', title: deploy.title, url: withHighlight(deploy.href, typed) });
			// A name that is the end of the string's platform's name as well ("edge function": Vercel's, and the end of "Netlify
			// Edge Functions") names that platform too.
			// A troubleshooter's outcome is no layer's: what a program prints when no status came back answers whichever layer is named
			// ("nginx response ERR_EMPTY_RESPONSE", a Node stack trace's "node:internal").
			if (string && (namesPlatforms.length === 0 || namesPlatforms.some((href) => string[1].startsWith(href)) || /^\/5\d\d\//.test(string[1]) || shortcuts.outcomes?.[string[1]] || namesFit(query, shortcuts.platforms, string[1]))) exact.push(stringItem(string));
			// A string two layers share alike (proxy_read_timeout): the index decides, by the layer whose page it ranks first;
			// when a code's page shares it too (a Ray ID line), the index alone.
			const layers = strings.map((entry) => ({ layer: platformOf(entry[1])?.href ?? '', item: stringItem(entry) }));
			// Two timers of one platform (TimeoutInMillis) are not two layers: that platform's page decides, as for a setting below.
			const layerHrefs = layers.map((t) => t.layer);
			const tied = strings.length > 1 && layerHrefs.every(Boolean) && new Set(layerHrefs).size > 1 && tieApplies(layerHrefs, namesPlatforms) ? layers : [];
			const named = paste ? undefined : namedPage(typed, shortcuts.pages);
			if (named) exact.push({ code: '', title: named.title, url: named.href });
			const shortcut = paste ? undefined : platformShortcut(query, shortcuts.platforms);
			if (shortcut) exact.push({ code: '', title: shortcut.title, url: withHighlight(shortcut.href, typed) });
			// Two or more platforms named ("alb node 502"): the common chain of those layers.
			const chain = paste || shortcut || named ? undefined : chainMentioned(query, shortcuts.platforms, shortcuts.chains ?? []);
			if (chain) exact.push({ code: '', title: chain.title, url: withHighlight(chain.href, typed) });
			// A timer's default or limit quoted with no platform named ("HTTP Status code for 230 second timeout"), one platform's: the error it ends in.
			const timer = paste || string || shortcut || named || chain || anyNamed.length > 0 ? undefined : timerQuoted(typed, shortcuts.timerValues ?? []);
			if (timer) exact.push({ code: '', title: timer[3], url: withHighlight(timer[1], typed) });
			// A title that names no platform, code or message but a timer by its own words ("route timeout configuration"):
			// as for a setting, the section of the error that timer ends in, when it ends in one, then that timer on /timeouts/;
			// one that only asks to set a timeout ("Set gateway timeout"): /timeouts/ itself.
			if (!paste && exact.length === shown && strings.length === 0 && namesPlatforms.length === 0 && !/(?:^|[^\w.])5\d\d(?!\w)/.test(typed)) {
				// The timers' page, the one "timeouts" names.
				const page = shortcuts.pages.find((p) => p.names.includes('timeouts'));
				const timer = timerNamed(typed, shortcuts.timers ?? [], shortcuts.platforms);
				const error = timer ? shortcuts.timerErrors?.[timer] : undefined;
				if (page && timer && error) exact.push({ code: '', title: platformOf(error)?.name ?? '', section: sectionLabel(error, shortcuts.platforms), url: withHighlight(error, typed) });
				if (page && timer) exact.push({ code: '', title: page.title, section: sectionLabel(timer, shortcuts.platforms), url: withHighlight(timer, typed) });
				else if (page && asksToSetTimeout(typed)) exact.push({ code: '', title: page.title, url: withHighlight(page.href, typed) });
			}
			// What the shortcuts found leads the final list too: show it now, before the index (about 120 KB) has loaded.
			if (exact.length > shown) this.#render(exact, exact.length, typed, true);
			if (bare) return this.#finish(exact, await this.#indexSearch(bare, false, bare), typed, query, bare, isCurrent);
			// A log line whose layer its format tells: the index only chooses among that layer's sections, and its rarest words do that.
			const found = query ? await this.#indexSearch(query, paste, typed, fromLog ? MAX_LOG_LINE_WORDS : MAX_PASTE_WORDS) : [];
			if (!isCurrent()) return;
			// No exact string as typed: one typed with a typo ("Enpoint request timedout"), read with its words corrected
			// against the word list a query of three words or more has loaded for the index.
			if (strings.length === 0 && !paste && query.split(' ').length > 2) {
				const corrected = stringsIn(correctWords(typed, await this.#words()), namesPlatforms);
				const one = corrected.length === 1 ? corrected[0] : undefined;
				if (one && (namesPlatforms.length === 0 || namesPlatforms.some((href) => one[1].startsWith(href)))) exact.push(stringItem(one));
			}
			// A platform named anywhere in a title ("HAProxy LB 503 returned after…"): its page's results first, and
			// when the index finds nothing on it, its section for the code. A name misspelt ("Application gatewat") is
			// read as the index's words were corrected, with the word list a query of three words or more has loaded.
			// A platform named only by a message it prints comes after one named by name.
			const correct = async () => {
				if (query.split(' ').length <= 2) return undefined;
				const { words, known } = await this.#words();
				return platformMentioned(correctSpelling(query, words, known), shortcuts.platforms, messages);
			};
			const mentioned = paste || shortcut ? undefined : (platformMentioned(typed, shortcuts.platforms, messages) ?? (await correct()));
			// Without a code, a symptom it names ("Traefik … despite timeout settings") stands for one: its sections on it.
			const symptom = mentioned && !mentioned.code ? symptomSection(typed, mentioned.platform, this.#codes) : undefined;
			const fallback = fromLog && logLine
				? { code: '', title: `${fromLog.platform.name}: ${logLine.status}`, url: fromLog.sections[0]! }
				: mentioned?.code
				? { code: '', title: `${mentioned.platform.name}: ${mentioned.code}`, url: withHighlight(mentioned.href, typed) }
				: mentioned && symptom
					? { code: '', title: mentioned.platform.name, section: sectionLabel(symptom, []), url: withHighlight(symptom, typed) }
					: stated && statedPage
						? { code: stated, title: this.#codes.get(stated) ?? '', url: statedPage }
						// A platform named and nothing the index knows ("CloudRun 요청 제한 시간 …"): its page, not "No results".
						: mentioned && found.length === 0
							? { code: '', title: mentioned.platform.name, url: withHighlight(mentioned.platform.href, typed) }
							: undefined;
			// With a code many layers send ("Traefik responds with 503 when…"), the named platform's sections on that code lead.
			const code = mentioned?.code;
			const shared = code !== undefined && shortcuts.platforms.filter((p) => p.sections[code]).length >= 2;
			// A chain of the platform and a layer the query hints at answers the symptom as well ("gunicorn behind google load balancer keepalive").
			const chains = mentioned && symptom ? chainsHinted(typed, mentioned.platform, shortcuts.platforms, shortcuts.chains ?? []) : [];
			// A section the query names by its flag ("SC--") leads alone.
			const codeSections = fromLog ? fromLog.sections : mentioned?.flagged ? [mentioned.href] : shared && mentioned ? sectionsOn(mentioned.platform, code) : symptom ? [symptom, ...chains] : statedPage ? [statedPage] : [];
			// The platform's page, and the pages of the codes it alone sends (Cloudflare's 52x).
			// No platform named, but a code ("rails production 500 error"): that code's page.
			const named5xx = /(?:^|[^\w.])(5\d\d)s?(?![\w])/.exec(typed)?.[1];
			const pageCode = paste ? stated : named5xx;
			const codePage = pageCode && this.#codes.has(pageCode) ? [codeHref(Number(pageCode))] : [];
			const favour = fromLog ? [fromLog.platform.href] : mentioned ? [mentioned.platform.href, ...Object.values(mentioned.platform.sections).filter((href) => !href.startsWith(mentioned.platform.href))] : codePage;
			// A pasted line with a code, whose best match is a platform's page (an ALB access-log line, 504): that
			// platform's sections on the code lead, as they do when a title names the platform.
			const pasteCode = paste && named5xx ? named5xx : undefined;
			const onLeadsPlatform = pasteCode ? (url: string): Item[] => {
				const platform = shortcuts.platforms.find((p) => url.startsWith(p.href));
				return platform ? sectionsOn(platform, pasteCode).map((href) => ({ code: '', title: `${platform.name}: ${pasteCode}`, url: href })) : [];
			} : undefined;
			// A setting ("Increase `server.keepAliveTimeout`", "TimeoutInMillis"): where its platform's page explains what it ends
			// in leads, the setting's timer row on /timeouts/ after.
			// A name one platform gives two timers (API Gateway's TimeoutInMillis, on REST and HTTP APIs) is that platform's too.
			const settingOwners = new Set(strings.map(([, href]) => (href.includes('#') && !href.startsWith('/platforms/') ? platformOf(href)?.href : undefined)));
			// Not when the title names another layer ("Add keepalive_timeout support for Gunicorn": nginx's setting, Gunicorn's question).
			const owner = !paste && settingOwners.size === 1 && tieApplies([...settingOwners] as string[], namesPlatforms) ? [...settingOwners][0] : undefined;
			// Where the setting's page explains it: the error its timer ends in, when the site names one, else the index's choice.
			const endsIn = (href: string) => shortcuts.timerErrors?.[withoutQuery(href)];
			const setting = owner ? { platform: owner, section: strings.map(([, href]) => endsIn(href)).find(Boolean) } : undefined;
			// One code named in a title ("CANT LOGIN, Error 524"): another code's page ("login" is 511's word) does not lead.
			const onlyCode = paste ? stated : onlyCodeNamed(typed);
			await this.#finish(exact, found, typed, query, bare, isCurrent, { favour, fallback, codeSections, onLeadsPlatform, tied, setting, onlyCode, endsIn, oneNamed: Boolean(mentioned) && namesPlatforms.length === 1 });
		} catch (error) {
			console.error('Search failed:', error);
			if (!isCurrent()) return;
			if (!exact.length) this.#status.textContent = 'Search is unavailable right now; the list of every code is on the home page.';
			this.#settle(typed);
		}
	}

	/** The result for a ranked page: its best section, and an excerpt that marks the query's words. */
	async #item(page: RankedPage<Result>, typed: string, query: string): Promise<Item & { score: number }> {
		// One word's data() at a time: Pagefind reuses one object per page for them.
		const perTerm: { term: string; idf: number; sections: SectionHit[]; inPageTitle: boolean }[] = [];
		let data: ResultData | undefined;
		for (const hit of page.hits) {
			const d = await hit.result.data();
			data ??= { url: d.url, excerpt: d.excerpt, meta: { ...d.meta } };
			const inPageTitle = hit.result.matchedMetaFields?.includes('title') ?? false;
			perTerm.push({ term: hit.term, idf: hit.idf, inPageTitle, sections: (d.sub_results ?? []).map((s) => ({ ...s })) });
		}
		const d = data!;
		const step = d.meta['kind'] === 'step';
		const { section, excerpt = d.excerpt, score } = bestSection(d.url, perTerm);
		return {
			// A page whose one section holds the query's words ranks above one that has them scattered.
			score: page.score + score,
			code: d.meta['code'] ?? '',
			title: d.meta['reason'] ?? d.meta['title'] ?? d.url,
			section: step ? undefined : section?.title,
			url: withHighlight(section?.url ?? d.url, typed.length <= 80 ? typed : query),
			excerpt: readable(excerpt) ? tidyExcerpt(excerpt) : (d.meta['summary'] ?? excerpt),
			step,
		};
	}

	/** Merges the shortcuts with the index's results, shows the first few, then the rest. */
	async #finish(exact: Item[], ranked: RankedPage<Result>[], typed: string, query: string, bare: string | undefined, isCurrent: () => boolean, hints: RankingHints = {}) {
		const { favour = [], fallback, codeSections = [], onLeadsPlatform, tied = [], setting, onlyCode, endsIn = () => undefined, oneNamed = false } = hints;
		const terms = query.split(' ');
		const favoured = (item: Item) => favour.some((href) => item.url.startsWith(href));
		const onTheCode = (item: Item) => isOn(codeSections, item);
		// Among what the index found: the page of a platform the query names first; a troubleshooter
		// step after the pages, unless its own words are most of the query's.
		const telling = terms.filter((t) => /\d/.test(t) || t.length >= 4).map((t) => t.toLowerCase());
		const stepMatches = (item: Item) => telling.length > 0 && telling.filter((t) => item.title.toLowerCase().includes(t)).length / telling.length >= 0.6;
		const rank = (item: Item) => (item.step && !stepMatches(item) ? 2 : 1);
		const sorted = (items: Item[]) => items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map((x) => x.item);
		const order = (items: Item[]) => {
			// A bare code always leads with its own page; Pagefind's prefix matching ranks it high but may tie.
			const own = bare ? items.find((item) => item.code === bare && !item.section) : undefined;
			const rest = own ? [own, ...items.filter((item) => item !== own)] : items;
			const named = fallback && (!items.some(favoured) || (codeSections.length > 0 && !items.some(onTheCode))) ? [fallback] : [];
			const decidedBy = tied.length > 0 ? items.find((item) => tied.some((t) => item.url.startsWith(t.layer))) : undefined;
			const decided = decidedBy && tied.find((t) => decidedBy.url.startsWith(t.layer));
			// It is the section a shortcut would have been had one layer held it: before a page named by an alias ("first byte timeout").
			// The section of the error the setting's timer ends in, the index's (with its heading) when it found it.
			const section = (href: string, title: string): Item => items.find((item) => withoutQuery(item.url) === href) ?? { code: '', title, section: sectionLabel(href, []), url: withHighlight(href, typed) };
			const platformName = (href: string) => items.find((item) => item.url.startsWith(href))?.title ?? '';
			// The index's choice only when it is one of the page's sections: the page's top says less than the setting's row.
			const explained = setting?.section ? section(setting.section, platformName(setting.platform)) : setting ? items.find((item) => item.url.startsWith(setting.platform) && item.url.includes('#')) : undefined;
			// A setting both layers have (Fastly's and Varnish's first_byte_timeout) is, once the index has chosen the layer, that
			// layer's as if it alone had it: its page's section leads, its timer's row on /timeouts/ after.
			const tiedSection = decided && endsIn(decided.item.url);
			const firsts = decided ? (decided.item.url.startsWith(decided.layer) ? [decided.item] : [tiedSection ? section(tiedSection, decidedBy!.title) : decidedBy!, decided.item]) : explained ? [explained] : [];
			const leading = [...exact.filter((e) => e.diagnose), ...firsts, ...exact.filter((e) => !e.diagnose)];
			// A shortcut's section under its heading and with its excerpt, once the index has found that section; a troubleshooter's step under its
			// own title and excerpt (a message it prints led there: "curl: (52) Empty reply from server").
			const headed = (e: Item) => {
				const found = items.find((i) => withoutQuery(i.url) === withoutQuery(e.url));
				if (found?.step) return { ...e, title: found.title, section: undefined, excerpt: found.excerpt };
				const excerpt = e.excerpt ?? found?.excerpt;
				return found?.section && e.section ? { ...e, section: found.section, excerpt } : { ...e, excerpt };
			};
			const shortcuts = [...leading, ...named].filter((e, i, all) => !all.slice(0, i).some((f) => samePage(e, f))).map(headed);
			return [...shortcuts, ...rest.filter((i) => !shortcuts.some((e) => (e.code && e.code === i.code && !i.section) || samePage(e, i)))];
		};
		// Each result costs a download of its page's text; the best few are weighed by their best section.
		const total = ranked.length;
		const count = (shown: Item[]) => total + (order(shown).length - shown.length);
		// The page of a platform the query names ("gunicorn: increase keep-alive…") counts as if one more rare word matched it;
		// when it names one platform, another platform's page, which holds its other words, counts a little less.
		const weigh = (item: Item & { score: number }) => item.score + (favoured(item) ? FAVOURED_PLATFORM : oneNamed && item.url.startsWith('/platforms/') ? -UNNAMED_PLATFORM : 0);
		const items = (page: RankedPage<Result>[]) => Promise.all(page.map((p) => this.#item(p, typed, query)));
		const best = (all: (Item & { score: number })[]) => {
			const weighed = sorted([...all].sort((a, b) => weigh(b) - weigh(a)));
			const elsewhere = (item: Item) => onlyCode !== undefined && onAnotherCodePage(item.url, onlyCode);
			const ranked = [...weighed.filter((item) => !elsewhere(item)), ...weighed.filter(elsewhere)];
			const lead = ranked.find((item) => !item.step);
			const leads = codeSections.length === 0 && lead && onLeadsPlatform ? onLeadsPlatform(lead.url) : [];
			const sections = leads.length > 0 ? leads.map((item) => item.url) : codeSections;
			const onCode = (item: Item) => isOn(sections, item);
			// The platform's first section on the code, when the index found none of them.
			const missing = leads[0] && !ranked.some(onCode) ? [{ ...leads[0], score: 0 }] : [];
			return [...missing, ...ranked.filter(onCode), ...ranked.filter((item) => !onCode(item))];
		};
		// The first few at once (one page's text each), then the rest, which may reorder them.
		const first = await items(ranked.slice(0, FIRST_RESULTS));
		if (!isCurrent()) return;
		if (total <= FIRST_RESULTS) return this.#render(order(best(first)), count(first), typed);
		this.#render(order(best(first)), count(first), typed, false, -1, false);
		const all = [...first, ...(await items(ranked.slice(FIRST_RESULTS, MAX_RESULTS)))];
		if (!isCurrent()) return;
		this.#render(order(best(all)), count(all), typed, false, this.#active);
	}

	/**
	 * The results for `query` are all in: tests (and assistive technology, through aria-busy)
	 * wait for this rather than for a delay.
	 */
	#settle(query: string) {
		this.#list.dataset['query'] = query;
		this.#list.setAttribute('aria-busy', 'false');
	}

	/** Shows `items`; `settled` false while more results for the same query are still coming. */
	#render(items: Item[], total: number, query: string, pending = false, keep = -1, settled = !pending) {
		if (settled) this.#settle(query);
		this.#items = items;
		this.#list.replaceChildren(...items.map((item, i) => this.#option(item, i)));
		if (this.#markedRun !== this.#run && items.some((item) => !item.diagnose)) {
			this.#markedRun = this.#run;
			performance.clearMarks(FIRST_RESULT_MARK);
			performance.mark(FIRST_RESULT_MARK);
		}
		this.#input.setAttribute('aria-expanded', String(items.length > 0));
		this.#select(keep >= 0 && keep < items.length ? keep : items.length > 0 ? 0 : -1);
		this.#status.replaceChildren();
		if (!query) return;
		if (items.length > 0 && this.#submitWhenReady) {
			const { newTab } = this.#submitWhenReady;
			this.#submitWhenReady = undefined;
			this.#open(items[0]!, newTab);
			return;
		}
		if (pending) return;
		const shown = query.length > 80 ? `${query.slice(0, 77)}…` : query;
		if (items.length === 0) {
			const all = Object.assign(document.createElement('a'), { href: '/#codes', textContent: 'see every code' });
			// The query goes in as text, never as HTML.
			this.#status.append(`No results for “${shown}”. Try other words, or `, all, '.');
		} else {
			const more = total > items.length ? `, showing the best ${items.length}` : '';
			this.#status.textContent = `${total} result${total === 1 ? '' : 's'} for “${shown}”${more}`;
		}
		if (this.#input.value.trim().length > MAX_QUERY_LENGTH) this.#status.append(` (searched the first ${MAX_QUERY_LENGTH.toLocaleString('en')} characters of what you pasted)`);
	}

	#option(item: Item, index: number): HTMLAnchorElement {
		// A real link: middle-click, Ctrl/Shift+click and "open in new tab" work as on any link.
		const option = document.createElement('a');
		option.id = `search-option-${index}`;
		option.className = item.diagnose ? 'search-result search-result--diagnose' : 'search-result';
		option.href = item.url;
		option.setAttribute('role', 'option');
		// Arrow keys move between options; Tab stays among the dialog's controls.
		option.tabIndex = -1;
		const title = document.createElement('span');
		title.className = 'search-result__title';
		if (item.code) title.append(Object.assign(document.createElement('b'), { textContent: item.code }), ' ');
		title.append(item.title);
		if (item.section) title.append(Object.assign(document.createElement('span'), { className: 'search-result__section', textContent: ` › ${item.section}` }));
		option.append(title);
		if (item.excerpt) option.append(excerptNode(item.excerpt));
		if (item.diagnose) {
			option.append(Object.assign(document.createElement('span'), { className: 'search-result__excerpt', textContent: 'Opens Diagnose with it. It stays in this browser tab; it is never put in a web address.' }));
			option.addEventListener('click', () => this.#handOver());
		}
		option.addEventListener('mousemove', () => this.#select(index));
		return option;
	}

	/** Gives the paste to /diagnose/ through this tab's session storage: never a URL, never the network. */
	#handOver() {
		try {
			sessionStorage.setItem(DIAGNOSE_HANDOFF, this.#input.value);
		} catch {
			// Storage off: /diagnose/ opens empty, and the reader pastes again.
		}
	}

	#select(index: number) {
		this.#active = index;
		for (const [i, option] of [...this.#list.children].entries()) option.setAttribute('aria-selected', String(i === index));
		const active = this.#list.children[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#open(item: Item, newTab: boolean) {
		if (item.diagnose) this.#handOver();
		if (newTab) window.open(item.url, '_blank', 'noopener');
		else location.href = item.url;
	}

	/** Tab and Shift+Tab cycle inside the dialog instead of leaving for the browser's toolbar. */
	#trapFocus(event: KeyboardEvent) {
		if (event.key !== 'Tab') return;
		const focusable = [...this.#dialog.querySelectorAll<HTMLElement>('input, select, button, a[href]:not([role="option"])')].filter((el) => el.offsetParent !== null);
		const first = focusable[0];
		const last = focusable.at(-1);
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last?.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first?.focus();
		}
	}

	#onKey(event: KeyboardEvent) {
		const count = this.#items.length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (count) this.#select((this.#active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			// Ctrl/Cmd+Enter and Shift+Enter open a new tab or window, as they would on a link.
			const newTab = event.ctrlKey || event.metaKey || event.shiftKey;
			const item = this.#items[Math.max(this.#active, 0)];
			if (item) this.#open(item, newTab);
			else if (this.#input.value.trim()) this.#submitWhenReady = { newTab };
		}
	}
}

/**
 * Pagefind's excerpt as DOM: text and <mark> only. Parsed inertly, so nothing in it can run.
 */
function excerptNode(html: string): HTMLSpanElement {
	const span = document.createElement('span');
	span.className = 'search-result__excerpt';
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
	for (const node of parsed?.childNodes ?? []) {
		if (node.nodeName === 'MARK') span.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
		else span.append(node.textContent ?? '');
	}
	return span;
}
