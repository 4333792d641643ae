// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * The evidence in one response or one set of log lines, and what it says about who sent it. Every
 * mark comes from the platform pages (data.ts): headers, page text and log formats that give a
 * layer away, its exact error strings, and codes only one vendor sends. A mark is *specific* when
 * it belongs to one layer (a vendor header, a brand footer, an error only it prints, its log
 * format) and *generic* when many layers print it ("502 Bad Gateway"). The verdict's confidence
 * follows from that: "sure" and "most likely" need specific marks, and marks of two layers that
 * cannot both have sent the response are said to conflict.
 */
import type { DiagnoseData, DiagnoseError, DiagnosePlatform } from './data';
import type { Line } from './input';
import { escapeRegExp } from '../lib/regexp';

/** A line of the paste that supports a finding: its number in the paste and its text. */
export interface Evidence {
	line: number;
	text: string;
}

export type MarkKind = 'header' | 'body' | 'log' | 'error' | 'code' | 'name';

/** One thing in the paste that points at a layer. */
export interface Mark {
	platform: string;
	kind: MarkKind;
	/** `generated`: this layer wrote the response or the line; `via`: the response passed through it; `next`: the layer behind the one that answered. */
	role: 'generated' | 'via' | 'next';
	specific: boolean;
	/** What the mark tells, in one sentence. */
	note: string;
	source?: string | undefined;
	error?: DiagnoseError | undefined;
	evidence: Evidence;
	/** The index of the line in the text it was found on; -1 across lines, -2 a header. */
	at: number;
	/** How many characters of the line the mark's pattern or string covered: on one line, the longer match is the more telling. */
	span: number;
}

export interface Header {
	name: string;
	value: string;
	line: number;
}

const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,60}$/;
const unquoted = (s: string) => (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s);

/**
 * A line as a header field, `name: value`, also quoted as in a JSON or JavaScript dump
 * (`'server': 'awselb/2.0',`). Cut at the first colon and trimmed, in one pass: a regular
 * expression with a lazy value between two runs of spaces took seconds on a line of spaces.
 */
export function headerField(line: string): { name: string; value: string } | undefined {
	const colon = line.indexOf(':');
	if (colon < 1 || colon > 70) return undefined;
	const name = unquoted(line.slice(0, colon).trim());
	if (!HEADER_NAME.test(name)) return undefined;
	let value = line.slice(colon + 1).trim();
	if (value.endsWith(',')) value = value.slice(0, -1).trimEnd();
	return { name: name.toLowerCase(), value: unquoted(value) };
}

/** Header fields among the lines, also as HTTP clients log them (`{ "name": "Server", "value": "Netlify" }`). */
export function headersOf(lines: readonly Line[]): Header[] {
	const headers: Header[] = [];
	for (const { text, from } of lines) {
		if (text.length > 8000) continue;
		const field = headerField(text);
		if (field) headers.push({ ...field, line: from });
		if (text.includes('"name"')) {
			const named = /"name"\s*:\s*"([A-Za-z0-9-]{1,60})"/.exec(text);
			const valued = /"value"\s*:\s*"([^"]{0,2000})"/.exec(text);
			if (named && valued) headers.push({ name: named[1]!.toLowerCase(), value: valued[1]!, line: from });
		}
	}
	return headers;
}

/** Runs of white space as one space, lowercase: how plain strings are compared. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const compiled = new Map<string, RegExp | null>();
/** A content pattern compiled once; a pattern that does not compile never matches. */
export function regex(pattern: string): RegExp | null {
	if (!compiled.has(pattern)) {
		try {
			compiled.set(pattern, new RegExp(pattern, 'i'));
		} catch {
			compiled.set(pattern, null);
		}
	}
	return compiled.get(pattern)!;
}

/** The lines as the matcher reads them: each, folded, and all of them joined (for text a page wraps). */
export interface Text {
	lines: readonly Line[];
	folded: string[];
	joined: string;
	joinedFolded: string;
	headers: Header[];
	/** Indexes of the lines in a response's header block (after a status line, up to the blank line): not page text. */
	headerBlock: ReadonlySet<number>;
}

