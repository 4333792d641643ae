// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * What people paste is rarely a clean response. This takes the wrappers off, line by line and in
 * one pass each: Markdown quotes and code fences, `curl -v` transcripts, docker-compose and pm2
 * prefixes, PHP `print_r` dumps, JSON log lines from log shippers, and HTML escaped inside a JSON
 * string or an exception message. Every clean line remembers the line of the paste it came from,
 * so evidence quotes the reader's own line numbers. Nothing here interprets the text as markup.
 */

import { readLogLine } from './access-log';

/** A line of the paste after unwrapping, with the line number (1-based) it came from. */
export interface Line {
	text: string;
	from: number;
	/** The service a docker-compose or pm2 prefix said wrote the line (`nginx_1  | ` → "nginx"). */
	service?: string;
}

export interface Prepared {
	lines: Line[];
	/** What was taken off, for the verdict to say ("curl -v transcript: request lines left out"). */
	unwrapped: string[];
	/** Characters of the paste, and how many of them were read. */
	size: number;
	read: number;
}

/** The most of a paste that is read. Logs of several megabytes are read whole, in linear time. */
export const MAX_INPUT = 8_000_000;
/** Longer lines are cut here: no error string, header or log line is longer. */
export const MAX_LINE = 16_000;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'", '#34': '"', '#32': ' ', '#35': '#', '#46': '.' };

/** HTML character references as text (`&lt;title&gt;` → `<title>`), for pages pasted escaped. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#\d+);/gi, (match, name: string) => {
		const known = ENTITIES[name.toLowerCase()];
		if (known) return known;
		const code = name[0] === '#' ? (name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : NaN;
		return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : match;
	});
}

/** JSON string escapes (`\"`, `\n`, `\u003c`) as text, for HTML quoted inside a JSON string or an exception. */
function decodeJsonEscapes(text: string): string {
	return text.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_m, esc: string) => {
		if (esc[0] === 'u') return String.fromCharCode(parseInt(esc.slice(1), 16));
		return { '"': '"', '\\': '\\', '/': '/', b: '', f: '', n: '\n', r: '', t: '\t' }[esc] ?? '';
	});
}

/** Fields log shippers put a log line in: Docker's `log`, most others' `message` or `msg`, Google's `textPayload`. */
const MESSAGE_FIELDS = ['log', 'message', 'msg', 'textPayload', 'MESSAGE'];

/** The message of a JSON log line (`{"log":"…","stream":"stderr"}`), or undefined if it is not one. */
function jsonMessage(line: string): string | undefined {
	const start = line.indexOf('{');
	if (start < 0 || start > 60 || !line.trimEnd().endsWith('}')) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(line.slice(start));
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Record<string, unknown>;
	for (const field of MESSAGE_FIELDS) if (typeof record[field] === 'string' && (record[field] as string).trim()) return record[field] as string;
	return undefined;
}

/**
 * Headers a client library printed as one JSON object (`Headers: {"server":"gunicorn/19.9.0",…}`),
 * as name and value pairs, or undefined if the line is not that.
 */
function headersObject(line: string): [string, string][] | undefined {
	const m = /^\s*(?:response\s+)?headers\s*[:=]\s*(\{.*\})\s*,?\s*$/i.exec(line);
	if (!m) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(m[1]!);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const pairs = Object.entries(value as Record<string, unknown>).filter((e): e is [string, string | number] => /^[\w-]+$/.test(e[0]) && (typeof e[1] === 'string' || typeof e[1] === 'number'));
	return pairs.length > 0 ? pairs.map(([k, v]) => [k.toLowerCase(), String(v)]) : undefined;
}

/** Prefixes that tools put before each line: `nginx_1  | `, `web.1 | `, pm2's `1|app | `, Markdown quotes. */
const SERVICE_PREFIX = /^\s*(?:\d+\|)?[\w.@-]{1,60}\s*\|\s?/;
const QUOTE = /^\s*(?:>\s?)+/;
/** PHP `print_r` of a response: `[0] => HTTP/1.1 502 Bad Gateway`, `[Server] => nginx`. */
const PRINT_R = /^\s*\[([\w-]+)\] => ?(.*)$/;

/**
 * Whether the paste is a `curl -v` transcript: then `> ` starts a request line (left out), `< `
 * a response line and `* ` curl's own notes (left out). Otherwise `> ` is a Markdown quote.
 */
function isCurlTranscript(sample: string): boolean {
	return /^\s*< HTTP\/[\d.]+ \d{3}/m.test(sample) || (/^\s*\* (Connected to|Trying|TLS|SSL|ALPN|Host )/m.test(sample) && /^\s*> [A-Z]+ \S+ HTTP\//m.test(sample));
}

/** The service a prefix names, without compose's replica number and with its separators as spaces: `web_nginx_1  | ` → "web nginx". */
function serviceOf(line: string): string | undefined {
	const name = SERVICE_PREFIX.exec(line)?.[0].replace(/^\s*(?:\d+\|)?/, '').replace(/\s*\|\s?$/, '');
	const bare = name?.replace(/[_-]\d+$/, '').replace(/[_.-]+/g, ' ').trim();
	return bare || undefined;
}

/** Whether most non-empty lines share a service prefix (docker-compose, pm2): then it is taken off every line. */
function hasServicePrefixes(lines: readonly string[]): boolean {
	let prefixed = 0;
	let total = 0;
	for (const line of lines.slice(0, 400)) {
		if (!line.trim()) continue;
		total++;
		if (SERVICE_PREFIX.test(line) && !/^\s*\|/.test(line)) prefixed++;
	}
	// A Markdown table row also starts `word |`: tables have a `|--|` rule line.
	return total >= 2 && prefixed / total > 0.6 && !lines.some((l) => /^\s*\|?\s*:?-{2,}/.test(l));
}

/**
 * Where a log record starts: a time stamp first, as nginx (2020/12/07 11:26:00), ISO, Apache
 * ([Sat Oct 22 13:51:35…]), syslog (Jan 21 17:12:20) and Caddy 1 (29/Jan/2016:15:17:26) write it.
 */
const RECORD_START = /^\s*\[?(?:\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} [ \d]?\d \d\d:\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]?\d \d\d:\d\d:\d\d|\d\d\/\w{3}\/\d{4}:\d\d:\d\d)/;

