// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * Reads whatever a reader pasted or dropped (response headers, an error page, log lines, a whole
 * access log, a HAR file) and says which layer sent the error and how sure that is, which layers
 * it passed through, which layer behind it to look at next, and where to go from here, each
 * finding with the lines that support it. Everything it knows comes from the platform pages
 * (data.ts). The input is only ever read as text.
 */
import type { DiagnoseData, DiagnoseError } from './data';
import type { DecodedId } from './decode';
import type { HarRequest, HarResult } from './har';
import { MAX_INPUT, prepare, type Line } from './input';
import { findStatus, marksIn, textOf, type Evidence, type Mark } from './match';
import type { ProxyStatusEntry } from './proxy-status';
import { summarise, type LogSummary } from './summary';
import { decide, type Verdict } from './verdict';
import { codeHref, flowPath, platformHref } from '../lib/paths';

export { MAX_INPUT } from './input';
export { headerField } from './match';
export type { Evidence, Mark } from './match';

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
	/** What was read of the paste: its size, how much was read, and the wrappers taken off. */
	read: { size: number; read: number; lines: number; unwrapped: string[] };
	status?: { code: number; evidence?: Evidence | undefined; inferred: boolean } | undefined;
	verdict: Verdict;
	/** The sender's errors that match, best first (the one for this code first). */
	errors: (DiagnoseError & { evidence: Evidence })[];
	proxyStatus: ProxyStatusFinding[];
	ids: DecodedId[];
	/** Timers near the time the reader gave, closest first. */
	timers: TimerMatch[];
	/** Response headers recognised, by name. */
	headers: string[];
	/** For a log: requests by status and by layer, and the failures that repeat most. */
	log?: LogSummary | undefined;
	/** Where to go from here (see nextSteps). */
	next: NextStep[];
}

export type Report =
	| ({ kind: 'response' | 'log' } & Diagnosis)
	| { kind: 'har'; total: number; requests: { request: HarRequest; diagnosis: Diagnosis }[] }
	| { kind: 'empty' }
	| { kind: 'unreadable'; problem: string };

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

/** Lines longer than this in a big log are not searched for marks (a minified page, a base64 blob). */
const LONG_LOG_LINE = 4000;
/** A log this long is searched for marks in its telling lines only: every line that is not an access-log record, and one of each kind of failure. */
const MANY_LINES = 3000;
const TELLING = /\b(5\d\d|error|fail|timeout|timed out|refused|reset|upstream|crit|emerg|alert|warn|unavailable|gateway|denied|abort|kill)/i;

/** The lines worth searching for marks in a long log: not every one of a million access-log lines. */
function tellingLines(lines: readonly Line[], records: ReadonlyMap<number, { status: number; format: string; detail?: string | undefined }>): Line[] {
	if (lines.length <= MANY_LINES) return [...lines];
	const picked: Line[] = [];
	const kinds = new Set<string>();
	for (let i = 0; i < lines.length && picked.length < 4000; i++) {
		const line = lines[i]!;
		if (line.text.length > LONG_LOG_LINE) continue;
		const record = records.get(i);
		if (record) {
			const kind = `${record.format} ${record.status} ${record.detail ?? ''}`;
			if (record.status >= 500 && !kinds.has(kind)) {
				kinds.add(kind);
				picked.push(line);
			}
		} else if (TELLING.test(line.text)) {
			picked.push(line);
		}
	}
	return picked;
}

/**
 * Parsers loaded only when a paste needs them, so the common case does not download them:
 * `readProxyStatus` (an RFC 9651 parser) for a paste with a Proxy-Status header.
 */
export interface Readers {
	readProxyStatus?: (value: string) => ProxyStatusEntry[] | undefined;
	/** For a HAR file (har.ts). */
	readHar?: (text: string) => HarResult;
	/** For identifiers that say more than they show (decode.ts): a Ray ID, a Vercel ID, an Akamai reference. */
	decodeIds?: (lines: readonly Line[]) => DecodedId[];
}

