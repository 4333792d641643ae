import { describe, expect, it } from 'vitest';
import { diagnose, headerField, MAX_INPUT, nearTimers, parseInput } from '../../src/diagnose/diagnose';
import { decodeIds } from '../../src/diagnose/decode';
import { parseProxyStatus, PROXY_ERROR_TYPES } from '../../src/diagnose/proxy-status';
import { builtDiagnoseData } from './helpers/built';

const data = builtDiagnoseData();
const timerIds = (seconds: number) => nearTimers(seconds, data).map((t) => `${t.platform}/${t.timer}`);

describe('timers near the time a request failed after', () => {
	it('19 s: Cloudflare’s TCP connect window first', () => {
		expect(timerIds(19)[0]).toBe('cloudflare/tcp-connect');
	});
	it('29 s: API Gateway’s REST integration timeout first', () => {
		expect(timerIds(29)[0]).toBe('aws-api-gateway/rest-integration-timeout');
	});
	it('30 s: the 30-second timers of API Gateway HTTP APIs, Heroku, CloudFront and Cloudflare’s write timeout', () => {
		expect(timerIds(30)).toEqual(expect.arrayContaining(['aws-api-gateway/http-api-integration-timeout', 'heroku/initial-response', 'aws-cloudfront/origin-response-timeout', 'cloudflare/proxy-write-timeout']));
	});
	it('60 s: nginx’s proxy_read_timeout and the ALB idle timeout', () => {
		expect(timerIds(60)).toEqual(expect.arrayContaining(['aws-alb/idle-timeout']));
		expect(timerIds(60).some((id) => id.startsWith('nginx/'))).toBe(true);
	});
	it('90 s: Cloudflare’s ACK wait first', () => {
		expect(timerIds(90)[0]).toBe('cloudflare/tcp-ack');
	});
	it('125 s: Cloudflare’s Proxy Read Timeout first', () => {
		expect(timerIds(125)[0]).toBe('cloudflare/proxy-read-timeout');
	});
	it('names no timer far from every default', () => {
		expect(timerIds(7777)).toEqual([]);
	});
});

describe('Proxy-Status (RFC 9209)', () => {
	it('reads each intermediary and its error, quoted values included', () => {
		expect(parseProxyStatus('SomeReverseProxy; error=http_request_error, "Some CDN"; error=connection_timeout; details="no SYN-ACK, after 10 s"')).toEqual([
			{ proxy: 'SomeReverseProxy', params: { error: 'http_request_error' } },
			{ proxy: 'Some CDN', params: { error: 'connection_timeout', details: 'no SYN-ACK, after 10 s' } },
		]);
	});
	it('reads parameters of every type, and refuses a value that is not a Structured Fields list', () => {
		expect(parseProxyStatus('cdn; error=http_response_timeout; received-status=504; next-hop=origin.example; rcode=3')).toEqual([
			{ proxy: 'cdn', params: { error: 'http_response_timeout', 'received-status': '504', 'next-hop': 'origin.example', rcode: '3' } },
		]);
		expect(parseProxyStatus('cdn; error="unterminated')).toBeUndefined();
		expect(diagnose('HTTP/2 502\nproxy-status: cdn; error=', data).proxyStatus).toMatchObject([{ invalid: true }]);
	});

	it('knows every error type of the registry', () => {
		expect(Object.keys(PROXY_ERROR_TYPES)).toHaveLength(32);
	});
	it('is read from pasted headers with the meaning of its error', () => {
		const result = diagnose('HTTP/2 504\nproxy-status: ExampleCDN; error=connection_timeout', data);
		expect(result.proxyStatus[0]).toMatchObject({ proxy: 'ExampleCDN', errorMeaning: PROXY_ERROR_TYPES['connection_timeout']!.meaning });
	});
});

describe('identifiers', () => {
	it('decode a Ray ID’s data centre, a Vercel ID’s regions and time, and an Akamai reference', () => {
		const ids = decodeIds(['cf-ray: 8a2b3c4d5e6f7a8b-SJC', 'x-vercel-id: hnd1::iad1::kt6vv-1700000000000-abcdef123456', 'Reference #18.6f64d440.1621415935.ab12cd']);
		expect(ids.map((i) => i.kind)).toEqual(['Cloudflare Ray ID', 'Vercel request ID', 'Akamai reference']);
		expect(ids[0]!.facts[0]).toContain('SJC');
		// Times to the minute, as the function's name promises (1700000000000 ms is 2023-11-14 22:13:20 UTC).
		expect(ids[1]!.facts.join(' ')).toMatch(/hnd1.*iad1.*Request time: 2023-11-14 22:13 UTC\./);
		expect(ids[2]!.facts.join(' ')).toMatch(/2021-05-19 09:18 UTC\. Akamai does not document/);
	});
});

