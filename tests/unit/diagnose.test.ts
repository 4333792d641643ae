import { describe, expect, it } from 'vitest';
import { diagnose, headerField, MAX_INPUT, nearTimers, readersFor, type Diagnosis, type Report } from '../../src/diagnose/diagnose';
import { decodeIds } from '../../src/diagnose/decode';
import { prepare } from '../../src/diagnose/input';
import { mayMatch, textOf } from '../../src/diagnose/match';
import { readLogLine } from '../../src/diagnose/access-log';
import { readHar } from '../../src/diagnose/har';
import { parseProxyStatus } from '../../src/diagnose/proxy-status';
import { PROXY_ERROR_TYPES } from '../../src/diagnose/proxy-error-types';
import { builtDiagnoseData } from './helpers/built';

const data = builtDiagnoseData();
const timerIds = (seconds: number) => nearTimers(seconds, data).map((t) => `${t.platform}/${t.timer}`);

/** The diagnosis of a response or log (fails the test on any other kind of report). */
function read(input: string, seconds?: number): Diagnosis {
	const report: Report = diagnose(input, data, seconds, { readProxyStatus: parseProxyStatus, readHar, decodeIds });
	if (report.kind !== 'response' && report.kind !== 'log') throw new Error(`expected a diagnosis, got ${report.kind}`);
	return report;
}
const verdictOf = (input: string) => {
	const { verdict, status } = read(input);
	return { confidence: verdict.confidence, sender: verdict.sender, next: verdict.next?.platform, code: status?.code };
};

const NGINX_504 = '<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>';

