// N.B. CLIENT-SIDE CODE (the diagnose page) and unit-tested: no DOM, no Node APIs.
/**
 * Reads whatever a reader pasted (response headers, an error page, log lines) and says which
 * layer most likely sent the error, which layers it passed through, and what to do next, each
 * finding with the lines that support it. Everything it knows comes from the platform pages
 * (data.ts). The input is only ever read as text.
 */
import type { DiagnoseData, DiagnoseError, DiagnosePlatform, DiagnoseSignature } from './data';
import { decodeIds, type DecodedId } from './decode';
import { parseProxyStatus, PROXY_ERROR_TYPES, type ProxyStatusEntry } from './proxy-status';
import { codeHref, platformHref } from '../lib/paths';

/** At most this much of a paste is read: enough for headers, a page and a screen of logs, and fast. */
export const MAX_INPUT = 200_000;
const MAX_LINES = 4000;
const MAX_LINE = 4000;

/** A line of the paste that supports a finding (1-based). */
export interface Evidence {
	line: number;
	text: string;
}

export interface LayerFinding {
	slug: string;
	name: string;
	/** `generated`: this layer wrote the response; `via`: the response passed through it. */
	role: 'generated' | 'via';
	/** Why: each signature that matched, with its line. */
	reasons: { note: string; source: string; evidence: Evidence }[];
	/** The platform's errors whose strings matched, best first. */
	errors: (DiagnoseError & { evidence: Evidence })[];
	score: number;
	/**
	 * Nothing in the paste shows this layer wrote the response; it is named because the response
	 * passed through it and it is the only such layer that sends this code. Its `errors` are the
	 * candidates for that code.
	 */
	inferred?: boolean;
}

export interface ProxyStatusFinding extends ProxyStatusEntry {
	errorMeaning?: string | undefined;
	evidence: Evidence;
	/** The value is not a valid Structured Fields list (RFC 9651), so it was not read. */
	invalid?: true;
}

export interface TimerMatch {
	platform: string;
	platformName: string;
	timer: string;
	name: string;
	seconds: number;
	codes: number[];
	error?: string | undefined;
}

export interface Diagnosis {
	status?: { code: number; evidence?: Evidence | undefined; inferred: boolean } | undefined;
	/** The layer that most likely wrote the response. */
	sender?: LayerFinding | undefined;
	/** Layers the response passed through (or that also match, less strongly). */
	passedThrough: LayerFinding[];
	proxyStatus: ProxyStatusFinding[];
	ids: DecodedId[];
	/** Timers near the time the reader gave, closest first. */
	timers: TimerMatch[];
	/** Response headers recognised, by name. */
	headers: string[];
	/** Whether the paste was longer than what was read. */
	truncated: boolean;
}

interface Header {
	name: string;
	value: string;
	line: number;
}

interface Parsed {
	lines: string[];
	headers: Header[];
	truncated: boolean;
	/** The lines as one text, for patterns that span lines: joined by newlines, and by spaces. */
	text: string;
	oneLine: string;
	/** Each line, and the one-line text, folded (see `fold`): for plain strings. */
	foldedLines: string[];
	folded: string;
}

/** Runs of white space as one space, lowercase: how plain strings are compared. */
const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

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

/** Lines, with curl -v's "< " prefixes taken off and its request ("> ") lines dropped. */
export function parseInput(input: string): Parsed {
	const truncated = input.length > MAX_INPUT;
	const raw = input.slice(0, MAX_INPUT).split(/\r?\n/);
	const lines = raw.slice(0, MAX_LINES).map((l) => l.slice(0, MAX_LINE));
	const headers: Header[] = [];
	lines.forEach((line, i) => {
		if (/^\s*>/.test(line)) {
			lines[i] = '';
			return;
		}
		const clean = line.replace(/^\s*<\s?/, '');
		lines[i] = clean;
		// `name: value`, also quoted as in a JSON or JavaScript dump of headers (`'server': 'awselb/2.0',`).
		const header = headerField(clean);
		if (header) headers.push({ ...header, line: i + 1 });
		// `{ "name": "Server", "value": "Netlify" }`, as some HTTP clients log them.
		const named = /"name"\s*:\s*"([A-Za-z0-9-]{1,60})"/.exec(clean);
		const valued = /"value"\s*:\s*"([^"]*)"/.exec(clean);
		if (named && valued) headers.push({ name: named[1]!.toLowerCase(), value: valued[1]!, line: i + 1 });
	});
	const oneLine = lines.join(' ');
	return { lines, headers, truncated: truncated || raw.length > MAX_LINES, text: lines.join('\n'), oneLine, foldedLines: lines.map(fold), folded: fold(oneLine) };
}