describe('what it makes of awkward input', () => {
	it('says nothing was recognised in an empty paste', () => {
		const result = diagnose('', data);
		expect(result.sender).toBeUndefined();
		expect(result.status).toBeUndefined();
	});

	it('reads at most 200 KB of a 1 MB paste, and says so, without hanging', () => {
		const big = `HTTP/1.1 502 Bad Gateway\nserver: awselb/2.0\n${'x'.repeat(1_000_000)}`;
		const started = performance.now();
		const result = diagnose(big, data);
		// Not a benchmark (npm run bench times it): a guard against a pattern that backtracks for ever.
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(result.truncated).toBe(true);
		expect(result.sender?.slug).toBe('aws-alb');
		expect(MAX_INPUT).toBe(200_000);
		expect(MAX_INPUT).toBeLessThan(big.length);
		// Really cut: a header past the limit is not read, one just inside it is.
		const edge = (at: number) => `HTTP/1.1 502 Bad Gateway\n${'x'.repeat(at)}\nx-marker: here`;
		expect(parseInput(edge(MAX_INPUT - 100)).headers.map((h) => h.name)).toContain('x-marker');
		expect(parseInput(edge(MAX_INPUT)).headers.map((h) => h.name)).not.toContain('x-marker');
	});

	it('reads many long adversarial lines in linear time (no pattern backtracks on them)', () => {
		// Shapes that made regular expressions backtrack: a header whose value is a run of spaces
		// before one more character (quadratic: 50 such lines took about a second), runs of words
		// and spaces, a quote never closed. Timed against a paste of the same size without them,
		// so a slow machine slows both.
		const shapes = [`a:x${' '.repeat(3990)}y`, `${'a '.repeat(1995)}!`, `"${'x '.repeat(1995)}`, `GET / HTTP/1.1${' \t'.repeat(1990)}5`];
		const adversarial = Array.from({ length: 48 }, (_, i) => shapes[i % 8 < 5 ? 0 : i % shapes.length]).join('\n');
		const plain = adversarial.replace(/[ \t]/g, 'y');
		expect(adversarial.length).toBeLessThan(MAX_INPUT);
		const time = (paste: string) => {
			const started = performance.now();
			diagnose(paste, data);
			return performance.now() - started;
		};
		time(plain); // warm up
		expect(time(adversarial)).toBeLessThan(Math.max(150, 10 * time(plain)));
	});

	it('reads header fields, quoted or not, and not lines that only contain a colon', () => {
		expect(headerField("  'server': 'awselb/2.0',")).toEqual({ name: 'server', value: 'awselb/2.0' });
		expect(headerField('Content-Type:text/html ')).toEqual({ name: 'content-type', value: 'text/html' });
		expect(headerField('2020/05/07 03:15:12 [error] connect() failed')).toBeUndefined();
		expect(headerField('x: ' + ' '.repeat(50) + 'y')).toEqual({ name: 'x', value: 'y' });
	});

	it('copes with binary junk', () => {
		const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
		expect(() => diagnose(junk, data)).not.toThrow();
	});

	it('treats HTML with scripts and header-injection attempts as text', () => {
		const result = diagnose('HTTP/1.1 503 Service Unavailable\r\nserver: envoy\r\nx-evil: <script>alert(1)</script>\r\n\r\n<img src=x onerror=alert(1)>', data);
		expect(result.status?.code).toBe(503);
		expect(result.headers).toContain('x-evil');
		expect(parseInput('a: b\r\nc: d').headers.map((h) => h.name)).toEqual(['a', 'c']);
	});

	it('ignores the request lines of curl -v and reads its response lines', () => {
		const result = diagnose('> GET / HTTP/2\n> host: www.example.com\n< HTTP/2 521\n< server: cloudflare\n< cf-ray: 8a2b3c4d5e6f7a8b-SJC', data);
		expect(result.headers).not.toContain('host');
		expect(result.status?.code).toBe(521);
		expect(result.sender?.slug).toBe('cloudflare');
	});
});

describe('timers with a known sender', () => {
	it('put the sender’s own timer first', () => {
		const result = diagnose('HTTP/2 504\nserver: awselb/2.0', data, 60);
		expect(result.timers[0]).toMatchObject({ platform: 'aws-alb', timer: 'idle-timeout' });
	});
});
