// N.B. THIS FILE IS IMPORTED BY CLIENT-SIDE CODE: keep it tiny and free of Node APIs.
/**
 * What the search sends to Pagefind for what a reader typed or pasted. A pasted log line or
 * error page carries parts that are different every time (request ids, timestamps, addresses,
 * durations); no page contains them, and Pagefind would only narrow the results on the ones it
 * half-matches. They are dropped; the words that name the error stay.
 */
import { editDistance } from '../lib/edit-distance';
import { escapeRegExp } from '../lib/regexp';
import { platformHref } from '../lib/paths';

/** The longest query we act on; a whole pasted page is cut here, after cleaning. */
export const MAX_QUERY_WORDS = 16;

/** The most characters of a paste the search reads (the dialog says so when it cuts). */
export const MAX_QUERY_LENGTH = 4000;

/**
 * The bracketed fields that frame a line of Apache's error log, before its message: the time (`[Wed Nov 25 23:55:02.223395
 * 2026]`), the module and level (`[proxy_http:error]`, `[alert]`), the process (`[pid 28070:tid 28072]`) and the client
 * (`[client 203.0.113.7:55932]`). A title that quotes the message alone is the same string.
 * @see https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat
 */
const APACHE_FRAMING = /\[(?:(?:mon|tue|wed|thu|fri|sat|sun) [a-z]{3} +\d{1,2} [\d:.]+ \d{4}|(?:[a-z_]+:)?(?:emerg|alert|crit|error|warn|notice|info|debug|trace[1-8])|pid \d+(?::tid \d+)?|client [^\]]*)\]/gi;

const VOLATILE: readonly RegExp[] = [
	APACHE_FRAMING, // an Apache error-log line's time, module:level, pid and client fields (first: its time holds a time of day)
	/\bhttps?:\/\/\S+/gi, // URLs, whole (before the addresses: http://127.0.0.1:5050/api/metrics would leave "http api", a name of API Gateway's)
	/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, // UUIDs
	/\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?/gi, // ISO timestamps
	/\b\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\b/g, // nginx error-log timestamps
	/\[\d{2}\/[a-z]{3}\/\d{4}(:\d{2}){3} [+-]\d{4}\]/gi, // access-log timestamps
	/\b\d{1,2}:\d{2}:\d{2}\b/g, // times
	/\b[a-z]+\d*::[a-z0-9:-]+/gi, // Vercel ids (hnd1::iad1::abcde-1234)
	/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, // IPv4 addresses and ports
	/\b[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}\b/gi, // IPv6 addresses
	/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(-[a-z]{3})?\b/gi, // hex ids (Ray IDs with their colo)
	/\b\d+(\.\d+)?(ms|s|m|h|kb?|mb?|gb?|b)\b/gi, // durations and sizes (a setting's value: 120s, 256k, 5m)
	/\b(request_id|fwd|host|path|dyno|connect|service|bytes|protocol|method|xid|reference)=("[^"]*"|\S*)/gi, // volatile log fields
	/\b(?:[a-z0-9-]+\.){2,}[a-z]{2,}\b/gi, // host names with three labels or more (two-label words stay: web.config, node.js, ASP.NET)
	/\b\d+#\d+:?|\*\d+\b/g, // nginx's pid#tid and *connection numbers
	/\b\d{5,}\b/g, // long numbers (pids, counts, epoch times)
	/"(?:get|head|post|put|patch|delete|options|connect|trace) [^"]*"/gi, // a log's quoted request line ("GET /v1/status HTTP/1.1")
	/(["'])[^"'\s]*[/\\][^"'\s]*\1/g, // a quoted name or path (Service "shop/web", Application '/LM/W3SVC/1/ROOT', root 'C:\inetpub\app\')
	/\b[a-z]:[/\\](?:[^\s/\\]+(?: [^\s/\\]+)?[/\\])*/gi, // a Windows path's drive and folders (C:/Users/Administrator/my site/.htaccess: its file name stays)
];

/**
 * Everyday words that say nothing about which page is meant ("what is a 502 error"): each would
 * cost a search of its own and match by prefix ("no" finds "node"). Dropped unless nothing else
 * is left.
 */
const FILLER = new Set(
	(
		'a about after all also an and any are as at be been but by can could do does even fix fixing for from get gets getting got had has have help how i im in into is it its just me mean meaning means ' +
		'my no not of on or our out page says see seeing shows site so some still than that the their then there this to up us was we were what when where which while why will with ' +
		'would you your website too'
	).split(' ')
);

/**
 * A Kubernetes annotation's key, `<prefix>/<name>`: the prefix is a DNS subdomain, and an ingress
 * controller's begins with its own name (`appgw.ingress.kubernetes.io/request-timeout`,
 * `alb.ingress.kubernetes.io/…`). Read as a host name, it would be dropped with the one word that
 * says which layer the setting is for.
 * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set
 */