describe('the verdict and how sure it is', () => {
	it('names nginx for its stock 504 page, from its footer, not a layer that prints the same title', () => {
		expect(verdictOf(`HTTP/1.1 504 Gateway Time-out\nServer: nginx\n\n${NGINX_504}`)).toMatchObject({ sender: 'nginx', code: 504 });
		expect(['sure', 'likely']).toContain(verdictOf(NGINX_504).confidence);
	});

	it('is sure of Cloudflare for a code only Cloudflare sends', () => {
		expect(verdictOf('HTTP/2 521\nserver: cloudflare\ncf-ray: 8a2b3c4d5e6f7a8b-SJC')).toMatchObject({ confidence: 'sure', sender: 'cloudflare', code: 521 });
		expect(verdictOf('Error 522 Ray ID: 8a2b3c4d5e6f7a8b')).toMatchObject({ confidence: 'sure', sender: 'cloudflare' });
	});

	it('says nginx sent the 502 when it could not reach PHP-FPM, and names PHP-FPM as the layer to look at next', () => {
		const line = '2024/05/01 10:00:00 [crit] 12#12: *3 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.5, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"';
		expect(verdictOf(line)).toMatchObject({ sender: 'nginx', next: 'php-fpm' });
	});

	it('keeps an application error that a proxy only relayed with the application', () => {
		const line = '2024/05/01 10:00:00 [error] 12#12: *3 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/index.php:3" while reading response header from upstream, client: 203.0.113.5, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"';
		expect(verdictOf(line).sender).toBe('php-fpm');
	});

	it('says Envoy’s one-line reply behind Google’s load balancer (built on Envoy) could be either’s, never sure of Envoy', () => {
		const reply = 'HTTP/2 503\ncontent-type: text/plain\nvia: 1.1 google\n\nno healthy upstream';
		expect(verdictOf(reply)).toMatchObject({ confidence: 'conflict', sender: 'envoy' });
		expect(read(reply).verdict.candidates).toContain('google-cloud-load-balancer');
		// Without the load balancer in front it is Envoy's, and the code is found from its error.
		expect(verdictOf('$ curl http://127.0.0.1:8080\nno healthy upstream%')).toMatchObject({ sender: 'envoy', code: 503 });
	});

	it('is never sure that one line of a layer’s words is that layer’s when the reader names another layer, which sends the code, as theirs', () => {
		// Platforms run other layers' software: Envoy's words from a service the reader says runs on Cloud Run.
		const prose = 'On Cloud Run the browser receives a 502 with the message "upstream connect error or disconnect/reset before headers. reset reason: protocol error".';
		expect(verdictOf(prose)).toMatchObject({ confidence: 'conflict', sender: 'envoy' });
		expect(read(prose).verdict.candidates).toContain('google-cloud-run');
		// With no other layer named, the words are Envoy's.
		expect(verdictOf('the browser receives a 502 with the message "upstream connect error or disconnect/reset before headers. reset reason: protocol error"')).toMatchObject({ sender: 'envoy' });
		expect(verdictOf('the browser receives a 502 with the message "upstream connect error or disconnect/reset before headers. reset reason: protocol error"').confidence).not.toBe('conflict');
	});

	it('takes PHP-FPM’s own log under nginx’s line about it as where to look next, not as a second sender', () => {
		const nginx = '2026/12/06 10:15:04 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.5, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"';
		const fpm = '[06-Dec-2026 10:14:10] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it';
		expect(verdictOf(`${nginx}\n\nand in the FPM log:\n${fpm}`)).toMatchObject({ confidence: 'likely', sender: 'nginx', next: 'php-fpm', code: 504 });
		// FPM's log alone is FPM's doing.
		expect(verdictOf(fpm).sender).toBe('php-fpm');
	});

	it('knows PHP-FPM’s log lines without the time (a worker’s, or the time cut off) and in its syslog form, [LEVEL]', () => {
		// php-src sapi/fpm/fpm/zlog.c: "[time] LEVEL: " to its log file, "LEVEL: " with no time from a worker, "[LEVEL] " to syslog.
		const bare = 'WARNING: [pool www] child 2663 exited on signal 11 (SIGSEGV - core dumped) after 1109.895754 seconds from start\nNOTICE: [pool www] child 2690 started';
		expect(verdictOf(`I get a 502 error at random. In the PHP log each time:\n\n${bare}`)).toMatchObject({ confidence: 'likely', sender: 'php-fpm' });
		expect(verdictOf('Dec  6 10:15:04 web1 pool[812]: [WARNING] [pool www] child 2663 exited on signal 11 (SIGSEGV) after 12.5 seconds from start')).toMatchObject({ confidence: 'likely', sender: 'php-fpm' });
		// A level word before a bracket that is not a pool is not FPM's.
		expect(verdictOf('WARNING: [db] connection pool exhausted, 502 returned').sender).not.toBe('php-fpm');
	});

	it('takes a host under a platform’s own domain as a mention of it, in a URL too', () => {
		const page = 'When I open https://myfunc.azurewebsites.net/api I get "Error 502 - Web server received an invalid response while acting as a gateway or proxy server."';
		expect(verdictOf(page).sender).toBe('azure-app-service');
	});

	it('takes a request to a host under elb.amazonaws.com as one through an AWS load balancer, as a guess', () => {
		// Chrome's request summary: the load balancer's DNS name (<name>-<id>.<region>.elb.amazonaws.com) and a 504 with no header of anyone's.
		const summary = 'Request URL: http://shop-lb-1234567890.us-west-1.elb.amazonaws.com/cart\nRequest Method: POST\nStatus Code: 504 Gateway Time-out\nContent-Type: text/html';
		expect(verdictOf(summary)).toMatchObject({ confidence: 'possible', sender: 'aws-alb', code: 504 });
		// "elb" as a label of some other domain is not it.
		expect(verdictOf(summary.replace('.elb.amazonaws.com', '.elb.example.com')).sender).not.toBe('aws-alb');
	});

	it('only guesses from a reason phrase that many layers print', () => {
		const { confidence } = verdictOf('<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>');
		expect(['possible', 'conflict', 'none']).toContain(confidence);
	});

	it('takes the body’s writer over the header of the layer in front', () => {
		const haproxy = 'HTTP/1.1 503 Service Unavailable\nserver: cloudflare\ncf-ray: 8a2b3c4d5e6f7a8b-FRA\n\n<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>';
		const result = read(haproxy);
		expect(result.verdict.sender).toBe('haproxy');
		expect(result.verdict.passedThrough).toContain('cloudflare');
	});

	it('names API Gateway for its own error headers behind CloudFront, whose X-Cache marks errors it only passes on too', () => {
		// An edge-optimized REST API is fronted by CloudFront: its Via, X-Amz-Cf-Id and "Error from cloudfront" are on every error it relays.
		const headers = 'HTTP/2 502\ncontent-type: application/json\nvia: 1.1 0123456789abcdef0123456789abcdef.cloudfront.net (CloudFront)\nx-amz-apigw-id: Ab1Cd2Ef3Gh4Ij5=\nx-amz-cf-id: q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6==\nx-amz-cf-pop: FRA56-P1\nx-amzn-errortype: InternalServerErrorException\nx-amzn-requestid: 01234567-89ab-cdef-0123-456789abcdef\nx-cache: Error from cloudfront';
		const result = read(headers);
		expect(result.verdict).toMatchObject({ confidence: 'likely', sender: 'aws-api-gateway' });
		expect(result.verdict.passedThrough).toContain('aws-cloudfront');
		// CloudFront's own 502 page still names CloudFront, with the same X-Cache.
		expect(verdictOf(`${headers.split('\nx-amz-apigw-id')[0]}\nx-cache: Error from cloudfront\n\n502 ERROR\nThe request could not be satisfied.\nCloudFront wasn't able to connect to the origin.`).sender).toBe('aws-cloudfront');
	});

	it('knows the error log of Caddy 0.x and 1.x, "[ERROR status path] error", and its 502 for an upstream it cannot dial', () => {
		const line = '06/Dec/2026:10:15:04 +0000 [ERROR 502 /app.php] dial tcp 10.0.0.5:9000: connection refused';
		const result = read(`${line}\n${line.replace('/app.php', '/')}`);
		expect(result.verdict).toMatchObject({ sender: 'caddy' });
		expect(['sure', 'likely']).toContain(result.verdict.confidence);
		expect(result.status?.code).toBe(502);
		expect(result.errors[0]?.id).toBe('dial-failed');
		// The same shape with a DNS response code and a query name (CoreDNS's errors plugin) is not Caddy's.
		expect(verdictOf('[ERROR 2 example.org. A] unreachable backend: read udp 10.0.0.2:53: i/o timeout').sender).not.toBe('caddy');
	});

	it('blames Gunicorn for the 502 the reader got when only its WORKER TIMEOUT shows, and not when the proxy in front shows itself', () => {
		const log = '[2026-12-06 10:15:04 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:42)\n[2026-12-06 10:15:05 +0000] [57] [INFO] Booting worker with pid: 57';
		expect(verdictOf(`Large uploads get \`502 Bad Gateway\`. The app container logs:\n${log}`)).toMatchObject({ confidence: 'likely', sender: 'gunicorn', code: 502 });
		// The same log with the code the proxy in front sends, and that proxy named: a guess at the proxy, never sure of Gunicorn.
		const named = verdictOf(`nginx answers 502 Bad Gateway. The app container logs:\n${log}`);
		expect(named.sender).not.toBe('gunicorn');
		expect(['possible', 'conflict', 'none']).toContain(named.confidence);
	});

	it('names the layer whose own words a bare log line is, its time stamp cut off, when no code is given and no other layer shows', () => {
		// Gunicorn's arbiter line without "[time] [pid] ": its words are still its own.
		const line = '[ERROR] Worker (pid:30) was sent SIGKILL! Perhaps out of memory?';
		expect(verdictOf(line)).toMatchObject({ confidence: 'likely', sender: 'gunicorn' });
		// With the proxy in front named, the line says what failed behind it, not who answered.
		expect(verdictOf(`nginx gives us errors and the app logs:\n${line}`).sender).not.toBe('gunicorn');
		// Words many layers print say nothing of who failed.
		expect(verdictOf('[ERROR] Bad Gateway').confidence).not.toBe('likely');
	});

	it('takes the docker-compose service an access line came from as a (weak) name of what wrote it, when two servers’ logs are interleaved', () => {
		const access = '172.18.0.1 - - [06/Dec/2026:10:15:04 +0000] "GET /report HTTP/1.1" 504 167 "-" "curl/8.5.0"';
		const app = '[2026-12-06 10:14:04 +0000] [8] [DEBUG] GET /report';
		const compose = `app_1    | ${app}\nproxy-nginx-1  | ${access}\napp_1    | ${app}\nproxy-nginx-1  | ${access}`;
		expect(prepare(compose).lines.map((l) => l.service)).toEqual(['app', 'proxy nginx', 'app', 'proxy nginx']);
		expect(verdictOf(compose)).toMatchObject({ confidence: 'possible', sender: 'nginx', code: 504 });
		// Without the prefixes the access lines could be any server's.
		expect(verdictOf(`${app}\n${access}\n${app}\n${access}`).sender).toBeUndefined();
	});

	it('guesses from the longer of two common phrases: the ARR 502 page text three Microsoft layers print, not "502 error"', () => {
		const { verdict } = read('502 - Web server received an invalid response while acting as a gateway or proxy server.\n\nSince this morning every request to the admin page ends in this 502 error.');
		expect(verdict.confidence).toBe('possible');
		expect(verdict.candidates.slice(0, 3).sort()).toEqual(['azure-app-service', 'azure-application-gateway', 'iis']);
	});

	it('takes a stack trace through /var/task/.netlify/functions-internal/ as a Netlify Function’s, as a guess', () => {
		const error = (path: string) => `{\nerrorType: "Runtime.UserCodeSyntaxError",\nerrorMessage: "SyntaxError: Unexpected token '?'",\ntrace: [\n"    at _loadUserApp (/var/runtime/UserFunction.js:98:13)",\n"    at Object.<anonymous> (${path}:3:9)"\n]\n}`;
		expect(verdictOf(error('/var/task/.netlify/functions-internal/___netlify-handler/handler.js'))).toMatchObject({ confidence: 'possible', sender: 'netlify' });
		// The same error from a function that Netlify did not build says nothing of Netlify.
		expect(verdictOf(error('/var/task/index.js')).sender).not.toBe('netlify');
	});

	it('reads the code before Envoy’s response flags in prose, and from an IIS W3C log line, bold or not', () => {
		expect(verdictOf('The ingress gateway answers **_503 UF,URX upstream_reset_before_response_started{connection_failure}_**').code).toBe(503);
		expect(verdictOf('Requests fail with 504 UT after 15 s').code).toBe(504);
		// Capitals that are not Envoy flags after a number are not read as them.
		expect(verdictOf('We moved 503 USERS to the new cluster and now see errors').code).toBeUndefined();
		const w3c = '2026-12-06 10:15:04 W3SVC1 WEB01 10.0.0.5 GET /health - 443 - 203.0.113.7 HTTP/1.1 - - example.com 503 0 1255 202 130 15';
		expect(verdictOf(w3c).code).toBe(503);
		expect(verdictOf(w3c.replace('503 0 1255', '**503 0 1255**')).code).toBe(503);
		expect(verdictOf('2026-12-06 10:15:04 the job took 503 ms over 2 tries').code).toBeUndefined();
	});

	it('joins back log records a terminal cut mid-word at a fixed width, and leaves whole lines alone', () => {
		const record = (n: number) => `2026/12/06 10:15:0${n} [error] 7#7: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.${n}, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"`;
		const cut = (line: string) => line.match(/.{1,100}/g)!.join('\n');
		const wrapped = `${cut(record(1))}\n${cut(record(2))}`;
		const { lines, unwrapped } = prepare(wrapped);
		expect(lines.map((l) => l.text)).toEqual([record(1), record(2)]);
		expect(unwrapped.join(' ')).toMatch(/100 columns/);
		const result = read(wrapped);
		expect(result.verdict).toMatchObject({ sender: 'nginx' });
		expect(result.errors[0]?.id).toBe('upstream-timed-out');
		expect(result.status?.code).toBe(504);
		// An error line and its access line, twice: two records each, as pasted.
		const access = '203.0.113.1 - - [06/Dec/2026:10:15:01 +0000] "GET / HTTP/1.1" 504 167 "-" "curl/8.5.0"';
		expect(prepare(`${record(1)}\n${access}\n${record(2)}\n${access}`).lines).toHaveLength(4);
	});

	it('matches an error string that a word-wrapping tool broke over two lines', () => {
		const log = '[Sun Dec 06 10:15:04.123456 2026] [proxy_http:error] [pid 1234:tid\n140209936983808] [client 203.0.113.7:55932] AH01114: HTTP: failed to make\nconnection to backend: 127.0.0.1';
		const result = read(log);
		expect(result.verdict.sender).toBe('apache');
		expect(result.errors.map((e) => e.id)).toContain('backend-refused');
		expect(result.status?.code).toBe(503);
	});

	it('says nothing was recognised in a paste with no marks', () => {
		expect(diagnose('', data)).toEqual({ kind: 'empty' });
		expect(verdictOf('HTTP/1.1 503 Service Unavailable\nx-powered-by: nothing-we-know')).toMatchObject({ confidence: 'none', sender: undefined });
	});
});