function headerBlockOf(lines: readonly Line[]): Set<number> {
	const block = new Set<number>();
	for (let i = 0; i < lines.length; i++) {
		if (!/^\s*HTTP\/[\d.]+ \d{3}\b/i.test(lines[i]!.text)) continue;
		for (let j = i + 1; j < lines.length && lines[j]!.text.trim() && headerField(lines[j]!.text); j++) block.add(j);
	}
	return block;
}

export function textOf(lines: readonly Line[]): Text {
	const joined = lines.map((l) => l.text).join('\n');
	return { lines, folded: lines.map((l) => fold(l.text)), joined, joinedFolded: fold(joined), headers: headersOf(lines), headerBlock: headerBlockOf(lines) };
}

const evidenceAt = (t: Text, i: number): Evidence => ({ line: t.lines[i]!.from, text: t.lines[i]!.text.trim().slice(0, 400) });
const firstLine = (t: Text): Evidence => {
	const i = t.lines.findIndex((l) => l.text.trim());
	return i >= 0 ? evidenceAt(t, i) : { line: 1, text: '' };
};

const names = new Map<string, RegExp | null>();
/** A word-bounded pattern for a layer's names, outside URLs and host names (`nginx.example.com` is not a mention). */
function namePattern(list: readonly string[]): RegExp | null {
	const key = list.join('|');
	if (!names.has(key)) {
		const isDomain = (n: string) => /^[\w-]+(\.[\w-]+)+$/.test(n);
		const words = list.filter((n) => !isDomain(n)).map(escapeRegExp);
		// A domain name ("azurewebsites.net") also matches as the end of a host name, in a URL too (https://myapp.azurewebsites.net/).
		const domains = list.filter(isDomain).map(escapeRegExp);
		const parts = [
			...(words.length ? [`(?<![\\w./-])(?:${words.join('|')})(?![\\w/-]|\\.\\w)`] : []),
			...(domains.length ? [`(?<![\\w-])(?:[\\w-]+\\.)*(?:${domains.join('|')})(?![\\w-])`] : []),
		];
		names.set(key, parts.length ? new RegExp(parts.join('|'), 'i') : null);
	}
	return names.get(key)!;
}

/** Each pattern with the `m` flag, for one test of the whole text; null for a pattern that must be tried line by line. */
const wholeText = new WeakMap<RegExp, RegExp | null>();

/**
 * False when `re` matches none of the lines nor the whole text, found by one scan of the joined
 * text instead of one per line (a 1 MB log has thousands). With `m`, ^ and $ match at each line's
 * ends as they do on the line alone, and a match on one line is a match in the joined text. Not so
 * for a negative lookaround, which sees the line break at a line's edge where the line alone ends:
 * such a pattern is always tried line by line.
 */