const compiled = new Map<string, RegExp | null>();
/** A content pattern compiled once; a pattern that does not compile never matches. */
function regex(pattern: string): RegExp | null {
	if (!compiled.has(pattern)) {
		try {
			compiled.set(pattern, new RegExp(pattern, 'i'));
		} catch {
			compiled.set(pattern, null);
		}
	}
	return compiled.get(pattern)!;
}


/** The first line where `test` holds. */
function findLine(lines: readonly string[], test: (line: string) => boolean): Evidence | undefined {
	for (let i = 0; i < lines.length; i++) if (test(lines[i]!)) return { line: i + 1, text: lines[i]!.trim() };
	return undefined;
}

/** Where a signature matches the paste, if it does. */
function matchSignature(sig: DiagnoseSignature, parsed: Parsed): Evidence | undefined {
	const re = regex(sig.pattern);
	if (!re) return undefined;
	if (sig.kind === 'header') {
		const header = parsed.headers.find((h) => h.name === sig.header && re.test(h.value));
		return header && { line: header.line, text: `${header.name}: ${header.value}` };
	}
	const hit = findLine(parsed.lines, (line) => re.test(line));
	if (hit || sig.kind === 'log') return hit;
	// A page's pattern may span lines (a title, then a heading): try the text as one.
	return re.test(parsed.oneLine) ? { line: 1, text: parsed.lines.find((l) => l.trim())?.trim() ?? '' } : undefined;
}

/** Where one of an error's strings appears in the paste, if one does. */
function matchError(error: DiagnoseError, parsed: Parsed): Evidence | undefined {
	for (const s of error.strings) {
		if (s.where === 'metric') continue; // A metric name is not something a response or log line carries.
		if (s.pattern) {
			const re = regex(s.pattern);
			if (!re) continue;
			const hit = findLine(parsed.lines, (line) => re.test(line));
			if (hit) return hit;
			// Patterns may span lines (`GATEWAY_TIMEOUT\s+Code:`): try the text as a whole.
			if (re.test(parsed.text)) return { line: 1, text: s.text };
			continue;
		}
		const needle = fold(s.text);
		if (needle.length < 6) continue;
		const at = parsed.foldedLines.findIndex((line) => line.includes(needle));
		if (at >= 0) return { line: at + 1, text: parsed.lines[at]!.trim() };
		// Strings that wrap across lines in a page.
		if (needle.includes(' ') && parsed.folded.includes(needle)) return { line: 1, text: s.text };
	}
	return undefined;
}

/** How specific a matched error string is: long strings, and strings few platforms share, count more. */
function errorWeight(error: DiagnoseError, shared: ReadonlyMap<string, number>): number {
	const longest = Math.max(...error.strings.map((s) => s.text.length));
	const sharedBy = Math.min(...error.strings.map((s) => shared.get(fold(s.text)) ?? 1));
	return (2 + Math.min(longest, 80) / 20) / sharedBy;
}