describe('wrappers around a paste', () => {
	const texts = (input: string) => prepare(input).lines.map((l) => l.text);

	it('takes off Markdown quotes, service prefixes and curl -v, keeping the reader’s line numbers', () => {
		expect(texts('> HTTP/1.1 502 Bad Gateway\n> Server: nginx')).toEqual(['HTTP/1.1 502 Bad Gateway', 'Server: nginx']);
		expect(texts('nginx_1  | line one\nnginx_1  | line two')).toEqual(['line one', 'line two']);
		const curl = prepare('* Connected to example.com\n> GET / HTTP/1.1\n> Host: example.com\n< HTTP/1.1 503 Service Unavailable\n< server: envoy');
		expect(curl.lines.map((l) => `${l.from}:${l.text}`)).toEqual(['4:HTTP/1.1 503 Service Unavailable', '5:server: envoy']);
	});

	it('reads a PHP print_r dump as a response, and HTML escaped inside a JSON string as the page', () => {
		expect(texts('    [0] => HTTP/1.1 502 Bad Gateway\n    [1] => Server: awselb/2.0')).toEqual(['HTTP/1.1 502 Bad Gateway', 'Server: awselb/2.0']);
		const escaped = read(`Error: request failed. "<html>\\n<head><title>504 Gateway Time-out</title></head>\\n<body>\\n<hr><center>nginx</center>\\n</body></html>\\n"`);
		expect(escaped.verdict.sender).toBe('nginx');
		expect(escaped.read.unwrapped.join(' ')).toMatch(/HTML escaped inside a string/);
	});

	it('reads log shippers’ JSON lines by their message and by their fields, and HTML entities as characters', () => {
		const line = '{"log":"upstream timed out\\n","stream":"stderr","time":"2024-01-01T00:00:00Z"}';
		expect(texts(line)).toEqual(['upstream timed out', '', line]);
		// Headers a client printed as a JSON object are read as headers.
		expect(texts('Headers: {"server":"gunicorn/19.9.0","content-length":"290"}')).toEqual(['server: gunicorn/19.9.0', 'content-length: 290']);
		// An empty message is no message: the line is read as it is.
		expect(texts('{"msg":"","RouterName":"web@docker","DownstreamStatus":502}')).toEqual(['{"msg":"","RouterName":"web@docker","DownstreamStatus":502}']);
		expect(texts('&lt;title&gt;502 Bad Gateway&lt;/title&gt;')).toEqual(['<title>502 Bad Gateway</title>']);
	});
});

