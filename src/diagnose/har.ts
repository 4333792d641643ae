// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * HAR files (HTTP Archive, what every browser's network panel exports and what Cloudflare support
 * asks for): each failed request, as the response it got, its headers read as headers and its
 * page text as text, so each gets its own verdict.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */

export interface HarRequest {
	method: string;
	url: string;
	status: number;
	statusText: string;
	/** Total time of the request, and the wait for the first byte, in ms (-1 when the file does not say). */
	time: number;
	wait: number;
	/** The response as a paste: status line, headers, then the body text if the file kept it. */
	response: string;
}

export type HarResult = { ok: true; requests: HarRequest[]; total: number } | { ok: false; problem: string };

interface HarEntry {
	request?: { method?: unknown; url?: unknown };
	response?: { status?: unknown; statusText?: unknown; httpVersion?: unknown; headers?: unknown; content?: { text?: unknown; encoding?: unknown; mimeType?: unknown } };
	time?: unknown;
	timings?: { wait?: unknown };
}

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback = -1) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** Body text a HAR kept, decoded from base64 when it says so; pages and JSON only, and not more than 200 KB. */
function bodyText(content: NonNullable<HarEntry['response']>['content']): string {
	const text = str(content?.text);
	if (!text || !/html|json|text|xml/i.test(str(content?.mimeType, 'text'))) return '';
	if (content?.encoding === 'base64') {
		try {
			const bytes = Uint8Array.from(atob(text.slice(0, 300_000)), (c) => c.charCodeAt(0));
			return new TextDecoder().decode(bytes).slice(0, 200_000);
		} catch {
			return '';
		}
	}
	return text.slice(0, 200_000);
}

/** The failed requests (5xx, and the ones with no response at all) of a HAR file, in the order they were made. */
export function readHar(text: string): HarResult {
	let har: unknown;
	try {
		har = JSON.parse(text);
	} catch (error) {
		return { ok: false, problem: `This looks like a HAR file but is not valid JSON (${(error as Error).message.slice(0, 120)}). Export it again from the browser's network panel.` };
	}
	const entries = (har as { log?: { entries?: unknown } })?.log?.entries;
	if (!Array.isArray(entries)) return { ok: false, problem: 'This JSON has no log.entries, so it is not a HAR file. Export it from the network panel with "Save all as HAR".' };
	const requests: HarRequest[] = [];
	for (const entry of entries as HarEntry[]) {
		const status = num(entry?.response?.status, 0);
		// 0: the browser got no response (a reset, a timeout); 5xx: the subject of this page.
		if (status !== 0 && (status < 500 || status > 599)) continue;
		const response = entry.response ?? {};
		const headers = Array.isArray(response.headers) ? (response.headers as { name?: unknown; value?: unknown }[]) : [];
		const statusLine = `${str(response.httpVersion, 'HTTP/1.1').replace(/^h(\d)$/i, 'HTTP/$1') || 'HTTP/1.1'} ${status} ${str(response.statusText)}`.trim();
		const lines = [statusLine, ...headers.flatMap((h) => (typeof h?.name === 'string' ? [`${h.name}: ${str(h.value)}`] : []))];
		const body = bodyText(response.content);
		requests.push({
			method: str(entry.request?.method, 'GET'),
			url: str(entry.request?.url),
			status,
			statusText: str(response.statusText),
			time: num(entry.time),
			wait: num(entry.timings?.wait),
			response: body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n'),
		});
	}
	return { ok: true, requests, total: entries.length };
}