/**
 * Log records that a terminal cut at a fixed width, mid-word ("…while reading response hea" /
 * "der from upstream…"), joined back. Only when it is plain that this happened: at least two
 * records run on over lines that do not start like a record, and the lines they were cut at are
 * (nearly all) one width, the terminal's. A line that is a record of its own (an access-log line),
 * an indented one (a stack trace), a blank line or a code fence ends a record.
 */
function rejoinWrapped(lines: readonly Line[]): { lines: Line[]; width: number } | undefined {
	const groups: number[][] = [];
	let current: number[] | undefined;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.text;
		if (RECORD_START.test(text)) groups.push((current = [i]));
		else if (!current || !text.trim() || /^\s/.test(text) || /^(```|~~~)/.test(text) || readLogLine(text)) current = undefined;
		else current.push(i);
	}
	const wrapped = groups.filter((g) => g.length > 1);
	if (wrapped.length < 2) return undefined;
	const cut = wrapped.flatMap((g) => g.slice(0, -1).map((i) => lines[i]!.text.length));
	const width = Math.max(...cut);
	const near = cut.filter((n) => n >= width - 8).length;
	if (width < 60 || near < cut.length * 0.75 || cut.filter((n) => n >= width - 1).length < 2) return undefined;
	const into = new Map(wrapped.map((g) => [g[0]!, g] as const));
	const skip = new Set(wrapped.flatMap((g) => g.slice(1)));
	const out: Line[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (skip.has(i)) continue;
		const group = into.get(i);
		out.push(group ? { ...lines[i]!, text: group.map((j) => lines[j]!.text).join('') } : lines[i]!);
	}
	return { lines: out, width };
}

export function prepare(input: string): Prepared {
	const size = input.length;
	const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
	const raw = text.split(/\r?\n|\r/);
	const unwrapped = new Set<string>();
	const curl = isCurlTranscript(text.slice(0, 200_000));
	const prefixes = hasServicePrefixes(raw);
	const lines: Line[] = [];
	let service: string | undefined;
	const push = (value: string, from: number) => {
		const clean = value.length > MAX_LINE ? value.slice(0, MAX_LINE) : value;
		const by = service ? { service } : {};
		// HTML in a JSON string or an exception message: unescape, and split where it had newlines.
		if (clean.includes('\\n') && /<(!doctype|html|head|title|body|center|h1)\b|\\u003c/i.test(clean)) {
			unwrapped.add('HTML escaped inside a string: read as the page it is');
			for (const part of decodeJsonEscapes(clean).split('\n')) lines.push({ text: decodeEntities(part), from, ...by });
			return;
		}
		lines.push({ text: /&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.test(clean) ? decodeEntities(clean) : clean, from, ...by });
	};
	raw.forEach((original, i) => {
		let line = original;
		const from = i + 1;
		service = undefined;
		if (prefixes && SERVICE_PREFIX.test(line)) {
			service = serviceOf(line);
			line = line.replace(SERVICE_PREFIX, '');
			unwrapped.add('service prefixes (docker-compose, pm2) taken off each line');
		}
		if (curl) {
			if (/^\s*> /.test(line) || /^\s*>\s*$/.test(line)) {
				unwrapped.add('curl -v transcript: its request lines and notes left out');
				return;
			}
			if (/^\s*\* /.test(line)) return;
			line = line.replace(/^\s*< ?/, '');
		} else if (QUOTE.test(line)) {
			line = line.replace(QUOTE, '');
			unwrapped.add('Markdown quote marks taken off');
		}
		const printR = PRINT_R.exec(line);
		if (printR) {
			const [, key = '', value = ''] = printR;
			line = /^\d+$/.test(key) ? value : `${key}: ${value}`;
			unwrapped.add('PHP print_r dump read as headers');
		}
		const headers = headersObject(line);
		if (headers) {
			unwrapped.add('headers printed as a JSON object read as headers');
			for (const [name, value] of headers) push(`${name}: ${value}`, from);
			return;
		}
		const message = jsonMessage(line);
		if (message !== undefined) {
			unwrapped.add('JSON log lines: their message read');
			for (const part of message.split('\n')) push(part, from);
			// The line itself too: a layer that logs in JSON (Traefik, Caddy) is known by its fields.
			push(line, from);
			return;
		}
		push(line, from);
	});
	const rejoined = lines.length <= 20_000 ? rejoinWrapped(lines) : undefined;
	if (rejoined) unwrapped.add(`log lines a terminal cut at ${rejoined.width} columns joined back`);
	return { lines: rejoined?.lines ?? lines, unwrapped: [...unwrapped], size, read: text.length };
}