/** The status code: a status line first, then a log field, then the page's own words. */
function findStatus(parsed: Parsed, codes: Record<string, string>): { code: number; evidence: Evidence } | undefined {
	const known = (n: string | undefined) => (n && codes[n] ? Number(n) : undefined);
	const tries: RegExp[] = [
		/^\s*HTTP\/[\d.]+\s+(5\d\d)\b/i, // status line
		/\bstatus(?:code)?["']?\s*[=:]\s*["']?(5\d\d)\b/i, // key=value logs (Heroku), JSON (Traefik, client dumps)
		/^\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ (5\d\d) /, // ALB access log: elb_status_code
		/"\s(5\d\d)\s\d+/, // combined access log: "GET / HTTP/1.1" 502 157
		/\b(?:error code|http error)\s*:?\s*(5\d\d)\b/i, // Cloudflare, IIS pages
		/\b(5\d\d)\s*[:-]?\s*(?:internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|web server is down|connection timed out|origin is unreachable|a timeout occurred|ssl handshake failed|invalid ssl certificate)/i,
		/<title>\s*(5\d\d)\b/i,
		/\b(5\d\d):\s*[A-Z_]+\b/, // Vercel: "504: GATEWAY_TIMEOUT"
	];
	for (const re of tries) {
		for (let i = 0; i < parsed.lines.length; i++) {
			const code = known(re.exec(parsed.lines[i]!)?.[1]);
			if (code) return { code, evidence: { line: i + 1, text: parsed.lines[i]!.trim() } };
		}
	}
	return undefined;
}

/** Where to go from a verdict: the sender's section for the error, its troubleshooter step (or the code's), and the code's page. */
export interface NextStep {
	kind: 'platform-error' | 'platform' | 'troubleshooter' | 'code';
	href: string;
	/** The link's text. */
	text: string;
}

export function nextSteps(r: Diagnosis, data: DiagnoseData): NextStep[] {
	const steps: NextStep[] = [];
	const { sender } = r;
	const code = r.status?.code;
	const error = sender?.errors.length === 1 || (sender && !sender.inferred) ? sender?.errors[0] : undefined;
	if (sender && error) steps.push({ kind: 'platform-error', href: platformHref(sender.slug, error.id), text: `${sender.name}: ${error.title}` });
	else if (sender) steps.push({ kind: 'platform', href: platformHref(sender.slug), text: `the ${sender.name} page` });
	const troubleshooter = error?.wizard ?? (code ? data.wizards[String(code)] : undefined);
	if (troubleshooter) steps.push({ kind: 'troubleshooter', href: troubleshooter, text: code ? `the ${code} troubleshooter` : 'the troubleshooter' });
	if (code) steps.push({ kind: 'code', href: codeHref(code), text: String(code) });
	return steps;
}

/** Timers whose default is within a tolerance of `seconds` (2 s or 10 %, whichever is more), closest first. */
export function nearTimers(seconds: number, data: DiagnoseData): TimerMatch[] {
	const tolerance = Math.max(2, seconds * 0.1);
	return data.platforms
		.flatMap((p) =>
			p.timers
				.filter((t) => Math.abs(t.seconds - seconds) <= tolerance)
				.map((t) => ({ platform: p.slug, platformName: p.name, timer: t.id, name: t.name, seconds: t.seconds, codes: t.codes, error: t.error }))
		)
		.sort((a, b) => Math.abs(a.seconds - seconds) - Math.abs(b.seconds - seconds) || a.platformName.localeCompare(b.platformName));
}

export function diagnose(input: string, data: DiagnoseData, seconds?: number): Diagnosis {
	const parsed = parseInput(input);
	const status = findStatus(parsed, data.codes);
	// How many platforms list the same string: a shared string says less about who sent it.
	const shared = new Map<string, number>();
	for (const p of data.platforms) for (const s of new Set(p.errors.flatMap((e) => e.strings.map((x) => fold(x.text))))) shared.set(s, (shared.get(s) ?? 0) + 1);

	const findings: LayerFinding[] = [];
	for (const platform of data.platforms) {
		const finding = assess(platform, parsed, shared, status?.code);
		if (finding) findings.push(finding);
	}
	const sender = chooseSender(findings, data, status?.code);
	const passedThrough = findings.filter((f) => f !== sender).sort((a, b) => b.score - a.score);

	const proxyStatus: ProxyStatusFinding[] = parsed.headers
		.filter((h) => h.name === 'proxy-status')
		.flatMap((h): ProxyStatusFinding[] => {
			const evidence = { line: h.line, text: `proxy-status: ${h.value}` };
			const entries = parseProxyStatus(h.value);
			if (!entries) return [{ proxy: '', params: {}, invalid: true, evidence }];
			return entries.map((entry) => ({ ...entry, errorMeaning: entry.params['error'] ? PROXY_ERROR_TYPES[entry.params['error']]?.meaning : undefined, evidence }));
		});

	let statusOut: Diagnosis['status'] = status && { ...status, inferred: false };
	if (!statusOut && sender?.errors[0]) statusOut = { code: sender.errors[0].code, evidence: sender.errors[0].evidence, inferred: true };

	return {
		status: statusOut,
		sender,
		passedThrough,
		proxyStatus,
		ids: decodeIds(parsed.lines),
		// The sender's own timers first, then those that give this code: the likeliest explanation leads.
		timers:
			seconds !== undefined && Number.isFinite(seconds) && seconds > 0
				? nearTimers(seconds, data).sort(
						(a, b) =>
							Number(b.platform === sender?.slug) - Number(a.platform === sender?.slug) ||
							Number(statusOut !== undefined && b.codes.includes(statusOut.code)) - Number(statusOut !== undefined && a.codes.includes(statusOut.code))
					)
				: [],
		headers: [...new Set(parsed.headers.map((h) => h.name))],
		truncated: parsed.truncated,
	};
}

/**
 * The layer that most likely wrote the response: the best-scoring one with evidence that it did.
 * Two refinements: when a proxy's log line names the app server behind it (nginx's
 * "connect() to unix:/run/php-fpm.sock failed"), the app server is where the error starts, so it
 * leads; and when nothing shows who wrote the response but one layer it passed through sends
 * that code itself (a 530 through Cloudflare, a 503 through Envoy), that layer is the likely one.
 */
function chooseSender(findings: LayerFinding[], data: DiagnoseData, code: number | undefined): LayerFinding | undefined {
	const kinds = new Map(data.platforms.map((p) => [p.slug, p.kind]));
	const generators = findings.filter((f) => f.role === 'generated').sort((a, b) => b.score - a.score);
	const [best, second] = generators;
	if (best && second && kinds.get(best.slug) !== 'app-server' && kinds.get(second.slug) === 'app-server') {
		const bestLines = new Set([...best.errors, ...best.reasons].map((e) => e.evidence.line));
		if (second.errors.some((e) => bestLines.has(e.evidence.line))) return second;
	}
	if (best) return best;
	if (code === undefined) return undefined;
	const sends = findings.filter((f) => data.platforms.find((p) => p.slug === f.slug)?.errors.some((e) => e.code === code));
	if (sends.length !== 1) return undefined;
	const only = sends[0]!;
	const platform = data.platforms.find((p) => p.slug === only.slug)!;
	return { ...only, role: 'generated', errors: platform.errors.filter((e) => e.code === code).map((e) => ({ ...e, evidence: only.reasons[0]!.evidence })), inferred: true };
}

/** One platform's evidence in the paste, or undefined if it has none. */
function assess(platform: DiagnosePlatform, parsed: Parsed, shared: ReadonlyMap<string, number>, code: number | undefined): LayerFinding | undefined {
	const reasons: LayerFinding['reasons'] = [];
	let generatedBy = 0;
	let via = 0;
	for (const sig of platform.signatures) {
		const evidence = matchSignature(sig, parsed);
		if (!evidence) continue;
		reasons.push({ note: sig.note, source: sig.source, evidence });
		if (sig.role === 'generated') generatedBy += sig.kind === 'header' ? 3 : 4;
		else via += 1;
	}
	const errors = platform.errors
		.flatMap((error) => {
			const evidence = matchError(error, parsed);
			return evidence ? [{ ...error, evidence, weight: errorWeight(error, shared) + (code === error.code ? 2 : 0) }] : [];
		})
		.sort((a, b) => b.weight - a.weight);
	if (reasons.length === 0 && errors.length === 0) return undefined;
	const errorScore = errors[0]?.weight ?? 0;
	// A response whose code this platform never sends was probably not written by it.
	const sendsCode = code === undefined || platform.errors.some((e) => e.code === code);
	const score = (generatedBy + errorScore) * (sendsCode ? 1 : 0.3) + via;
	const role = generatedBy > 0 || errors.length > 0 ? 'generated' : 'via';
	return { slug: platform.slug, name: platform.name, role, reasons, errors: errors.map(({ weight: _w, ...e }) => e), score };
}