const ANNOTATION_PREFIX = /\b([a-z][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.(?:kubernetes|k8s)\.io\//gi;

/** The words worth searching for in `raw`, at most {@link MAX_QUERY_WORDS}, in order. */
export function normaliseQuery(raw: string): string {
	// An error page's markup is not its words ("API Error: 524 <!DOCTYPE html>" asks about the 524).
	let text = raw.slice(0, MAX_QUERY_LENGTH).replace(HTML_TAG, ' ').replace(ANNOTATION_PREFIX, '$1 ');
	for (const pattern of VOLATILE) text = text.replace(pattern, ' ');
	const words = wordsOf(text);
	// Nothing left but what looked variable (a dotted setting taken for a host name: traefik.docker.network):
	// the words as typed, rather than no search at all.
	if (words.length === 0) words.push(...wordsOf(raw.slice(0, MAX_QUERY_LENGTH)));
	const meaningful = words.filter((w) => !FILLER.has(w.toLowerCase()));
	return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/**
 * A run of characters from a script written without spaces between words (Chinese and Japanese,
 * the long-vowel mark ー with them): "一直是1033报错" holds the error number 1033 between two such runs.
 */
const UNSPACED_SCRIPT_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu;

/** The words of `text`, each once, at most {@link MAX_QUERY_WORDS}, in order. */
function wordsOf(text: string): string[] {
	const words: string[] = [];
	const seen = new Set<string>();
	for (const word of text.replace(UNSPACED_SCRIPT_RUN, ' $& ').split(/[^\p{L}\p{N}_.'-]+/u)) {
		if (/^\d+$/.test(word) && word.length <= 2) continue; // a "5" or "12" from a log says nothing
		const clean = word.replace(/^[.'-]+|[.'-]+$/g, '');
		const key = clean.toLowerCase();
		if (!clean || seen.has(key)) continue;
		seen.add(key);
		words.push(clean);
		if (words.length === MAX_QUERY_WORDS) break;
	}
	return words;
}

/**
 * Whether a word can be looked up as it is: a word the site uses, a number, or a word too short
 * for the word list (under four letters).
 */
const needsNoCorrection = (lower: string, known: ReadonlySet<string>): boolean => lower.length < 4 || /\d/.test(lower) || known.has(lower);

/**
 * Each word of `query` that the site never uses, replaced by the closest word it does use
 * (one edit for short words, two from seven letters), so "bad gatewya" finds "bad gateway".
 * `vocabulary` lists the site's indexed words, most frequent first; ties go to the earlier one.
 * Pagefind matches by prefix and has no typo tolerance of its own.
 */
export function correctSpelling(query: string, vocabulary: readonly string[], known: ReadonlySet<string> = new Set(vocabulary)): string {
	return query
		.split(' ')
		.map((word) => {
			const lower = word.toLowerCase();
			if (needsNoCorrection(lower, known)) return word;
			const max = lower.length >= 7 ? 2 : 1;
			let best: { word: string; distance: number } | undefined;
			for (const candidate of vocabulary) {
				const distance = editDistance(lower, candidate, max);
				if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
				if (best?.distance === 1) break;
			}
			return best?.word ?? word;
		})
		.join(' ');
}

/** The status code a typed query names, when it names one and no other ("CANT LOGIN, Error 524"; "502s" counts). */
export function onlyCodeNamed(query: string): string | undefined {
	const codes = new Set([...query.matchAll(/(?:^|[^\w.])(5\d\d)s?(?!\w)/g)].map((m) => m[1]!));
	return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * The status a paste states in words, when it states one and no other: "HTTP status code 523",
 * "error code: 524", `"status": 530`, `statusCode=502`. A paste's other numbers (sizes, ports,
 * ids) may look like a 5xx code; one that follows such a word is the response's status.
 */
export function statedCode(paste: string): string | undefined {
	// "status: 502", "error code: 524", an error page's heading ("Error 526", Cloudflare's and Varnish's pages) and a
	// response's status line ("HTTP/1.1 507 Insufficient Storage").
	const codes = new Set([...paste.matchAll(/(?:\b(?:status(?:[ _-]?code)?|error(?:[ _-]?code)?|http[ _-]?code)\W{0,4}|\bHTTP\/\d(?:\.\d)? )(5\d\d)(?!\w|\.\d)/gi)].map((m) => m[1]!));
	return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Whether a line typed or pasted is a program's output rather than a title: an exception's or error's class
 * ("[AxiosError]:", "requests.exceptions.HTTPError:", "TerminatingError(Invoke-WebRequest):") or a stack frame.
 */
export function isProgramOutput(text: string): boolean {
	return /\b[A-Z]\w*(?:Error|Exception)\b\]?(?:\([\w-]+\))?:|\bat [\w.<>]+ \([^)]*:\d+:\d+\)|\bTraceback \(most recent call last\)/.test(text);
}

/** Whether `url` is on the page of a code other than `code` (`/511/`, `/511/troubleshoot/`): not a comparison, platform or guide. */
export function onAnotherCodePage(url: string, code: string): boolean {
	const page = /^\/(5\d\d)\//.exec(url)?.[1];
	return page !== undefined && page !== code;
}

/** A query that is just a code ("521", " 521 "), for the answer that needs no index. */
export function bareCode(query: string): string | undefined {
	return /^\s*(5\d\d)\s*$/.exec(query)?.[1];
}

/**
 * Whether a query has any word the site might contain: a known word, a number, or a word too
 * short for the word list (under four letters). A query of only unknown long words ("qwxzyv")
 * matches nothing real; Pagefind would still return pages through a one-letter prefix.
 */
export function hasSearchableWord(query: string, known: ReadonlySet<string>): boolean {
	if (known.size === 0) return true;
	return query.split(' ').some((word) => needsNoCorrection(word.toLowerCase(), known));
}

/** What the search knows of each platform: the names people call it, and its section for each code. */
export interface PlatformShortcut {
	href: string;
	name: string;
	/** Lowercase names and aliases ("alb", "aws alb", "api gateway"). */
	names: string[];
	/** Where to go for each code: the platform's first section for it, or the code's own page for a code the platform owns. */
	sections: Record<string, string>;
	/** For a code with more than one section on the platform's page: each section's id, in page order (`worker-timeout`). */
	codeSections: Record<string, string[]>;
	/** The ids of its page's sections of prose, not on one error (`during-a-deploy-gke`, `499-next-to-504-in-the-same-log`). */
	prose?: string[];
}

/** Words of a deploy: a rollout, pods replaced or scaled down, a restart. */
const DEPLOY_WORDS = /\b(re-?deploy(s|ed|ing|ments?)?|deploy(s|ed|ing|ments?)?|roll(ing)?[ -]?(outs?|updates?|restarts?)|rolled out|scal(e|es|ed|ing) (the )?(pods? |deployment |replicas )?(down|in)|(delete[sd]?|deleting|evict(ed|ing)?|terminat(e|ed|es|ing)|restart(s|ed|ing)?|replac(e|ed|es|ing)) (the |a |old )?(pods?|containers?|instances?|tasks?|replicas?)|restart(s|ed|ing)?)\b/;

/** Words of a deploy under way: during a rollout, a rolling update, pods being scaled down. */
const DEPLOY_UNDER_WAY = /\b(during|while|mid)( an?| the)? (re-?)?(deploy(s|ing|ments?)?|roll-?outs?|rolling (updates?|restarts?|deploys?))\b|\brolling (updates?|restarts?|deploys?)\b|\bscal(e|es|ed|ing) (the )?(pods? |replicas )?(down|in)\b/;

/**
 * The page about errors during a deploy (the one a name of which says "deploy": /rolling-deploys/), for a title that names
 * no platform but a deploy under way ("502s during rollouts", "rolling update"); a title about errors after a deploy
 * ("Deployed successfully but get 500") is about the error.
 */
export function deployPage(query: string, pages: readonly NamedPage[]): NamedPage | undefined {
	if (!DEPLOY_UNDER_WAY.test(query.toLowerCase())) return undefined;
	return pages.find((p) => p.names.some((n) => /(^|[\s-])deploys?($|[\s-])/.test(n)) && !p.href.startsWith('/platforms/'));
}

/**
 * A title about the body of an error rather than its cause: "Cloudflare doesn't respond with JSON for 502s", "returns
 * HTML instead of JSON", "custom error pages". JSON or HTML as what came back, not as a log's format ("JSON access log").
 */
const ERROR_BODY_WORDS =
	/\b(?:error|response) bod(?:y|ies)\b|\bcustom error pages?\b|\b(?:respond|responds|responding|return|returns|returning|serve|serves|serving|send|sends|sending|get|gets|getting|got|receive|receives|received)(?: with)?(?: an?)? (?:json|html)\b|\b(?:json|html) (?:instead|response|body|page|error page)\b|\binstead of (?:json|html)\b|\bnot (?:valid )?json\b/;

/** A title about an upload: "large file uploads", "Uploads >60s", "multipart upload fails" (not a file called upload.php). */
const UPLOAD_WORDS = /\b(?:upload(?:s|ed|ing)?|multipart)\b(?!\.\w)/;

/**
 * The section of prose on the platform's page a title asks about: its section on deploys for a title that says a deploy
 * happened ("502s during rollouts", "scaling pods down", "after a restart"); the section whose id holds every status code
 * the title names, when it names two or more ("499 and 504": 499-next-to-504-in-the-same-log); its section on error bodies
 * for a title about one (ERROR_BODY_WORDS); its section on uploads for a title about one ("Traefik readTimeout breaks
 * large file uploads"), since a slow or large upload ends in whichever timer or limit counts the body. None otherwise.
 */
export function proseSection(query: string, platform: PlatformShortcut): string | undefined {
	const prose = platform.prose ?? [];
	const lower = query.toLowerCase();
	const deploy = DEPLOY_WORDS.test(lower) ? prose.find((id) => /(^|-)deploy(s|ment|ments)?(-|$)|(^|-)roll(ing|out|outs)?(-|$)/.test(id)) : undefined;
	if (deploy) return `${platform.href}#${deploy}`;
	const body = ERROR_BODY_WORDS.test(lower) ? prose.find((id) => /(^|-)error-(body|bodies|pages?)(-|$)/.test(id)) : undefined;
	if (body) return `${platform.href}#${body}`;
	const codes = [...new Set(lower.match(/(?<![\w.])[1-5]\d\d(?![\w.])/g) ?? [])];
	// A code the platform owns has its own page, which says how an upload ends in it (Cloudflare's 524: /524/).
	const upload = UPLOAD_WORDS.test(lower) && !codes.some((code) => ownsCode(platform, code)) ? prose.find((id) => /(^|-)uploads?(-|$)/.test(id)) : undefined;
	if (upload) return `${platform.href}#${upload}`;
	const both = codes.length >= 2 ? prose.find((id) => codes.every((code) => id.split('-').includes(code))) : undefined;
	return both ? `${platform.href}#${both}` : undefined;
}

/** Whether the platform owns `code`: it sends it, and the code's own page explains it (Cloudflare's 521 is on /521/, not on Cloudflare's page). */
export function ownsCode(platform: PlatformShortcut, code: string): boolean {
	const href = platform.sections[code];
	return href !== undefined && !href.startsWith(platform.href);
}

/** The sections of the platform's page on a code: those listed, else its one section, if that is on its page (not a code it owns). */
export function sectionsOn(platform: PlatformShortcut, code: string): string[] {
	const listed = platform.codeSections[code];
	if (listed) return listed.map((id) => `${platform.href}#${id}`);
	const one = platform.sections[code];
	return one?.startsWith(platform.href) ? [one] : [];
}

/** What a pasted access-log line says (src/diagnose/access-log.ts): the layer that writes its format, the status, the field that says why. */
export interface LogLine {
	/** The layer's slug (`haproxy`); empty when the format is several layers'. */
	platform: string;
	status: number;
	/** `termination=SC--`, `code=H12`, `flags=UF,URX`, `target_status=-`. */
	detail?: string | undefined;
}

/**
 * The sections of a pasted log line's layer on its status, and the one its detail field names, when one does:
 * the layer's ids are its own flags and codes (HAProxy's `termination=SC--` is #sc-connect-failed, Heroku's
 * `code=H12` is #h12). None when the format is several layers' or the layer has no section on the status.
 */
export function logSections(line: LogLine, platforms: readonly PlatformShortcut[]): { platform: PlatformShortcut; sections: string[]; named?: string } | undefined {
	const platform = line.platform ? platforms.find((p) => p.href === platformHref(line.platform)) : undefined;
	const sections = platform ? sectionsOn(platform, String(line.status)) : [];
	if (!platform || sections.length === 0) return undefined;
	const value = (line.detail?.split('=')[1] ?? '').toLowerCase().replace(/-+$/, '');
	const named = /^[a-z]\w+$/.test(value)
		? sections.find((href) => {
				const id = href.split('#')[1] ?? '';
				return id === value || id.startsWith(`${value}-`);
			})
		: undefined;
	return named ? { platform, sections, named } : { platform, sections };
}

/**
 * "502 alb", "api gateway 504": a code and a platform's name, and nothing else. Such a query
 * wants that platform's section for that code; Pagefind alone would rank the code's own page
 * first, since its title is the code.
 */
export function platformShortcut(query: string, platforms: readonly PlatformShortcut[]): { href: string; title: string } | undefined {
	const lower = query.toLowerCase().replace(/\s+/g, ' ').trim();
	const code = /(?:^|\s)(5\d\d)(?:\s|$)/.exec(lower)?.[1];
	if (!code) return undefined;
	const rest = lower.replace(code, '').replace(/\b(error|http|status|code)\b/g, '').replace(/\s+/g, ' ').trim();
	if (!rest) return undefined;
	const platform = platforms.find((p) => p.names.includes(rest));
	if (!platform) return undefined;
	return { href: platform.sections[code] ?? platform.href, title: `${platform.name}: ${code}` };
}

/** A cloud vendor's ways of writing its name, as its products' names begin. */
const VENDORS: readonly (readonly string[])[] = [
	['aws', 'amazon'],
	['google cloud', 'google', 'gcp', 'gcloud'],
	['azure', 'microsoft azure', 'microsoft'],
];

/**
 * A vendor's product named by the vendor, written any of its ways, and the last two words of the product's name, at
 * most two words apart ("AWS Load Balancer" for the AWS Application Load Balancer, "GCP kubernetes Load Balancer", "GCP's ALB Loadbalancer"):
 * the length of those two words, or 0.
 */
function vendorProduct(name: string, lower: string): number {
	for (const spellings of VENDORS) {
		const vendor = spellings.find((v) => name.startsWith(`${v} `));
		if (!vendor) continue;
		const product = name.slice(vendor.length + 1).split(' ');
		if (product.length < 2) return 0;
		const tail = product.slice(-2).join(' ');
		// A name is content: its characters are literal, whatever they are. The two words may be run together ("GCP's ALB Loadbalancer").
		return new RegExp(` (${spellings.map(escapeRegExp).join('|')})( \\S+){0,2} (${escapeRegExp(tail)}|${escapeRegExp(tail.replace(' ', ''))}) `).test(lower) ? tail.length : 0;
	}
	return 0;
}

/** The query as platform names and codes are looked for in it: lower case, words (dots and hyphens kept) between single spaces, a space at each end. */
const paddedWords = (query: string): string => ` ${query.toLowerCase().replace(/[^\p{L}\p{N}.-]+/gu, ' ')} `;

/**
 * The ways a platform's name is written: as it is, a product named in the plural in the singular too ("serverless
 * functions", "Serverless Function crashing"), and a name of two words as one ("CloudRun", "AppService").
 */
const formsOf = (name: string): string[] => (name.includes(' ') ? [name, ...(name.endsWith('s') ? [name.slice(0, -1)] : []), name.replace(/ /g, '')] : [name]);

/** A name's words of three letters or more, each in the singular ("serverless functions": serverless, function). */
const nameWords = (name: string): string[] => name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3).map((w) => w.replace(/s$/, ''));

/** For each platform, the words of the other platforms' names: once per list of platforms, not per keystroke. */
const othersWordsCache = new WeakMap<readonly PlatformShortcut[], Map<PlatformShortcut, ReadonlySet<string>>>();
function othersWords(platforms: readonly PlatformShortcut[], platform: PlatformShortcut): ReadonlySet<string> {
	let byPlatform = othersWordsCache.get(platforms);
	if (!byPlatform) {
		const counts = new Map<string, Set<PlatformShortcut>>();
		for (const p of platforms) for (const name of p.names) for (const w of nameWords(name)) counts.set(w, (counts.get(w) ?? new Set()).add(p));
		byPlatform = new Map(platforms.map((p) => [p, new Set([...counts].filter(([, owners]) => [...owners].some((o) => o !== p)).map(([w]) => w))]));
		othersWordsCache.set(platforms, byPlatform);
	}
	return byPlatform.get(platform) ?? new Set();
}

/**
 * Whether a name of the platform is made only of words other platforms' names use too ("function timeout", "serverless",
 * "alb" beside Google's "google cloud alb"): a query that holds it may mean any of them, and a platform named by a name of
 * its own ("Netlify") is the one meant.
 */
const isCommonName = (name: string, platform: PlatformShortcut, platforms: readonly PlatformShortcut[]): boolean => {
	// The name the site calls it by is its own, whatever other products' names hold it ("lambda", in "lambda@edge").
	if (name === platform.name.toLowerCase()) return false;
	const words = nameWords(name);
	const others = othersWords(platforms, platform);
	return words.length > 0 && words.every((w) => others.has(w));
};

/** Each platform named in the query as a word, with the length of the longest of its names there. */
function namesIn(query: string, platforms: readonly PlatformShortcut[], messages: readonly string[] = []): { platform: PlatformShortcut; length: number; byName: boolean; own: boolean }[] {
	// A stack frame's dependency folder ("/app/node_modules/axios/lib/core/settle.js") names no layer: a client's trace has one.
	const lower = paddedWords(query.replace(/\bnode_modules\b/gi, ' '));
	// A name inside a hyphenated product string ("Microsoft-Azure-Application-Gateway/v2").
	const spaced = lower.replace(/-/g, ' ');
	// An alias of two words or more that begins one of the site's messages ("upstream request timeout") names a platform by
	// what it prints, not by name (a product's name inside its own messages, "cloudfront", is still its name).
	const isMessage = (name: string) => {
		const key = exactKey(name);
		return key.includes(' ') && messages.some((m) => m === key || m.startsWith(`${key} `));
	};
	return platforms.flatMap((platform) => {
		let length = 0;
		let byName = false;
		let own = false;
		for (const name of platform.names) {
			const form = formsOf(name).find((f) => f.length >= 3 && (lower.includes(` ${f} `) || spaced.includes(` ${f} `)));
			const found = form ? form.length : vendorProduct(name, spaced);
			if (!found) continue;
			length = Math.max(length, found);
			byName ||= !form || !isMessage(name);
			// A product named by its vendor is named by its own name.
			own ||= !form || (!isMessage(name) && !isCommonName(name, platform, platforms));
		}
		return length ? [{ platform, length, byName, own }] : [];
	});
}

/**
 * Whether the words by which the query names other platforms name the platform of `href` as well: each is the end of
 * one of its names ("edge function", a name of Vercel's, ends Netlify's "netlify edge functions"), so a message of
 * that platform the query holds is not another platform's. False when they name no other platform, or a name says more.
 */
export function namesFit(query: string, platforms: readonly PlatformShortcut[], href: string): boolean {
	const target = platforms.find((p) => href.startsWith(p.href));
	if (!target) return false;
	const lower = paddedWords(query);
	const spaced = lower.replace(/-/g, ' ');
	const ends = target.names.flatMap(formsOf);
	const fits = (form: string) => ends.some((end) => end === form || end.endsWith(` ${form}`));
	const others = namesIn(query, platforms).filter(({ platform }) => platform !== target);
	return others.length > 0 && others.every(({ platform }) => platform.names.every((name) => formsOf(name).every((f) => f.length < 3 || !(lower.includes(` ${f} `) || spaced.includes(` ${f} `)) || fits(f)) && !vendorProduct(name, spaced)));
}

/**
 * The layer an nginx error line names behind it by the protocol it speaks to it: `upstream: "uwsgi://…"` is uWSGI's,
 * `upstream: "fastcgi://…"` the FastCGI server's (PHP-FPM). Only a protocol a platform is named by: `http://` names none.
 */
export function upstreamLayer(paste: string, platforms: readonly PlatformShortcut[]): string | undefined {
	const scheme = /\bupstream:\s*"?([a-z][a-z0-9+.-]*):\/\//i.exec(paste)?.[1]?.toLowerCase();
	return scheme ? platforms.find((p) => p.names.includes(scheme))?.href : undefined;
}

/** The pages of every platform named in the query ("nginx + uwsgi: …" names both), by name. */
export function platformsNamed(query: string, platforms: readonly PlatformShortcut[], messages: readonly string[] = []): string[] {
	// A platform named only by a message it prints (one of `messages`, the exact strings' keys) is not named: the query quotes it.
	return namesIn(query, platforms, messages)
		.filter(({ byName }) => byName)
		.map(({ platform }) => platform.href);
}

/**
 * A platform named anywhere in the query, as a word ("HAProxy LB 503 returned after…"), with
 * the code it names, if any: the platform's section for that code, else its page.
 */
export function platformMentioned(query: string, platforms: readonly PlatformShortcut[], messages: readonly string[] = []): { platform: PlatformShortcut; href: string; code?: string; flagged?: true } | undefined {
	// "502s" is a code too ("ALB 502s"), and so is one that ends a sentence ("gives 504. Working…").
	const code = /\s(5\d\d)s?\.?\s/.exec(paddedWords(query))?.[1];
	let best: { platform: PlatformShortcut; length: number; byName: boolean; own: boolean } | undefined;
	// A platform named by its name before one named only by a message it prints (`messages`, the exact strings' keys): in
	// "Gunicorn on Google Cloud Run get an 504 (Upstream Request Timeout)" the layer is Cloud Run, the words Envoy's. And one
	// named by a name of its own before one named only by words other platforms' names use too: "Netlify function timeout"
	// is Netlify's, though "function timeout" is a name of Lambda's and the longer.
	const tier = (n: { byName: boolean; own: boolean }) => (n.byName ? (n.own ? 2 : 1) : 0);
	for (const named of namesIn(query, platforms, messages)) if (!best || tier(named) > tier(best) || (tier(named) === tier(best) && named.length > best.length)) best = named;
	if (!best) return undefined;
	// A name that is one of the platform's own flags or codes ("SC--", "H12") names its section whose id begins with it
	// (#sc-connect-failed, #h12), on the code the query names, else on any.
	const { platform } = best;
	const lower = paddedWords(query);
	const flags = platform.names.filter((n) => /^[a-z]+\d*-*$/.test(n) && n.replace(/-+$/, '').length >= 2 && lower.includes(` ${n} `)).map((n) => n.replace(/-+$/, ''));
	const codes = code ? [code] : Object.keys(platform.sections);
	for (const c of codes) {
		const flagged = flags.length > 0 ? sectionsOn(platform, c).find((href) => flags.includes((href.split('#')[1] ?? '').split('-')[0]!)) : undefined;
		if (flagged) return { platform, href: flagged, code: c, flagged: true };
	}
	const section = code ? platform.sections[code] : undefined;
	return { platform, href: section ?? platform.href, ...(section && code ? { code } : {}) };
}

/**
 * What a title may say instead of a code ("function times out", "keep-alive timeout", "has crashed", "kills the child", "SSL
 * handshake"), each with the mark of the section ids that answer it and the code it is most often; the first that matches
 * decides (a keep-alive timeout is about keep-alive, not a slow answer; an SSL handshake that times out is a timeout).
 */
const SYMPTOMS: readonly { words: RegExp; id: RegExp; code: string }[] = [
	{ words: /\bkeep ?alives?\b/, id: /keep-?alive/, code: '502' },
	{ words: /\btime[sd]? ?outs?\b|\btimeouts?\b|\btoo long\b|\blong running\b/, id: /timeout|timed-out/, code: '504' },
	{ words: /\bcrash(es|ed|ing)?\b|\b(died|dies|killed|kills|segfault)\b/, id: /crash|died|killed/, code: '500' },
	// TLS to the layer behind: a handshake, a certificate ("unable to establish an SSL connection to the origin").
	{ words: /\b(ssl|tls|https? handshake|handshakes?|certificates?|certs?)\b/, id: /ssl|tls|handshake|cert/, code: '525' },
];

/**
 * The platform's section for a query that names a symptom and no code ("Traefik … despite timeout settings":
 * its timeout section), or none. Of its sections, the one whose id shares the most words with the query, the
 * symptom counting as one ("edge function has crashed": edge-function-crashed, not function-crashed; "timeout
 * … pm.max_children": max-children, whose own words are more); of equals, one on the symptom, then one on its
 * usual code, then the first. `reasons`: each code's reason phrase, for the codes the platform owns.
 */
export function symptomSection(query: string, platform: PlatformShortcut, reasons: ReadonlyMap<string, string> = new Map()): string | undefined {
	// A setting written in camel case says its words: "KeepAliveTimeout" is keep-alive and timeout.
	const lower = query.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
	const symptom = SYMPTOMS.find(({ words }) => words.test(lower));
	if (!symptom) return undefined;
	// A code the platform owns (Cloudflare's 524) is a section too, on its own page, its reason phrase its id ("a-timeout-occurred").
	const owned = (code: string) => {
		const reason = reasons.get(code);
		return ownsCode(platform, code) && reason ? [{ href: platform.sections[code]!, code, id: reason.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') }] : [];
	};
	const sections = Object.keys(platform.sections).flatMap((code) => [...sectionsOn(platform, code).map((href) => ({ href, code, id: href.split('#')[1] ?? '' })), ...owned(code)]);
	// A long id word may be written in two ("keep alive" for keepalive).
	const compact = lower.replace(/ /g, '');
	const named = (w: string) => new RegExp(`\\b${escapeRegExp(w)}`).test(lower) || (w.length >= 6 && compact.includes(w));
	// Its id words in the query with the symptom as one, then its id words alone, then whether it is on the
	// symptom, then on the symptom's usual code: each breaks the tie before.
	const rank = ({ id, code }: { id: string; code: string }) => {
		const on = symptom.id.test(id) ? 1 : 0;
		// An everyday word of the id ("too" in too-big-header) matched in "timeouts are too low" says nothing.
		const words = id.split('-').filter((w) => w.length >= 3 && !FILLER.has(w) && named(w)).length;
		return [words + on, words, on, code === symptom.code ? 1 : 0];
	};
	const above = (a: number[], b: number[]) => {
		const i = a.findIndex((v, j) => v !== b[j]);
		return i >= 0 && a[i]! > b[i]!;
	};
	let best: { href: string; rank: number[] } | undefined;
	for (const section of sections) {
		const r = rank(section);
		if (r[0]! > 0 && (!best || above(r, best.rank))) best = { href: section.href, rank: r };
	}
	return best?.href;
}

/** A common chain of layers (/chain/<slug>/), by the pages of its platforms. */
export interface ChainShortcut {
	href: string;
	title: string;
	/** Its layers' platform pages (`/platforms/aws-alb/`). */
	platforms: string[];
}

/** Words that may stand beside the layers' names in a query for their chain. */
const CHAIN_WORDS = new Set(['timeout', 'timeouts', 'error', 'errors', 'keepalive', 'keep-alive', 'idle', 'behind', 'and', 'with', 'to', 'chain', 'race', 'slow', 'intermittent']);

/**
 * "alb node 502", "cloudflare nginx php-fpm timeout": two or more platforms named in one query
 * are a chain of layers; the shortest common chain with all of them answers it.
 */
export function chainMentioned(query: string, platforms: readonly PlatformShortcut[], chains: readonly ChainShortcut[]): { href: string; title: string } | undefined {
	const lower = paddedWords(query);
	// Each platform by the longest of its names in the query; a phrase two platforms share ("lambda
	// proxy integration") or one inside another's names one thing, not two layers.
	const found = platforms.flatMap((p) => {
		const name = p.names.filter((n) => n.length >= 3 && lower.includes(` ${n} `)).sort((a, b) => b.length - a.length)[0];
		return name ? [{ href: p.href, name }] : [];
	});
	const named = found.filter((f) => !found.some((o) => o !== f && o.name.includes(f.name))).map((f) => f.href);
	if (named.length < 2) return undefined;
	// Only the layers, and words about them ("alb node 502", "… php-fpm timeout"): a title that says
	// more ("Follow up Lambda timeouts in API Gateway") wants the page that says it.
	let rest = lower;
	for (const { name } of found) rest = rest.replaceAll(` ${name} `, ' ');
	if (rest.split(' ').some((w) => w && !CHAIN_WORDS.has(w) && !/^5\d\d$/.test(w))) return undefined;
	return chains.filter((c) => named.every((href) => c.platforms.includes(href))).sort((a, b) => a.platforms.length - b.platforms.length)[0];
}

/**
 * The common chains with `platform` among their layers and another layer the query hints at by a word of its
 * names ("gunicorn behind google load balancer": Google's load balancer is a GCLB name's word), as a
 * symptom's answer beside the platform's section.
 */
export function chainsHinted(query: string, platform: PlatformShortcut, platforms: readonly PlatformShortcut[], chains: readonly ChainShortcut[]): string[] {
	const words = new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
	const own = new Set(platform.names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)));
	const hinted = new Set(platforms.filter((p) => p !== platform && p.names.some((n) => n.split(/[^\p{L}\p{N}]+/u).some((w) => words.has(w) && !own.has(w)))).map((p) => p.href));
	return chains.filter((c) => c.platforms.includes(platform.href) && c.platforms.some((href) => hinted.has(href))).map((c) => c.href);
}

/**
 * The query without numbers the site never mentions (pids, counts, ports in a pasted log line).
 * Pagefind matches a number it does not know by a short prefix of it ("8123" by "8"), which
 * narrows the results to the wrong pages; a number it does know (1033, 504) stays.
 */
export function dropUnknownNumbers(query: string, known: ReadonlySet<string>): string {
	if (known.size === 0) return query;
	const kept = query.split(' ').filter((word) => !/^\d+$/.test(word) || known.has(word));
	return kept.length ? kept.join(' ') : query;
}

/**
 * Whether the input is a paste (a log line, headers, an error page) rather than words typed to
 * find a page: the dialog then offers to diagnose it first. A pasted line carries the marks of a
 * machine: a status line, a time stamp, `key=value` fields, JSON, markup, or several lines.
 */
export function looksLikePaste(raw: string): boolean {
	const text = raw.trim();
	if (!text) return false;
	if (text.includes('\n') && text.split('\n').filter((l) => l.trim()).length >= 2) return true;
	if (text.length < 60) return false;
	const marks = [
		/\bHTTP\/[\d.]+["\s]+\d{3}\b|^HTTP\/[\d.]+ \d{3}/i, // status line, or a request and its status in an access log
		/\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d|\[?\b\d\d\/\w{3}\/\d{4}:\d\d:\d\d/, // time stamps (ISO, the Common Log Format's, bracketed or not)
		/(\b[\w.-]+=("[^"]*"|\S+)\s+){3}/, // key=value fields
		/^\s*[{[]\s*"/, // JSON
		/<\/?[a-z][a-z0-9]*[\s>]/i, // markup
		/\[(error|crit|warn|emerg|alert|notice)\]|\b\d+#\d+: \*\d+/i, // error-log levels, nginx's pid#tid
	];
	return marks.filter((re) => re.test(text)).length >= 1;
}

/**
 * "504 vs 524", "502 or 503", "difference between 520 and 522": two codes to compare, lower
 * first, or undefined.
 */
export function versusCodes(raw: string, reasons: ReadonlyMap<string, string> = new Map(), listed: (a: number, b: number) => boolean = () => false): [number, number] | undefined {
	const pair = (a: number, b: number): [number, number] | undefined => (a === b ? undefined : a < b ? [a, b] : [b, a]);
	const m = /\b(5\d\d)\b\s*(?:(vs\.?|versus|or|v|compared to)|and|\/|&|-)\s*(?:error\s+|http\s+)?\b(5\d\d)\b/i.exec(raw);
	// "502/503 errors" or "502 and 503" with a platform named whose page answers both (`listed`) lists the errors it
	// sends; "vs" or "or" still compares them.
	if (m && (m[2] || !listed(Number(m[1]), Number(m[3])))) return pair(Number(m[1]), Number(m[3]));
	// Codes written as their reason phrases ("Service Unavailable vs Gateway Timeout"), the longest first. Only with a
	// word that compares: "Connection timed out and 502" is a 502, not 522 against 502.
	let text = raw;
	for (const [code, reason] of [...reasons].sort((a, b) => b[1].length - a[1].length)) {
		text = text.replace(new RegExp(`\\b${escapeRegExp(reason)}\\b`, 'gi'), code);
	}
	const named = /\b(5\d\d)\b\s*(?:vs\.?|versus|compared (?:to|with))\s*\b(5\d\d)\b/i.exec(text) ?? /\bdifference between (5\d\d) and (5\d\d)\b/i.exec(text);
	return named ? pair(Number(named[1]), Number(named[2])) : undefined;
}

/** A question about a code that every code page answers in a section of its own. */
export type CodeTopic = 'retry' | 'differs' | 'meaning';

/**
 * What each topic is called in a title: "Retry on 524", "is it safe to resend a 503", "504 vs other server errors".
 * Retries a title reports ("Retrying in 4s · attempt 6/10", "client sees all retries fail") are what happened, not
 * a question: "retries", "retried" and "retrying" ask only beside a word that asks ("should", "safe", "when", "?").
 */
const CODE_TOPICS: readonly { topic: CodeTopic; words: RegExp }[] = [
	{ topic: 'retry', words: /\b(re-?try|re-?send|send (it )?again|idempotent|idempotency|retry-?able)\b|\b(retries|retried|retrying)\b(?=.*(\?|\b(should|safe|safely|when|whether|how|can|policy)\b))|\b(should|safe|safely|when|whether|how|can)\b.*\b(retries|retried|retrying)\b/ },
	{ topic: 'differs', words: /\b(vs|versus|differ|differs|difference|differences|different from|compared?|comparison)\b/ },
	{ topic: 'meaning', words: /\b(mean|means|meaning|meanings|definition|stands? for)\b/ },
];

/**
 * The one code a typed query names with a topic its page answers in a section every code page has
 * ("Retry on 524": 524's section on retrying; "504 Gateway Timeout vs other server errors": how 504
 * differs; "502 error meaning": what 502 means), or none. Two codes compared are versusCodes()'s; a query naming no code or several is not one.
 */
export function codeTopic(query: string): { code: string; topic: CodeTopic } | undefined {
	const lower = query.toLowerCase();
	const codes = new Set(lower.match(/(?<![\w.])5\d\d(?!\w)/g) ?? []);
	if (codes.size !== 1 || versusCodes(query)) return undefined;
	const found = CODE_TOPICS.find(({ words }) => words.test(lower));
	return found ? { code: [...codes][0]!, topic: found.topic } : undefined;
}

/** A timer's default or longest value and where it is explained: [seconds, its section or row, its platform's page, its platform and name]. */
export type TimerValue = [seconds: number, href: string, platform: string, title: string];

/** The durations a query quotes, in seconds: "230 second", "29 seconds", "100s", "1 min", "15 minutes", "500ms". */
export function secondsQuoted(query: string): number[] {
	const found: number[] = [];
	// Minutes and seconds written as one duration ("3 mins. 50 seconds", "3m50s", "3分50秒"): their sum, not each part.
	const text = query.toLowerCase().replace(/(?<![\w.])(\d+) ?(?:m|mins?|minutes?|分钟?)\.?,? ?(?:and )?(\d+) ?(?:s|secs?|seconds?|秒)(?![a-z0-9_])/g, (_, m: string, sec: string) => {
		found.push(Number(m) * 60 + Number(sec));
		return ' ';
	});
	for (const m of text.matchAll(/(?<![\w.])(\d+(?:\.\d+)?) ?(ms|milliseconds?|s|secs?|seconds?|秒|m|mins?|minutes?|分钟|h|hrs?|hours?)(?![a-z0-9_])/g)) {
		const n = Number(m[1]);
		const unit = m[2]!;
		found.push(/^(ms|milli)/.test(unit) ? n / 1000 : /^h/.test(unit) ? n * 3600 : /^(m|分)/.test(unit) ? n * 60 : n);
	}
	return found;
}

/**
 * The timer whose default or limit a query that names no platform quotes ("HTTP status code for 230 second
 * timeout": App Service's request timeout), when every timer with that value is one platform's. Values many
 * layers share (60 s) say nothing. A query that names its platform is left to that platform's sections: people
 * round a limit ("API Gateway timeout after 30 seconds" is the REST API's 29 s, not the HTTP API's 30 s).
 */
export function timerQuoted(query: string, timers: readonly TimerValue[]): TimerValue | undefined {
	// A wait before trying again ("Retrying in 1 seconds… (attempt 2/10)", "retry after 30s") is a client's back-off, not a timer.
	const seconds = secondsQuoted(query.replace(/\b(?:re-?try(?:ing)?|retries|back(?:ing)?[ -]?off|wait(?:ing)?|sleep(?:ing)?)(?: again)?(?: in| after| for)? ~?\d+(?:\.\d+)? ?[a-z秒分]+/gi, ' '));
	if (seconds.length === 0) return undefined;
	const found = timers.filter(([value]) => seconds.includes(value));
	return new Set(found.map(([, , platform]) => platform)).size === 1 ? found[0] : undefined;
}

/** A page of the site that people name by a word or two ("timeouts", "diagnose", "haproxy"). */
export interface NamedPage {
	href: string;
	title: string;
	/** Lowercase names that mean this page when typed alone. */
	names: string[];
}

/**
 * A timer named by its own words in a query that names no platform ("Issues with route timeout configuration": Envoy's
 * route timeout): of the timers on /timeouts/ (`timers`, their sections there, `/timeouts/#envoy-route-timeout`), the one
 * whose name, two words or more after its platform's, the query holds, when no other platform's timer has that name in its own.
 */
export function timerNamed(query: string, timers: readonly string[], platforms: readonly PlatformShortcut[]): string | undefined {
	const lower = ` ${query.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	const slugs = platforms.map((p) => p.href.split('/')[2] ?? '').filter(Boolean);
	const named = timers.flatMap((href) => {
		const id = href.split('#')[1] ?? '';
		const slug = slugs.filter((s) => id.startsWith(`${s}-`)).sort((a, b) => b.length - a.length)[0];
		return slug ? [{ href, slug, name: ` ${id.slice(slug.length + 1).replace(/-/g, ' ')} ` }] : [];
	});
	// A name other platforms' timers hold too ("idle timeout": ALB's, and in Envoy's "upstream idle timeout") names none.
	const found = named.filter((t) => t.name.trim().includes(' ') && lower.includes(t.name) && !named.some((o) => o.slug !== t.slug && o.name.includes(t.name)));
	return found.length === 1 ? found[0]!.href : undefined;
}

/**
 * What a shortcut to a section shows for it until the index has found it with its heading: a timer's row on
 * /timeouts/ as its platform and name ("AWS Application Load Balancer: deregistration delay"), any other section as
 * the words of its id ("During a deploy agic"), never the bare id.
 */
export function sectionLabel(href: string, platforms: readonly Pick<PlatformShortcut, 'href' | 'name'>[]): string {
	const id = href.split('#')[1] ?? '';
	const platform = href.startsWith('/timeouts/') ? platforms.filter((p) => id.startsWith(`${p.href.split('/')[2]}-`)).sort((a, b) => b.href.length - a.href.length)[0] : undefined;
	const words = (platform ? id.slice((platform.href.split('/')[2] ?? '').length + 1) : id).replace(/-/g, ' ');
	return platform ? `${platform.name}: ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Whether a query asks how to set a timeout ("Set gateway timeout", "increase timeout"): a word of setting and the word
 * timeout. With no platform, timer or code named, the reference of every timer (/timeouts/) answers it.
 */
export function asksToSetTimeout(query: string): boolean {
	return asksToChange(query) && /\btime ?outs?\b/i.test(query);
}

/** Whether a query asks to change something ("Increase `server.keepAliveTimeout`"): a word of setting or changing. */
export function asksToChange(query: string): boolean {
	// "… even though the timeout is set to 3600s" tells what was set, and that it did not help: not how to set it.
	return /\b(?<!\b(?:is|was|are|were|been|being|already|it's|that's)\s)(set|setting|increase|increasing|configure|configuring|configuration|change|adjust|raise|extend|lower|decrease)\b/i.test(query);
}

/** The page a query names alone (its name, with "page", "the", a plural or "what is" around it), if one does. */
export function namedPage(query: string, pages: readonly NamedPage[]): NamedPage | undefined {
	const words = query.toLowerCase().replace(/[^\p{L}\p{N}.\s-]+/gu, ' ').replace(/\s+/g, ' ').trim();
	// A name that holds one of the words left out below ("status page" for /status-pages/), in the singular or the plural.
	const whole = pages.find((p) => p.names.includes(words) || p.names.includes(`${words}s`));
	if (whole) return whole;
	const bare = words
		.replace(/\b(the|page|pages|list|of|all|every|a|an|what|is|show|me|open|go|to|tool)\b/g, (w, _x, _at: number, all: string) => (all.trim() === w ? w : ' '))
		.replace(/\s+/g, ' ')
		.trim();
	if (!bare) return undefined;
	const singular = bare.replace(/s$/, '');
	return pages.find((p) => p.names.includes(bare) || p.names.includes(singular));
}

/** The site's words, most frequent first (the build's `words.txt`), as the search looks them up. */
export interface Vocabulary {
	words: readonly string[];
	known: ReadonlySet<string>;
	rank: ReadonlyMap<string, number>;
}

/**
 * A pasted line's words without its one- and two-character tokens that hold a digit ("h2", "v1",
 * "-1"): a log's fields, not the reader's words, and Pagefind would match each as the start of
 * longer ones ("h2" finds Heroku's H20 to H28). Two letters stay: Envoy's flags ("UC", "UH") say much.
 */
export function pastedWords(query: string): string {
	return query
		.split(' ')
		.filter((w) => w.length >= 3 || !/\d/.test(w))
		.join(' ');
}

/**
 * The words of a normalised query worth a search of their own, rarest first, at most `max`: a
 * misspelt word corrected; a word the site never uses left out (Pagefind would match it by a
 * prefix of it); a number the site never mentions left out. A word too short for the word list
 * ("alb", "UH") or a compound ("web.config", "keep-alive") stays. `codes`: the error codes the site's
 * messages quote (snake_case words of the exact strings). `splitCompounds`: a typed query, whose
 * compounds the site does not use whole are searched by their parts as well.
 */
export function searchTerms(query: string, vocabulary: Vocabulary, max: number, codes: ReadonlySet<string> = new Set(), splitCompounds = false): string[] {
	const { words, known, rank } = vocabulary;
	if (known.size === 0) return query.split(' ').filter(Boolean).slice(0, max);
	const corrected = dropUnknownNumbers(correctSpelling(query, words, known), known).split(' ').filter(Boolean);
	// A compound's parts: web.config, keep-alive, proxy_read_timeout, and camelCase (terminationGracePeriodSeconds).
	const isCompound = (w: string) => /[-._]/.test(w) || /\p{Ll}\p{Lu}/u.test(w);
	const parts = (w: string) =>
		w
			.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
			.toLowerCase()
			.split(/[-._ ]/)
			.filter((p) => p.length >= 4 && !/\d/.test(p));
	const usable = corrected.filter((w) => {
		const lower = w.toLowerCase();
		if (lower.length < 4 || /\d/.test(lower) || known.has(lower)) return true;
		// A compound whose long parts the site uses.
		return isCompound(w) && parts(w).length > 0 && parts(w).every((p) => known.has(p));
	});
	// A compound the site does not use whole (load-balancer-attributes, timeoutSec) matches no page as one word: its parts
	// the site uses are searched as well, in a typed query (`splitCompounds`). In a paste only when nothing else is left:
	// beside its other words they would crowd them out (INTERNAL_DEPLOYMENT_FETCH_FAILED's "internal", "failed").
	// An error code in capitals the site does not list (INTERNAL_DEPLOYMENT_FETCH_FAILED) is not described by its words.
	const unknownWhole = (w: string) => isCompound(w) && !known.has(w.toLowerCase());
	const splits = (w: string) => unknownWhole(w) && (w !== w.toUpperCase() || usable.every(unknownWhole));
	if (splitCompounds || usable.every(unknownWhole)) for (const w of corrected) if (splits(w)) usable.push(...parts(w).filter((p) => known.has(p)));
	// A setting written as words ("Proxy buffer size needs to be increased"): three or four words in a row that, joined by
	// underscores, are a word of the site's (proxy_buffer_size) are searched as that word as well. Not two ("invalid SSL
	// certificate" is not about ssl_certificate), nor an error code the site quotes (`codes`: "internal server error" is
	// not Vercel's INTERNAL_SERVER_ERROR).
	const lower = corrected.map((w) => w.toLowerCase());
	for (let i = 0; i < lower.length; i++) {
		for (let n = Math.min(4, lower.length - i); n >= 3; n--) {
			const joined = lower.slice(i, i + n).join('_');
			if (known.has(joined) && !codes.has(joined)) {
				usable.push(joined);
				break;
			}
		}
	}
	// A word's rarity: its place in the list (rarer further down). A short word is not in the list:
	// a code or an abbreviation ("UH", "alb") says much, so count it as rare.
	const rarity = (w: string) => rank.get(w.toLowerCase()) ?? words.length;
	const unique = [...new Map(usable.map((w) => [w.toLowerCase(), w])).values()];
	return unique
		.map((w, i) => ({ w, i }))
		.sort((a, b) => rarity(b.w) - rarity(a.w) || a.i - b.i)
		.slice(0, max)
		.map(({ w }) => w);
}

/**
 * An exact string of the site (an error message, a setting; its first {@link EXACT_KEY_WORDS} words)
 * and the section that explains it; `preferred` 0 for a message the proxy in front prints about the layer.
 */
export type ExactString = [key: string, href: string, preferred?: 0];

/** The words of a string the search compares: enough to tell it apart, and a pasted line's own variable tail left off. */
export const EXACT_KEY_WORDS = 12;

/** A structured log line's framing fields with their values: logfmt (`time="…" level=debug`) or JSON (`"level":"error","ts":1646861401.52`). */
const LOG_FIELDS = /(["']?)\b(time|ts|level|lvl|logger|caller)\1\s*[:=]\s*("[^"]*"|[^\s,}"]+)/g;
/**
 * The fields nginx writes after an error-log message (`client: 203.0.113.7, server: example.com`, `host: "example.com"`),
 * named and valued: they differ in every line. `upstream:` stays, its scheme says the layer behind; so does `request:`,
 * whose request line VOLATILE drops (a title may quote a message after "request:").
 */
const NGINX_FIELDS = /,?\s*\b(?:client|server|host|referrer): ("[^"]*"|[^\s,]*)/g;
/** The key that names a structured log line's message (`msg="…"`, `"msg":"…"`), its value kept. */
const LOG_MESSAGE_KEY = /(["']?)\bmsg\1\s*[:=]\s*/g;

/**
 * glibc's text for the Linux errno values nginx and others log on a failed upstream (`(110: Connection timed out)`).
 * musl, the C library of Alpine images (ingress-nginx's among them), words three of them its own way ("Operation timed
 * out", "Host is unreachable", "Address not available": musl's src/errno/__strerror.h since 0.9.10, read 2026-12-06 at
 * 86373b49): the number says which.
 */
const ERRNO_TEXT: Readonly<Record<string, string>> = {
	2: 'no such file or directory',
	11: 'resource temporarily unavailable',
	13: 'permission denied',
	32: 'broken pipe',
	99: 'cannot assign requested address',
	104: 'connection reset by peer',
	110: 'connection timed out',
	111: 'connection refused',
	113: 'no route to host',
};

/** A tag of the elements error pages are written with (<h1>, <p>, <hr/>, <center>, <body>). */
const HTML_TAG = /<!doctype[^<>]*>|<\/?(?:html|head|body|title|h[1-6]|p|hr|br|center|div|span|pre|address|b|i|em|strong|a|font|small|code|ul|li|meta|style|script)(?:\s[^<>]*)?\/?>/gi;

/**
 * A string as the search compares it: lower case, the parts that differ every time (ids,
 * times, addresses, numbers) left out, one space between words. The same for a page's string
 * (at build time) and for what a reader pastes.
 */
export function exactKey(text: string): string {
	// An error page's markup is not its words: "<p>The server encountered …<hr/>" reads as the message it shows. Only
	// HTML's own elements: HAProxy's <NOSRV> and Traefik's entryPoints.<name> are words of the line.
	let clean = text.toLowerCase().replace(HTML_TAG, ' ');
	clean = clean.replace(/\((\d+): [^)]*\)/g, (whole, errno: string) => (ERRNO_TEXT[errno] ? `(${errno}: ${ERRNO_TEXT[errno]})` : whole));
	// A unix socket's path varies, its file name says which layer listens on it: "unix:/var/run/php7.2-fpm.sock" is "unix php-fpm.sock".
	clean = clean.replace(/unix:\s*\/*(?:[^\s"':/]+\/)*([^\s"':/]+)/g, (_, file: string) => `unix ${file.replace(/\d+(\.\d+)*/g, '')}`);
	// A structured log line's own fields (logfmt time= level=, JSON "ts" "logger") frame its message, and "msg" only names it: a
	// title that quotes the message alone ("'504 Gateway Timeout' caused by: dial tcp …") is the same string.
	clean = clean.replace(LOG_FIELDS, ' ').replace(LOG_MESSAGE_KEY, ' ').replace(NGINX_FIELDS, ' ');
	// "localhost" is an address like 127.0.0.1 ("failed to make connection to backend: localhost").
	clean = clean.replace(/\blocalhost\b/g, ' ');
	for (const pattern of VOLATILE) clean = clean.replace(pattern, ' ');
	return clean
		// Numbers go, but a status code's sub-status (IIS's 500.19, 502.5) tells its sections apart.
		.replace(/\b\d+(?:\.\d+)*\b/g, (n) => (/^5\d\d\.\d{1,2}$/.test(n) ? n : ' '))
		.replace(/[^\p{L}\p{N}_.]+/gu, ' ')
		.replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Whether a key is specific enough to stand for its section: several words, or one long setting name or code, dotted or
 * snake_case (`text`, the string as written, for a name in camel case the key writes in lower case: "LambdaInvalidResponse",
 * "keepAliveTimeout").
 */
export function isTellingKey(key: string, text: string = key): boolean {
	const words = key.split(' ');
	if (words.length >= 2) return key.length >= 12;
	const camel = /^\p{L}+$/u.test(text.trim().replace(/^\W+|\W+$/gu, '')) && /\p{Ll}\p{Lu}/u.test(text);
	return (/[_.]/.test(key) || camel) && key.length >= (camel ? 12 : 8);
}

/**
 * Whether layers that share a string alike (`layers`, their pages) are for the index to choose between, in a query that
 * names the platforms `named`: it names none, or one of them. "connection reset by peer cloudflare" quotes Apache's and
 * nginx's message, but asks about Cloudflare.
 */
export function tieApplies(layers: readonly string[], named: readonly string[]): boolean {
	return named.length === 0 || layers.some((layer) => named.includes(layer));
}

/** The layer a section is about: a platform's page (its sections alike), or the section itself (a code page, a timer on /timeouts/). */
const layerOf = (href: string) => (href.startsWith('/platforms/') ? href.split('#')[0] : href);

/**
 * The site's exact string that a query holds (a pasted log line around an error message, whose
 * own variable parts may differ: a run of four words or more of it, from one of its first three
 * words on, is enough) or that holds
 * the query (the start of a message typed from memory): the longest match, and of equal ones the
 * one its section explains first-hand; none when two sections share it alike.
 */
export function exactString(query: string, table: readonly ExactString[], reasons: ReadonlySet<string> = new Set(), named: readonly string[] = []): ExactString | undefined {
	const found = exactStrings(query, table, reasons, named);
	return found.length === 1 ? found[0] : undefined;
}

/** An Apache message id, as exactKey() writes it. @see https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat */
const AH_ID = /\bah\d{5}\b/g;

/** The error codes a table's strings quote, three words or more joined by underscores (FUNCTION_INVOCATION_FAILED): once per table, not per keystroke. */
const isErrorCode = (w: string) => /^[a-z0-9]+(_[a-z0-9]+){2,}$/.test(w);
const quotedCodes = new WeakMap<readonly ExactString[], ReadonlySet<string>>();
function codesOf(table: readonly ExactString[]): ReadonlySet<string> {
	let codes = quotedCodes.get(table);
	if (!codes) quotedCodes.set(table, (codes = new Set(table.flatMap(([key]) => key.split(' ').filter(isErrorCode)))));
	return codes;
}

/** An exact key without the words people put around a reason phrase ("502 Bad Gateway error", "HTTP status 503"). */
const withoutAsides = (key: string) => key.replace(/\b(error|errors|code|http|status)\b/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The code a typed query names by its reason phrase alone, with or without its number and the words around it ("bad
 * gateway", "502 Bad Gateway", "Internal Server Error", "HTTP 503 Service Unavailable error"): that code's page
 * answers it, before any layer whose message begins with the phrase. A number that is not the code's is another code
 * ("503 Bad Gateway"): none. `reasons`: each code with its reason phrase.
 */
export function reasonPhraseCode(query: string, reasons: ReadonlyMap<string, string>): string | undefined {
	const words = withoutAsides(exactKey(query));
	if (!words) return undefined;
	const numbers = query.match(/\b\d{3}\b/g) ?? [];
	for (const [code, reason] of reasons) {
		if (withoutAsides(exactKey(reason)) === words && numbers.every((n) => n === code)) return code;
	}
	return undefined;
}

/**
 * Like {@link exactString}, but when two layers or more share the best match alike (proxy_read_timeout is nginx's
 * and Cloudflare's), each of their entries (one per layer), for the index to decide between.
 */
export function exactStrings(query: string, table: readonly ExactString[], reasons: ReadonlySet<string> = new Set(), named: readonly string[] = []): ExactString[] {
	const typed = exactKey(query);
	if (!typed) return [];
	const padded = ` ${typed} `;
	// A code's reason phrase with a word or two about it ("502 Bad Gateway error") asks about the code, not about the
	// one layer whose message happens to begin with that phrase.
	const reasonOnly = reasons.has(withoutAsides(typed));
	const partOfOne = typed.split(' ').length >= 3 && typed.length >= 15 && !reasonOnly;
	// An error code of three words or more the site does not list, that ends with one it does, is that code's variant
	// (Vercel's INTERNAL_FUNCTION_INVOCATION_FAILED, its platform-side FUNCTION_INVOCATION_FAILED): the code it ends with.
	const codes = codesOf(table);
	const tails = typed
		.split(' ')
		.filter((w) => isErrorCode(w) && !codes.has(w))
		.flatMap((w) => {
			const parts = w.split('_');
			const tail = parts.map((_, i) => parts.slice(i).join('_')).find((t, i) => i > 0 && codes.has(t));
			return tail ? [tail] : [];
		});
	let best: { entry: ExactString; length: number; rank: number; whole: boolean; tied: ExactString[] } | undefined;
	// How many words of a section's id ("edge-function-crashed") the query holds.
	const typedWords = new Set(typed.split(' '));
	const idWordsIn = (href: string) => (href.split('#')[1] ?? '').split('-').filter((w) => w.length >= 3 && typedWords.has(w)).length;
	// Apache's message ids (AH01102): a line with one is not another id's message, however many words they share
	// ("(70007)The timeout specified has expired: … AH01102: error reading status line" is not AH01075's).
	const ahIds = new Set(typed.match(AH_ID) ?? []);
	const candidates = ahIds.size > 0 ? table.filter((entry) => (entry[0].match(AH_ID) ?? []).every((id) => ahIds.has(id))) : table;
	for (const entry of candidates) {
		const words = entry[0].split(' ');
		const whole = padded.includes(` ${entry[0]} `);
		let length = whole ? entry[0].length : 0;
		// Or a run of it from one of its first words on: four words or more ({"message": "Endpoint request timed out"}),
		// or two long ones (Envoy's "UC upstream_reset_before_response_started{connection_termination}").
		for (let start = 0; !length && start <= Math.min(2, words.length - 2); start++) {
			let end = words.length;
			while (end - start >= 2 && !padded.includes(` ${words.slice(start, end).join(' ')} `)) end--;
			const run = words.slice(start, end).join(' ');
			if ((end - start >= 4 && run.length >= 20) || (end - start >= 2 && run.length >= 40)) length = run.length;
		}
		if (!length && partOfOne && ` ${entry[0]} `.includes(padded)) length = typed.length;
		// One setting name, part of a longer one: "idle_timeout" in "idle_timeout.timeout_seconds".
		if (!length && isTellingKey(typed) && !typed.includes(' ') && entry[0].split(/[ .]/).includes(typed)) length = typed.length;
		if (!length) for (const tail of tails) if (words.includes(tail)) length = Math.max(length, tail.length);
		if (!length) continue;
		// Of matches as long: one on a layer the query names, above all the layer behind the proxy that prints it ("nginx +
		// uwsgi: upstream prematurely closed connection" is uWSGI's); then a string the query holds whole before part of a
		// longer one (Lambda's "Task timed out after … seconds" before Netlify's line that wraps it); then first-hand.
		const onNamed = named.some((href) => entry[1].startsWith(href));
		// A code page's own message comes after any layer's section with as long a match: the layer's says more.
		const rank = /^\/5\d\d\//.test(entry[1]) && entry[2] === 0 ? -1 : (onNamed ? (entry[2] === 0 ? 8 : 4) : 0) + (whole ? 2 : 0) + (entry[2] === 0 ? 0 : 1);
		// Two sections of one page whose strings the query holds whole (an error page's heading and a sentence of its body):
		// the one whose id the query's words name more ("This edge function has crashed … An unhandled error in the function
		// code …" is #edge-function-crashed, not #function-crashed), whichever string is longer.
		const byId = best && whole && best.whole && best.entry[1] !== entry[1] && layerOf(best.entry[1]) === layerOf(entry[1]) ? idWordsIn(entry[1]) - idWordsIn(best.entry[1]) : 0;
		if (byId < 0) continue;
		if (!best || byId > 0 || length > best.length || (length === best.length && rank > best.rank)) best = { entry, length, rank, whole, tied: [] };
		// Of sections of one platform's page alike, the first (the page's commoner cause); of two layers, neither.
		else if (length === best.length && rank === best.rank && ![best.entry, ...best.tied].some((e) => layerOf(e[1]) === layerOf(entry[1]))) best.tied.push(entry);
	}
	// A string two layers share alike (proxy_read_timeout is nginx's and Cloudflare's) is no one section's: the index decides.
	if (best) return [best.entry, ...best.tied];
	// None: its words may be run together or split apart ("request timedout" for "request timed out", "keep alive" for
	// "keepalive"). Compared without the spaces, a run of four words or more of it from one of its first words on.
	const compact = typed.replace(/ /g, '');
	const found: { entry: ExactString; length: number }[] = [];
	for (const entry of candidates) {
		const words = entry[0].split(' ');
		let length = 0;
		for (let start = 0; !length && start <= Math.min(2, words.length - 4); start++) {
			for (let end = words.length; !length && end - start >= 4; end--) {
				const run = words.slice(start, end).join('');
				if (run.length >= 20 && compact.includes(run)) length = run.length;
			}
		}
		if (length) found.push({ entry, length });
	}
	// Still none: a message typed from memory with words left out ("Failed while connecting to upstream" for "connect()
	// failed (111: Connection refused) while connecting to upstream"): every word of a title of four words or more, in
	// order, in one message; of several, those its section explains first-hand, then the shortest.
	const inOrder = typed.split(' ');
	if (found.length === 0 && inOrder.length >= 4 && !reasonOnly) {
		for (const entry of candidates) {
			let j = 0;
			for (const w of entry[0].split(' ')) if (w === inOrder[j]) j++;
			if (j === inOrder.length) found.push({ entry, length: (entry[2] === 0 ? 0 : 1000) - entry[0].length });
		}
	}
	const longest = Math.max(-Infinity, ...found.map((f) => f.length));
	const first = found.filter((f) => f.length === longest).map((f) => f.entry);
	// As above: of one layer's sections the first; of two layers, each's for the index to decide.
	return first.filter((e, i) => !first.slice(0, i).some((f) => layerOf(f[1]) === layerOf(e[1])));
}

/**
 * The text with each word the site never uses corrected against its word list, punctuation kept ("Enpoint request
 * timedout error (Django…)" reads "endpoint request timedout error (django…)"), for an exact string typed with a typo.
 */
export function correctWords(text: string, vocabulary: Pick<Vocabulary, 'words' | 'known'>): string {
	if (vocabulary.known.size === 0) return text;
	return text
		.split(/([^\p{L}\p{N}_.'-]+)/u)
		.map((part, i) => (i % 2 === 1 || !part ? part : correctSpelling(part, vocabulary.words, vocabulary.known)))
		.join('');
}