/** Whether a paste may hold an identifier decode.ts reads. */
const mayHaveIds = (input: string) => /ray id|cf-ray|[a-z]{3}\d::|reference\s*(#|&#35;)/i.test(input);

/** Whether a paste needs the Proxy-Status parser. */
export const needsProxyStatus = (input: string) => /proxy-status/i.test(input);

/** Whether a text is meant as a HAR file: JSON whose top object has `log`. */
export function looksLikeHar(text: string): boolean {
	const head = text.slice(0, 2000).trimStart();
	return head.startsWith('{') && /^\{\s*"log"\s*:/.test(head);
}

/** The parsers a text needs, loaded on demand (in the worker, in the page, in tests alike). */
export async function readersFor(text: string): Promise<Readers> {
	return {
		...(needsProxyStatus(text) ? { readProxyStatus: (await import('./proxy-status')).parseProxyStatus } : {}),
		...(looksLikeHar(text) ? { readHar: (await import('./har')).readHar } : {}),
		...(mayHaveIds(text) ? { decodeIds: (await import('./decode')).decodeIds } : {}),
	};
}

/** One response or one log, diagnosed. */
function diagnoseLines(lines: readonly Line[], meta: Diagnosis['read'], data: DiagnoseData, seconds: number | undefined, readers: Readers): { kind: 'response' | 'log' } & Diagnosis {
	const logs = summarise(lines);
	const searched = logs ? tellingLines(lines, logs.records) : lines;
	const text = textOf(searched);
	// In a log, the code is the failure that repeats most; in a response, its status line.
	const top = logs?.summary.signatures[0];
	let status: Diagnosis['status'] = top ? { code: top.status, evidence: { line: top.line, text: lines.find((l) => l.from === top.line)?.text.trim().slice(0, 400) ?? '' }, inferred: false } : undefined;
	const found = status ? undefined : findStatus(text, data);
	if (found) status = { ...found, inferred: false };
	if (status && !data.codes[String(status.code)]) status = undefined;
	const marks = marksIn(text, data, status?.code);
	const verdict = decide(marks, data, status?.code);
	const senderErrors = marks
		// Its own errors, and those the proxy in front answers for it (Gunicorn's WORKER TIMEOUT is nginx's 502).
		.filter((m): m is Mark & { error: DiagnoseError } => m.platform === verdict.sender && m.error !== undefined && (m.role === 'generated' || m.error.answeredBy === 'proxy'))
		.sort((a, b) => Number(b.error.code === status?.code) - Number(a.error.code === status?.code) || Number(!b.error.generic) - Number(!a.error.generic))
		.map((m) => ({ ...m.error, evidence: m.evidence }));
	if (!status && senderErrors[0] && verdict.confidence !== 'possible') status = { code: senderErrors[0].code, evidence: senderErrors[0].evidence, inferred: true };

	const proxyStatus: ProxyStatusFinding[] = text.headers
		.filter((h) => h.name === 'proxy-status')
		.flatMap((h): ProxyStatusFinding[] => {
			const evidence = { line: h.line, text: `proxy-status: ${h.value}` };
			const entries = readers.readProxyStatus?.(h.value);
			if (!entries) return [{ proxy: '', params: {}, invalid: true, evidence }];
			return entries.map((entry) => ({ ...entry, errorMeaning: entry.params['error'] ? data.proxyErrors[entry.params['error']] : undefined, evidence }));
		});
	const sender = verdict.sender;
	const diagnosis: Omit<Diagnosis, 'next'> & { kind: 'response' | 'log' } = {
		kind: logs ? 'log' : 'response',
		read: meta,
		status,
		verdict,
		errors: senderErrors,
		proxyStatus,
		ids: readers.decodeIds?.(searched) ?? [],
		// The sender's own timers first, then those that give this code: the likeliest explanation leads.
		timers:
			seconds !== undefined && Number.isFinite(seconds) && seconds > 0
				? nearTimers(seconds, data).sort(
						(a, b) =>
							Number(b.platform === sender) - Number(a.platform === sender) ||
							Number(status !== undefined && b.codes.includes(status.code)) - Number(status !== undefined && a.codes.includes(status.code))
					)
				: [],
		headers: [...new Set(text.headers.map((h) => h.name))],
		log: logs?.summary,
	};
	return { ...diagnosis, next: nextSteps(diagnosis, data) };
}

/** Bytes that say a file is binary (a screenshot, an archive) rather than text. */
const BINARY = /[\u0000-\u0008\u000e-\u001a]/;

export function diagnose(input: string, data: DiagnoseData, seconds?: number, readers: Readers = {}): Report {
	if (!input.trim()) return { kind: 'empty' };
	if (BINARY.test(input.slice(0, 4000))) return { kind: 'unreadable', problem: 'This is not text: it looks like a binary file (an image or an archive). Paste the headers, the error page or the log as text, or choose a .har or .log file.' };
	if (looksLikeHar(input) && readers.readHar) {
		const har = readers.readHar(input.length > MAX_INPUT ? '' : input);
		if (input.length > MAX_INPUT) return { kind: 'unreadable', problem: `This HAR file has ${(input.length / 1e6).toFixed(0)} million characters; up to ${MAX_INPUT / 1e6} million are read. Export only the failing requests (filter the network panel first).` };
		if (!har.ok) return { kind: 'unreadable', problem: har.problem };
		return {
			kind: 'har',
			total: har.total,
			requests: har.requests.map((request) => {
				const { lines, unwrapped, size, read } = prepare(request.response);
				return { request, diagnosis: diagnoseLines(lines, { size, read, lines: lines.length, unwrapped }, data, undefined, readers) };
			}),
		};
	}
	const { lines, unwrapped, size, read } = prepare(input);
	return diagnoseLines(lines, { size, read, lines: lines.length, unwrapped }, data, seconds, readers);
}

/** Where to go from a verdict: the sender's section for the error, its troubleshooter step (or the code's), the layer behind, and the code's page. */
export interface NextStep {
	kind: 'platform-error' | 'platform' | 'troubleshooter' | 'next-layer' | 'code';
	href: string;
	/** The link's text. */
	text: string;
}

export function nextSteps(d: Omit<Diagnosis, 'next'>, data: DiagnoseData): NextStep[] {
	const steps: NextStep[] = [];
	const sender = data.platforms.find((p) => p.slug === d.verdict.sender);
	const code = d.status?.code;
	const error = d.errors[0];
	const sure = d.verdict.confidence === 'sure' || d.verdict.confidence === 'likely';
	if (sender && error && sure) steps.push({ kind: 'platform-error', href: platformHref(sender.slug, error.id), text: `${sender.name}: ${error.title}` });
	else if (sender) steps.push({ kind: 'platform', href: platformHref(sender.slug), text: `the ${sender.name} page` });
	const next = data.platforms.find((p) => p.slug === d.verdict.next?.platform);
	if (next) steps.push({ kind: 'next-layer', href: platformHref(next.slug, d.verdict.next?.error?.id), text: `${next.name}${d.verdict.next?.error ? `: ${d.verdict.next.error.title}` : ''}` });
	// The troubleshooter: at the step for this error if a flow ends there, else past the question the paste already answers.
	const wizard = sure ? error?.wizard : undefined;
	const troubleshooter = wizard ?? (code && data.wizards[String(code)] ? `${data.wizards[String(code)]}${data.wizardEntry[String(code)] ? `?from=page#${data.wizardEntry[String(code)]}` : ''}` : undefined);
	if (troubleshooter) steps.push({ kind: 'troubleshooter', href: troubleshooter, text: code ? `the ${code} troubleshooter` : 'the troubleshooter' });
	else if (!code) steps.push({ kind: 'troubleshooter', href: flowPath('start'), text: 'the troubleshooter for any 5xx' });
	if (code) steps.push({ kind: 'code', href: codeHref(code), text: String(code) });
	return steps;
}