export function mayMatch(re: RegExp, t: Text): boolean {
	let whole = wholeText.get(re);
	if (whole === undefined) {
		whole = /\(\?<?!/.test(re.source) ? null : new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}m`);
		wholeText.set(re, whole);
	}
	return whole === null || whole.test(t.joined);
}

/** Where a pattern matches: the first line it matches, or the whole text when it spans lines. Page text is not looked for among header fields. */
function findPattern(re: RegExp, t: Text, spans: boolean, inHeaders = true): { evidence: Evidence; index: number; span: number; start: number } | undefined {
	if (!mayMatch(re, t)) return spans ? acrossWrap(re, t) : undefined;
	for (let i = 0; i < t.lines.length; i++) {
		if (!inHeaders && t.headerBlock.has(i)) continue;
		const match = re.exec(t.lines[i]!.text);
		if (match) return { evidence: evidenceAt(t, i), index: i, span: match[0].length, start: match.index - (t.lines[i]!.text.length - t.lines[i]!.text.trimStart().length) };
	}
	const across = spans ? re.exec(t.joined) : null;
	return across ? { evidence: firstLine(t), index: -1, span: across[0].length, start: -1 } : spans ? acrossWrap(re, t) : undefined;
}

/** Pastes up to this long are also read with their line breaks as spaces; word-wrapped pastes are short. */
const WRAPPED_WITHIN = 100_000;
const spacedText = new WeakMap<Text, string>();

/**
 * Where a pattern matches once each line break is read as the space a word-wrapping terminal or
 * tool put it in place of ("AH01079: failed to make" / "connection to backend"); the evidence is
 * the line the match starts on.
 */
function acrossWrap(re: RegExp, t: Text): { evidence: Evidence; index: number; span: number; start: number } | undefined {
	if (t.joined.length > WRAPPED_WITHIN || !t.joined.includes('\n')) return undefined;
	let spaced = spacedText.get(t);
	if (spaced === undefined) spacedText.set(t, (spaced = t.joined.replace(/\n/g, ' ')));
	const match = re.exec(spaced);
	if (!match) return undefined;
	let line = 0;
	for (let at = t.joined.indexOf('\n'); at >= 0 && at < match.index; at = t.joined.indexOf('\n', at + 1)) line++;
	return { evidence: evidenceAt(t, line), index: -1, span: match[0].length, start: -1 };
}

/** A log signature that matches where a line starts (after a time stamp at most) gives the line's format: that layer wrote it. */
const WRITER_WITHIN = 40;

/**
 * Where one of an error's strings appears, if one does, and on which line (-1: across lines);
 * a string of its own before a common one, so the most telling match is the one reported.
 */
function findError(error: DiagnoseError, t: Text): { evidence: Evidence; index: number; span: number; generic: boolean; where: string } | undefined {
	const strings = [...error.strings].sort((a, b) => Number(a.generic ?? false) - Number(b.generic ?? false));
	for (const s of strings) {
		if (s.where === 'metric') continue; // A metric name is not something a response or log line carries.
		const generic = s.generic ?? false;
		const where = s.where;
		if (s.pattern) {
			const re = regex(s.pattern);
			const hit = re && findPattern(re, t, true);
			if (hit) return { ...hit, generic, where };
			// The pattern widens the text; the text as printed still counts ("no healthy upstream%" from zsh).
		}
		const needle = fold(s.text);
		if (needle.length < 6) continue;
		// Each folded line is part of the folded whole: a string not in the whole is on no line (one scan, not one per line).
		if (!t.joinedFolded.includes(needle)) continue;
		const at = t.folded.findIndex((line) => line.includes(needle));
		if (at >= 0) return { evidence: evidenceAt(t, at), index: at, span: needle.length, generic, where };
		if (needle.includes(' ')) return { evidence: { line: firstLine(t).line, text: s.text }, index: -1, span: needle.length, generic, where };
	}
	return undefined;
}

/** Whether a header line is one the layer's own signature says it sets on responses it passes on as well as on its own (role `via`). */
function passedOnHeader(platform: DiagnosePlatform, line: string): boolean {
	const field = headerField(line);
	if (!field) return false;
	return platform.signatures.some((sig) => sig.kind === 'header' && sig.role === 'via' && sig.header === field.name && (regex(sig.pattern)?.test(field.value) ?? false));
}

/** Every mark of every layer in the text, with the log lines' writers worked out. */
export function marksIn(t: Text, data: DiagnoseData, code: number | undefined): Mark[] {
	const marks: Mark[] = [];
	/** Which layer wrote each line (by its log format), by index. */
	const writers = new Map<number, string>();
	const errorLines = new Map<number, Set<string>>();
	for (const platform of data.platforms) {
		for (const sig of platform.signatures) {
			const re = regex(sig.pattern);
			if (!re) continue;
			let hit: { evidence: Evidence; index: number; span: number; start: number } | undefined;
			if (sig.kind === 'header') {
				const header = t.headers.find((h) => h.name === sig.header && re.test(h.value));
				if (header) hit = { evidence: { line: header.line, text: `${header.name}: ${header.value}` }, index: -2, span: header.value.length, start: 0 };
			} else {
				hit = findPattern(re, t, sig.kind === 'body', sig.kind !== 'body');
			}
			if (!hit) continue;
			const writes = sig.kind === 'log' && sig.role === 'generated' && hit.index >= 0 && hit.start >= 0 && hit.start <= WRITER_WITHIN;
			if (writes && !writers.has(hit.index)) writers.set(hit.index, platform.slug);
			// A format mark says who wrote the line, not what it reports: it does not compete with what the line says.
			marks.push({ platform: platform.slug, kind: sig.kind, role: sig.role, specific: true, note: sig.note, source: sig.source, evidence: hit.evidence, at: hit.index, span: writes ? 0 : hit.span });
		}
		for (const error of platform.errors) {
			const hit = findError(error, t);
			if (!hit) continue;
			// A header an error lists, which the layer's own signature says it sets on responses it only
			// passes on too, shows the layer was in the path, not that it wrote the error: CloudFront's
			// "X-Cache: Error from cloudfront" is on an API Gateway 502 it relays as on its own 502s
			// (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html,
			// and the REST API 502 through CloudFront in DataBiosphere/azul#7470; checked 2026-12-06).
			const relayedHeader = hit.where === 'header' && hit.index >= 0 && passedOnHeader(platform, t.lines[hit.index]!.text);
			if (hit.index >= 0 && !relayedHeader) errorLines.set(hit.index, (errorLines.get(hit.index) ?? new Set()).add(platform.slug));
			marks.push({
				platform: platform.slug,
				kind: 'error',
				role: relayedHeader ? 'via' : 'generated',
				specific: !hit.generic,
				note: hit.generic ? `Its error "${error.title}" has this wording, which many servers use.` : `The wording is its own: ${error.title}.`,
				error,
				evidence: hit.evidence,
				at: hit.index,
				span: hit.span,
			});
		}
	}
	// A line one layer wrote that names another: nginx's "connect() to unix:/run/php/php-fpm.sock
	// failed" is nginx answering 502; PHP-FPM is where to look next. A relayed application error
	// (a 500 with "FastCGI sent in stderr") stays the application's.
	for (const mark of marks) {
		const writer = writers.get(mark.at);
		if (writer === undefined || writer === mark.platform || mark.kind === 'header') continue;
		const writerErred = errorLines.get(mark.at)?.has(writer) ?? false;
		if (mark.role === 'via' || writerErred || (mark.error && [502, 503, 504].includes(mark.error.code))) mark.role = 'next';
	}
	// The writer of a line that only relays another layer's error (nginx logging "FastCGI sent in stderr:
	// PHP Fatal error…") passed it on: its log format says it stood in front, not that it sent the response.
	for (const mark of marks) {
		if (mark.kind !== 'log' || mark.span !== 0 || mark.role !== 'generated' || writers.get(mark.at) !== mark.platform) continue;
		const writerErred = errorLines.get(mark.at)?.has(mark.platform) ?? false;
		const relayed = marks.some((m) => m.at === mark.at && m.kind === 'error' && m.platform !== mark.platform && m.role === 'generated' && m.specific);
		if (relayed && !writerErred) mark.role = 'via';
	}
	// Two layers' own marks on one line (Netlify's error body quoting Lambda's "Task timed out"):
	// the longer match is the more telling one; the other says only what that line has in common with it.
	const competing = (m: Mark) => m.at >= 0 && m.specific && m.role === 'generated' && m.span > 0;
	const longest = new Map<number, number>();
	for (const m of marks) if (competing(m)) longest.set(m.at, Math.max(longest.get(m.at) ?? 0, m.span));
	const owner = new Map<number, string>();
	for (const m of marks) if (competing(m) && m.span === longest.get(m.at) && !owner.has(m.at)) owner.set(m.at, m.platform);
	for (const m of marks) if (competing(m) && owner.get(m.at) !== m.platform) m.specific = false;
	// An error the layer in front answers for (PHP-FPM's 502s come from nginx): that layer is behind the sender.
	for (const mark of marks) if (mark.error?.answeredBy === 'proxy' && mark.role === 'generated') mark.role = 'next';
	// The reader naming a layer ("…in the nginx log", "with cloudflare underneath") is a weak mark: it can lead a guess, never decide.
	for (const platform of data.platforms) {
		// Only a phrase many layers print ties it to the paste so far: its name can still set it apart.
		if (marks.some((m) => m.platform === platform.slug && (m.specific || m.kind !== 'error'))) continue;
		const named = namePattern(platform.names);
		// A name is literal text its pattern needs, and the pattern's lookarounds reject no line break: a name on
		// no line is nowhere in the whole text. Two scans of the whole (the cheap one first), not one per line.
		const mentioned = named && platform.names.some((name) => t.joinedFolded.includes(fold(name))) && named.test(t.joined);
		const at = mentioned ? t.lines.findIndex((l) => l.text.length < 4000 && named.test(l.text)) : -1;
		if (at >= 0) {
			marks.push({ platform: platform.slug, kind: 'name', role: 'via', specific: false, note: `The paste names ${platform.name}.`, evidence: evidenceAt(t, at), at, span: 0 });
			continue;
		}
		// Lines docker-compose (or pm2) put under a service named for the layer (`nginx_1  | …`): the reader's
		// own name for what wrote them, as weak as any mention, but it tells whose lines they are when two
		// servers' logs are interleaved.
		const by = named ? t.lines.findIndex((l) => l.service !== undefined && named.test(l.service)) : -1;
		if (by >= 0) marks.push({ platform: platform.slug, kind: 'name', role: 'via', specific: false, note: `The service that logged this line is called ${t.lines[by]!.service}.`, evidence: evidenceAt(t, by), at: by, span: 0 });
	}
	// A code only one vendor sends (Cloudflare's 521) names its sender by itself.
	const codeOwner = code !== undefined ? data.owners[String(code)] : undefined;
	if (codeOwner) {
		const platform = data.platforms.find((p) => p.slug === codeOwner);
		if (platform) marks.push({ platform: codeOwner, kind: 'code', role: 'generated', specific: true, note: `Only ${platform.name} sends ${code}.`, evidence: { line: 0, text: String(code) }, at: -1, span: 0 });
	}
	return marks;
}

/** Envoy's response flags, as its access log writes them (%RESPONSE_FLAGS%). */
const ENVOY_FLAGS = 'UAEX|UMSDR|RLSE|URX|DPE|UPE|UH|UF|UO|NR|NC|DT|DC|LH|UT|LR|UR|UC|DI|FI|RL|IH|SI|OM|DF|DO|DR';

/** The status code: a status line first, then a log field, then the page's own words. */
export function findStatus(t: Text, data: DiagnoseData): { code: number; evidence: Evidence } | undefined {
	const known = (n: string | undefined) => (n && data.codes[n] ? Number(n) : undefined);
	const tries: RegExp[] = [
		/^\s*HTTP\/[\d.]+\s+(5\d\d)\b/i, // status line
		/^\s*status(?: code)?\s*:?\s*(5\d\d)\b/i, // "Status 502 Proxy Error", "Status code: 520"
		/\bstatus(?:code|_code)?["']?\s*[=:]\s*["']?(5\d\d)\b/i, // key=value logs (Heroku), JSON (Traefik, Envoy)
		/^\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ (5\d\d) /, // ALB access log: elb_status_code
		/"\s(5\d\d)\s\d+/, // combined access log: "GET / HTTP/1.1" 502 157
		/"\s(5\d\d)\s+(?:-|[A-Z]{2,4}(?:,[A-Z]{2,4})*)\s/, // Envoy's access log: the code, then its response flags ("503 UF,URX")
		// The code followed by Envoy's response flags, as readers quote them outside a log line ("503 UF,URX"): only
		// the flags Envoy defines, so a code before any capitals is not read (https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage, %RESPONSE_FLAGS%; checked 2026-12-06).
		new RegExp(`(?<![A-Za-z0-9.:/-])(5\\d\\d)\\s+(?:${ENVOY_FLAGS})(?:,(?:${ENVOY_FLAGS}))*(?![\\w,])`),
		// An IIS W3C log line (date time … sc-status sc-substatus sc-win32-status …), its three codes maybe in Markdown bold
		// (https://learn.microsoft.com/windows/win32/http/w3c-logging, field order; checked 2026-12-06).
		/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S.* (?:\*\*)?(5\d\d) \d{1,3} \d{1,10}(?:\*\*)?(?: \d|$)/,
		/\b(?:response_code|elb_status_code|downstreamstatus|originstatus|httpstatus)(?:_[a-z])?["']?\s*[=:|]\s*["']?(5\d\d)\b/i, // JSON, key=value and Log Analytics fields (Envoy, Traefik, App Gateway's httpStatus_d | 504)
		/['"]:status['"],\s*['"](5\d\d)['"]/, // Envoy's debug log of response headers: ':status', '503'
		/\b(?:error code|http error|error reference number|error)\s*:?\s*(5\d\d)\b/i, // Cloudflare, IIS pages, "Error 522"
		/\b(5\d\d)\s*[:-]?\s*(?:internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|web server is down|connection timed out|origin is unreachable|a timeout occurred|ssl handshake failed|invalid ssl certificate|web server is returning an unknown error|proxy error)/i,
		/<title>[^<]{0,80}?\b(5\d\d)\b/i, // "<title>example.com | 520: …</title>"
		/\b(5\d\d):\s*[A-Z_]{4,}\b/, // Vercel: "504: GATEWAY_TIMEOUT"
		/\b(?:returned|got|received|with status|status of|failed with|code)(?: from (?:the )?server:)?\s+(5\d\d)\b/i, // prose and client errors (gRPC's "status code received from server: 502")
		/^\s*\|(?:[^|]*\|)*?\s*(5\d\d)\s*\|/, // a Markdown table of log fields: the first cell holding a 5xx code
	];
	for (const re of tries) {
		for (let i = 0; i < t.lines.length; i++) {
			const line = t.lines[i]!.text;
			if (line.length > 8000) continue;
			const code = known(re.exec(line)?.[1]);
			if (code) return { code, evidence: evidenceAt(t, i) };
		}
	}
	return undefined;
}

/** What the marks say of one layer: how strong its claim to have sent the response is. */
export interface Claim {
	platform: DiagnosePlatform;
	marks: Mark[];
	/** Specific marks that it wrote the response, by kind: two kinds agreeing make it sure. */
	specificKinds: Set<MarkKind>;
	/** It wrote the body, a log line, or owns the code (not only a header). */
	wroteContent: boolean;
	/** Any mark that it generated the response, specific or not. */
	generated: boolean;
	sendsCode: boolean;
}

export function claims(marks: readonly Mark[], data: DiagnoseData, code: number | undefined): Claim[] {
	const by = new Map<string, Mark[]>();
	for (const mark of marks) by.set(mark.platform, [...(by.get(mark.platform) ?? []), mark]);
	return [...by].map(([slug, own]) => {
		const platform = data.platforms.find((p) => p.slug === slug)!;
		const generated = own.filter((m) => m.role === 'generated');
		// An error the proxy in front prints about this layer (nginx's 504 for a slow PHP-FPM) is not one it sends.
		const sendsCode = code === undefined || platform.errors.some((e) => e.code === code && e.answeredBy !== 'proxy') || data.owners[String(code)] === slug;
		const specific = generated.filter((m) => m.specific && (m.kind !== 'error' || code === undefined || m.error?.code === code || sendsCode));
		return {
			platform,
			marks: own,
			specificKinds: new Set(specific.map((m) => m.kind)),
			wroteContent: specific.some((m) => m.kind !== 'header'),
			generated: generated.length > 0,
			sendsCode,
		};
	});
}