describe('whole logs', () => {
	const albLine = (status: number, target: string, time = '2024-05-01T10:00:00.000000Z') =>
		`http ${time} app/my-lb/50dc6c495c0c9188 203.0.113.9:2817 10.0.0.1:80 0.001 ${target === '-' ? '-1' : '0.004'} ${target === '-' ? '-1' : '0.000'} ${status} ${target} 94 326 "GET http://example.com:80/ HTTP/1.1" "curl/8.0" - - arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354"`;

	it('reads the access-log formats people paste', () => {
		expect(readLogLine(albLine(502, '-'))).toMatchObject({ format: 'alb', status: 502, detail: expect.stringMatching(/^target_status=-/) });
		expect(readLogLine('203.0.113.9 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8.0"')).toMatchObject({ format: 'combined', status: 502 });
		// A Classic Load Balancer's line: no type first; a backend that sent nothing reads "-", -1 and 0.
		expect(readLogLine('2024-05-01T10:00:00.123456Z my-elb 203.0.113.9:63484 - -1 -1 -1 504 0 0 0 "GET https://example.com:443/ HTTP/1.1" "curl/8.0" - -')).toMatchObject({ format: 'elb-classic', platform: 'aws-alb', status: 504, detail: expect.stringMatching(/^backend_status_code=- /) });
		expect(readLogLine('2024-05-01T10:00:00.123456Z my-elb 203.0.113.9:2817 10.0.0.1:80 0.000073 0.001048 0.000057 502 502 0 29 "GET http://example.com:80/ HTTP/1.1" "curl/8.0" - -')).toMatchObject({ format: 'elb-classic', status: 502, detail: 'backend_status_code=502' });
		// Caddy 1's error log, with the logger's time or without; a DNS server's "[ERROR 2 …]" is not a status.
		expect(readLogLine('15/Jan/2017:23:13:43 +0700 [ERROR 502 /favicon.ico] net/http: request canceled')).toMatchObject({ format: 'caddy-v1', platform: 'caddy', time: '15/Jan/2017:23:13:43 +0700', status: 502 });
		expect(readLogLine('[ERROR 504 /api] net/http: timeout awaiting response headers')).toMatchObject({ format: 'caddy-v1', status: 504 });
		expect(readLogLine('[ERROR 2 example.org. A] unreachable backend')).toBeUndefined();
		// ingress-nginx's upstreaminfo format, whole or from its request line on; nginx's own combined line stays several layers'.
		const ingress = '"GET /api HTTP/1.1" 502 157 "-" "PostmanRuntime/7.26.3" 1570 1.248 [default-my-service-80] [] 10.244.2.36:80, 10.244.2.36:80 0, 0 1.244, 0.004 502, 502 cc30e5d47f23e3a117181ff94479bc6f';
		expect(readLogLine(ingress)).toMatchObject({ format: 'ingress-nginx', platform: 'nginx', status: 502 });
		expect(readLogLine(`203.0.113.9 - - [01/May/2024:10:00:00 +0000] ${ingress}`)).toMatchObject({ format: 'ingress-nginx', platform: 'nginx', time: '01/May/2024:10:00:00 +0000', status: 502 });
		expect(readLogLine('203.0.113.9 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8.0" 1570 1.248')).toMatchObject({ format: 'combined', platform: '' });
		expect(readLogLine('[2024-05-01T10:00:00.000Z] "GET /api HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - 0 91 30 - "-" "curl/8.0" "id" "api" "10.0.0.7:8080"')).toMatchObject({ format: 'envoy', status: 503, detail: 'flags=UF,URX' });
		expect(readLogLine('haproxy[1234]: 203.0.113.9:51234 [01/May/2024:10:00:00.123] fe be/srv1 0/0/-1/-1/3001 503 217 - - SC-- 1/1/0/0/3 0/0 "GET / HTTP/1.1"')).toMatchObject({ format: 'haproxy', status: 503, detail: 'termination=SC--' });
		expect(readLogLine('2024-05-01T10:00:30.000+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" host=app.herokuapp.com request_id=x fwd="203.0.113.9" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https')).toMatchObject({ format: 'heroku', status: 503, detail: 'code=H12' });
		expect(readLogLine('Jun 12 10:00:00 app heroku[router]: Error H12 (Request timeout) -> GET app.herokuapp.com/ dyno=web.1 queue= wait= service=30000ms status=503 bytes=0')).toMatchObject({ format: 'heroku', detail: 'code=H12' });
		expect(readLogLine('{"httpRequest":{"status":502,"requestUrl":"https://example.com/"},"jsonPayload":{"@type":"type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry","statusDetails":"backend_connection_closed_before_data_sent_to_client"},"timestamp":"2024-05-01T10:00:00Z"}')).toMatchObject({ format: 'gcp-lb', status: 502, detail: 'statusDetails=backend_connection_closed_before_data_sent_to_client' });
		const cloudfront = ['2024-05-01', '10:00:00', 'FRA56-P1', '0', '203.0.113.9', 'GET', 'd111111abcdef8.cloudfront.net', '/index.html', '502', '-', 'curl/8.0', '-', '-', 'Error', 'abc==', 'example.com', 'https', '0', '0.001', '-', 'TLSv1.3', 'TLS_AES_128_GCM_SHA256', 'Error', 'HTTP/2.0', '-', '-', '5678', '0.001', 'OriginConnectError', 'text/html', '0', '-', '-'].join('\t');
		expect(readLogLine(cloudfront)).toMatchObject({ format: 'cloudfront', status: 502, detail: 'result=OriginConnectError' });
	});

	it('reads a 5 MB log whole and sums it up: requests by status, the failure that repeats most, first and last seen', () => {
		const lines: string[] = [];
		let size = 0;
		for (let i = 0; size < 5_000_000; i++) {
			const failing = i % 10 === 0;
			const line = albLine(failing ? 502 : 200, failing ? '-' : '200', `2024-05-01T10:${String(Math.floor(i / 600) % 60).padStart(2, '0')}:00.000000Z`);
			lines.push(line);
			size += line.length + 1;
		}
		// The one line that gives it away is at the very end.
		const result = read(lines.join('\n'));
		expect(result.read.read).toBe(result.read.size);
		expect(diagnose(lines.slice(0, 20).join('\n'), data).kind).toBe('log');
		expect(result.log!.records).toBe(lines.length);
		expect(result.log!.byStatus[0]).toMatchObject({ status: 200 });
		expect(result.log!.signatures[0]).toMatchObject({ platform: 'aws-alb', status: 502, count: Math.ceil(lines.length / 10), first: '2024-05-01T10:00:00.000000Z' });
		expect(result.log!.noTargetResponse).toBe(Math.ceil(lines.length / 10));
		expect(result.verdict.sender).toBe('aws-alb');
		expect(result.status?.code).toBe(502);
	});

	it('finds in the middle of 9,000 other lines what it finds in a paste alone', () => {
		// The matcher tests each pattern on the whole text once before it looks line by line; a line's
		// ^ and $ and a lookbehind at its start must work there as they do on the line alone.
		const noise = (n: number) => Array.from({ length: n }, (_, i) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z app[web.1]: GET /items/${i} 200 in ${i % 97} ms`);
		const pastes = [
			'2024/05/01 10:00:00 [crit] 12#12: *3 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.5, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
			'HTTP/1.1 502 Bad Gateway\nServer: awselb/2.0\nContent-Type: text/html',
			'2024/05/01 10:00:00 [error] 7#7: *9 api.internal could not be resolved (3: Host not found), client: 203.0.113.5, server: example.com, request: "GET / HTTP/1.1", host: "example.com"',
		];
		for (const paste of pastes) {
			const alone = read(paste);
			const within = read([...noise(4500), paste, ...noise(4500)].join('\n'));
			expect(within.verdict.sender, paste).toBe(alone.verdict.sender);
			expect(within.verdict.next?.platform, paste).toBe(alone.verdict.next?.platform);
			expect(within.errors.map((e) => [e.id, e.evidence.text]), paste).toEqual(alone.errors.map((e) => [e.id, e.evidence.text]));
			expect(alone.errors.length + (alone.verdict.next ? 1 : 0), paste).toBeGreaterThan(0);
		}
	});

	it('skips a pattern for the whole text only when no line can match it', () => {
		const text = textOf(prepare('first line\nserver: awselb/2.0\nlast line').lines);
		// ^ and $ at a line's ends, inside the text.
		expect(mayMatch(/^server:\s*awselb\/2\.0$/i, text)).toBe(true);
		// A negative lookbehind that a line break would fail (\s) holds at a line's start.
		expect(mayMatch(/(?<!\s)server:/i, text)).toBe(true);
		expect(mayMatch(/^nginx$/i, text)).toBe(false);
	});

	it('says exactly how much it read of a paste over the limit', () => {
		const big = `HTTP/1.1 502 Bad Gateway\nserver: awselb/2.0\n${'x'.repeat(MAX_INPUT)}\nx-marker: past the end`;
		const result = read(big);
		expect(result.read).toMatchObject({ read: MAX_INPUT, size: big.length });
		expect(result.headers).not.toContain('x-marker');
		expect(result.verdict.sender).toBe('aws-alb');
	});
});

describe('HAR files', () => {
	const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'test' }, entries } });
	const entry = (status: number, headers: [string, string][], text = '') => ({
		request: { method: 'GET', url: `https://example.com/${status}` },
		response: { status, statusText: '', httpVersion: 'HTTP/1.1', headers: headers.map(([name, value]) => ({ name, value })), content: { mimeType: 'text/html', text } },
		time: 30012.5,
		timings: { wait: 30000.1 },
	});

	it('lists each failed request with its own verdict, and leaves the rest out', async () => {
		const text = har([entry(200, []), entry(502, [['server', 'awselb/2.0']]), entry(521, [['server', 'cloudflare'], ['cf-ray', '8a2b3c4d5e6f7a8b-SJC']])]);
		const report = diagnose(text, data, undefined, await readersFor(text));
		if (report.kind !== 'har') throw new Error(report.kind);
		expect(report.total).toBe(3);
		expect(report.requests.map((r) => [r.request.status, r.diagnosis.verdict.sender])).toEqual([
			[502, 'aws-alb'],
			[521, 'cloudflare'],
		]);
		expect(report.requests[0]!.request).toMatchObject({ url: 'https://example.com/502', time: 30012.5, wait: 30000.1 });
	});

	it('says clearly when a file looks like HAR but is not', () => {
		expect(diagnose('{"log": {"entries": [ oops', data, undefined, { readHar })).toMatchObject({ kind: 'unreadable', problem: expect.stringMatching(/not valid JSON/) });
		expect(readHar('{"log": {}}')).toMatchObject({ ok: false, problem: expect.stringMatching(/no log.entries/) });
	});
});

describe('timers near the time a request failed after', () => {
	it('19 s: Cloudflare’s TCP connect window first', () => {
		expect(timerIds(19)[0]).toBe('cloudflare/tcp-connect');
	});
	it('125 s: Cloudflare’s Proxy Read Timeout first', () => {
		expect(timerIds(125)[0]).toBe('cloudflare/proxy-read-timeout');
	});
	it('names no timer far from every default', () => {
		expect(timerIds(7777)).toEqual([]);
	});
	it('put the sender’s own timer first', () => {
		expect(read('HTTP/2 504\nserver: awselb/2.0', 60).timers[0]).toMatchObject({ platform: 'aws-alb', timer: 'idle-timeout' });
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
		expect(read('HTTP/2 502\nproxy-status: cdn; error=').proxyStatus).toMatchObject([{ invalid: true }]);
	});
	it('knows every error type of the registry', () => {
		expect(Object.keys(PROXY_ERROR_TYPES)).toHaveLength(32);
	});
	it('is read from pasted headers with the meaning of its error', () => {
		expect(read('HTTP/2 504\nproxy-status: ExampleCDN; error=connection_timeout').proxyStatus[0]).toMatchObject({ proxy: 'ExampleCDN', errorMeaning: PROXY_ERROR_TYPES['connection_timeout']!.meaning });
	});
});

describe('identifiers', () => {
	it('decode a Ray ID’s data centre, a Vercel ID’s regions and time, and an Akamai reference', () => {
		const ids = decodeIds(['cf-ray: 8a2b3c4d5e6f7a8b-SJC', 'x-vercel-id: hnd1::iad1::kt6vv-1700000000000-abcdef123456', 'Reference #18.6f64d440.1621415935.ab12cd'].map((text, i) => ({ text, from: i + 1 })));
		expect(ids.map((i) => i.kind)).toEqual(['Cloudflare Ray ID', 'Vercel request ID', 'Akamai reference']);
		expect(ids[0]!.facts[0]).toContain('SJC');
		// Times to the minute, as the function's name promises (1700000000000 ms is 2023-11-14 22:13:20 UTC).
		expect(ids[1]!.facts.join(' ')).toMatch(/hnd1.*iad1.*Request time: 2023-11-14 22:13 UTC\./);
		expect(ids[2]!.facts.join(' ')).toMatch(/2021-05-19 09:18 UTC\. Akamai does not document/);
	});
});

describe('what it makes of awkward input', () => {
	it('reads many long adversarial lines in linear time (no pattern backtracks on them)', () => {
		// Shapes that made regular expressions backtrack: a header whose value is a run of spaces
		// before one more character (quadratic: 50 such lines took about a second), runs of words
		// and spaces, a quote never closed. Timed against a paste of the same size without them,
		// so a slow machine slows both.
		const shapes = [`a:x${' '.repeat(3990)}y`, `${'a '.repeat(1995)}!`, `"${'x '.repeat(1995)}`, `GET / HTTP/1.1${' \t'.repeat(1990)}5`];
		const adversarial = Array.from({ length: 48 }, (_, i) => shapes[i % 8 < 5 ? 0 : i % shapes.length]).join('\n');
		const plain = adversarial.replace(/[ \t]/g, 'y');
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

	it('says a binary file is not text, instead of reading junk', () => {
		const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
		expect(diagnose(junk, data)).toMatchObject({ kind: 'unreadable', problem: expect.stringMatching(/not text/) });
	});

	it('treats HTML with scripts and header-injection attempts as text', () => {
		const result = read('HTTP/1.1 503 Service Unavailable\r\nserver: envoy\r\nx-evil: <script>alert(1)</script>\r\n\r\n<img src=x onerror=alert(1)>');
		expect(result.status?.code).toBe(503);
		expect(result.headers).toEqual(expect.arrayContaining(['server', 'x-evil']));
	});

	it('ignores the request lines of curl -v and reads its response lines', () => {
		const result = read('> GET / HTTP/2\n> host: www.example.com\n< HTTP/2 521\n< server: cloudflare\n< cf-ray: 8a2b3c4d5e6f7a8b-SJC');
		expect(result.headers).not.toContain('host');
		expect(result.status?.code).toBe(521);
		expect(result.verdict.sender).toBe('cloudflare');
	});
});
