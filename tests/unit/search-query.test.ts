import { describe, expect, it } from 'vitest';
import {
	asksToChange,
	asksToSetTimeout,
	bareCode,
	chainMentioned,
	codeTopic,
	logSections,
	type PlatformShortcut,
	secondsQuoted,
	timerQuoted,
	type TimerValue,
	chainsHinted,
	correctSpelling,
	correctWords,
	dropUnknownNumbers,
	EXACT_KEY_WORDS,
	exactKey,
	exactString,
	exactStrings,
	hasSearchableWord,
	isTellingKey,
	deployPage,
	looksLikePaste,
	proseSection,
	tieApplies,
	MAX_QUERY_WORDS,
	namesFit,
	normaliseQuery,
	versusCodes,
	onAnotherCodePage,
	onlyCodeNamed,
	statedCode,
	namedPage,
	isProgramOutput,
	pastedWords,
	platformMentioned,
	platformsNamed,
	platformShortcut,
	sectionsOn,
	searchTerms,
	symptomSection,
	timerNamed,
	sectionLabel,
	type ExactString,
	upstreamLayer,
} from '../../src/search/query';
import { bestSection, idf, rankPages, tidyExcerpt } from '../../src/search/rank';

describe('normaliseQuery', () => {
	it('keeps what people type as it is', () => {
		expect(normaliseQuery('bad gateway')).toBe('bad gateway');
		expect(normaliseQuery('proxy_read_timeout 504')).toBe('proxy_read_timeout 504');
	});

	it("leaves out an error page's markup, which is not its words", () => {
		expect(normaliseQuery('[BUG] API Error: 524 <!DOCTYPE html>')).toBe('BUG API Error 524');
		expect(normaliseQuery('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>')).toBe('502 Bad Gateway nginx');
		// HAProxy's <NOSRV> is a word of its log line, not markup.
		expect(normaliseQuery('be_app/<NOSRV> 0/-1/-1/-1/0 503')).toContain('NOSRV');
	});

	it('searches the words as typed when all of them looked variable, rather than nothing', () => {
		expect(normaliseQuery('traefik.docker.network')).toBe('traefik.docker.network');
		expect(normaliseQuery('10.0.0.1')).toBe('10.0.0.1');
	});

	it('drops the parts of a Heroku router line that change every time', () => {
		const line =
			'2010-10-06T21:51:37-07:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0';
		expect(normaliseQuery(line)).toBe('heroku router error code H12 desc Request timeout status 503');
	});

	it('drops a Vercel error id and a Ray ID but keeps the error code', () => {
		expect(normaliseQuery('504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT ID: hnd1::iad1::kt6vv-1700000000000-abcdef123456')).toBe(
			'504 GATEWAY_TIMEOUT Code FUNCTION_INVOCATION_TIMEOUT ID'
		);
		expect(normaliseQuery('Ray ID: 8a2b3c4d5e6f7a8b-SJC')).toBe('Ray ID');
	});

	it('drops a URL whole, its address with it, so its path names no layer', () => {
		// "http://127.0.0.1:5050/api/…" had left "http api", a name of API Gateway's.
		expect(normaliseQuery('[WebServer] Failed to proxy http://127.0.0.1:5050/api/metrics [Error: socket hang up]')).toBe('WebServer Failed proxy Error socket hang');
	});

	it('drops addresses, timestamps and durations from an nginx error line', () => {
		const line =
			'2026/11/25 03:12:44 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: www.example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8000/"';
		// "out", "while" and "from" are everyday words: each would cost a search and match by prefix. The request line ("GET / HTTP/1.1") differs in every line.
		// Its level ("[error]") frames the line, as in Apache's.
		expect(normaliseQuery(line)).toBe('upstream timed 110 Connection reading response header client server request');
	});

	it('drops an Apache error line\'s framing fields and a Windows path\'s drive and folders, keeping the file name', () => {
		const line = "[Thu Oct 20 15:15:37 2011] [alert] [client 203.0.113.134] C:/Users/Administrator/Desktop/my servers/_Server/htdocs/armory/.htaccess: Invalid command 'RewriteEngine', perhaps misspelled or defined by a module";
		expect(normaliseQuery(line)).toBe('htaccess Invalid command RewriteEngine perhaps misspelled defined module');
		expect(exactKey('Config error in C:\\inetpub\\wwwroot\\web.config line 5')).toBe('config error in web.config line');
	});

	it('parts a code or a name from the Chinese or Japanese words around it, which have no spaces between them', () => {
		expect(normaliseQuery('网站报错：523 Origin is unreachable')).toBe('网站报错 523 Origin unreachable');
		expect(normaliseQuery('一直是1033报错不知道为什么')).toBe('一直是 1033 报错不知道为什么');
		expect(normaliseQuery('vercel 显示 This Serverless Function has crashed.')).toBe('vercel 显示 Serverless Function crashed');
		expect(normaliseQuery('Nginxで502エラー')).toBe('Nginx で 502 エラー');
	});

	it('keeps the controller named at the start of a Kubernetes annotation, which is not a host name', () => {
		expect(normaliseQuery('appgw.ingress.kubernetes.io/request-timeout')).toBe('appgw request-timeout');
		expect(normaliseQuery('alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds=600')).toBe('alb load-balancer-attributes idle_timeout.timeout_seconds 600');
		expect(normaliseQuery('service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout')).toBe('service aws-load-balancer-connection-idle-timeout');
		// A host name is still one: api.example.com/v1 is nobody's setting.
		expect(normaliseQuery('504 from api.example.com/v1')).toBe('504 v1');
	});

	it(`stops at ${MAX_QUERY_WORDS} distinct words`, () => {
		expect(normaliseQuery('b c d e f g h j k l m n o p q r s t u v').split(' ')).toHaveLength(MAX_QUERY_WORDS);
		expect(normaliseQuery('gateway '.repeat(5000))).toBe('gateway');
	});
});

describe('a setting typed with its value', () => {
	it('keeps the setting\'s name and drops its value, whatever the unit', () => {
		expect(normaliseQuery('client_body_buffer_size 16k;')).toBe('client_body_buffer_size');
		expect(normaliseQuery('keepalive_timeout 5m')).toBe('keepalive_timeout');
		expect(normaliseQuery('large_client_header_buffers: 4 8K')).toBe('large_client_header_buffers');
		expect(normaliseQuery('timeout 2h')).toBe('timeout');
	});
});

describe('bareCode', () => {
	it('recognises a code alone', () => {
		expect(bareCode(' 521 ')).toBe('521');
		expect(bareCode('521 error')).toBeUndefined();
		expect(bareCode('5210')).toBeUndefined();
	});
});

describe('filler words', () => {
	it('are dropped from questions, so they do not narrow the results', () => {
		expect(normaliseQuery('what is a 502 error')).toBe('502 error');
		expect(normaliseQuery('how to fix cloudflare 521')).toBe('cloudflare 521');
	});

	it('stay when nothing else is left', () => {
		expect(normaliseQuery('what is this')).toBe('what is this');
	});
});

describe('correctSpelling', () => {
	const vocabulary = ['gateway', 'internal', 'server', 'error', 'timeout', 'service', 'interval', 'gate'];

	it('fixes a transposition, a dropped letter and a wrong letter', () => {
		expect(correctSpelling('bad gatewya', vocabulary)).toBe('bad gateway');
		expect(correctSpelling('interal server error', vocabulary)).toBe('internal server error');
		expect(correctSpelling('timout', vocabulary)).toBe('timeout');
		expect(correctSpelling('servise', vocabulary)).toBe('service');
	});

	it('leaves known words, numbers and short words alone', () => {
		expect(correctSpelling('gate 5021 abc', vocabulary)).toBe('gate 5021 abc');
	});

	it('leaves a word with no close match as it is', () => {
		expect(correctSpelling('kubernetes', vocabulary)).toBe('kubernetes');
	});

	it('prefers the more frequent of two equally close words', () => {
		expect(correctSpelling('intervnal', ['internal', 'interval'])).toBe('internal');
		expect(correctSpelling('intervnal', ['interval', 'internal'])).toBe('interval');
	});
});

describe('hasSearchableWord', () => {
	const known = new Set(['gateway', 'timeout']);
	it('is false only when every word is long, not a number and unknown', () => {
		expect(hasSearchableWord('qwxzyv', known)).toBe(false);
		expect(hasSearchableWord('qwxzyv gateway', known)).toBe(true);
		expect(hasSearchableWord('ssl', known)).toBe(true);
		expect(hasSearchableWord('h12', known)).toBe(true);
	});
});

describe('platformShortcut', () => {
	const platforms = [
		{ href: '/platforms/aws-alb/', name: 'ALB', names: ['aws application load balancer', 'alb', 'aws alb'], sections: { '502': '/platforms/aws-alb/#keep-alive-race', '504': '/platforms/aws-alb/#gateway-timeout' }, codeSections: {} },
		{ href: '/platforms/aws-api-gateway/', name: 'API Gateway', names: ['amazon api gateway', 'api gateway'], sections: { '504': '/platforms/aws-api-gateway/#integration-timeout' }, codeSections: {} },
	];
	it('sends a code and a platform name to that platform’s section for the code', () => {
		expect(platformShortcut('502 alb', platforms)?.href).toBe('/platforms/aws-alb/#keep-alive-race');
		expect(platformShortcut('api gateway 504', platforms)?.href).toBe('/platforms/aws-api-gateway/#integration-timeout');
		expect(platformShortcut('AWS ALB error 504', platforms)?.href).toBe('/platforms/aws-alb/#gateway-timeout');
	});
	it('falls back to the platform page for a code it has no section for, and ignores other queries', () => {
		expect(platformShortcut('503 alb', platforms)?.href).toBe('/platforms/aws-alb/');
		expect(platformShortcut('502 bad gateway', platforms)).toBeUndefined();
		expect(platformShortcut('alb timeout', platforms)).toBeUndefined();
	});
});

describe('platformMentioned', () => {
	const platforms = [
		{ href: '/platforms/aws-lambda/', name: 'Lambda', names: ['aws lambda', 'lambda', 'serverless'], sections: { '500': '/platforms/aws-lambda/#invocation-rejected' }, codeSections: {} },
		{ href: '/platforms/vercel/', name: 'Vercel', names: ['vercel', 'serverless functions'], sections: { '500': '/platforms/vercel/#function-invocation-failed' }, codeSections: {} },
	];
	it('takes the longest name in the query, a product named in the plural written in the singular too', () => {
		expect(platformMentioned('Serverless Function Crashing on Vercel (500: INTERNAL_SERVER_ERROR)', platforms)).toMatchObject({ platform: { name: 'Vercel' }, code: '500', href: '/platforms/vercel/#function-invocation-failed' });
		expect(platformMentioned('serverless functions time out', platforms)?.platform.name).toBe('Vercel');
		expect(platformMentioned('lambda timed out with serverless', platforms)?.platform.name).toBe('Lambda');
		expect(platformMentioned('functions time out', platforms)).toBeUndefined();
		const run = { href: '/platforms/google-cloud-run/', name: 'Cloud Run', names: ['google cloud run', 'cloud run'], sections: {}, codeSections: {} };
		expect(platformMentioned('CloudRun getting 503 after 120sec', [run])?.platform.name).toBe('Cloud Run');
		expect(platformMentioned('Lambda 500s at night', platforms)).toMatchObject({ code: '500', href: '/platforms/aws-lambda/#invocation-rejected' });
		expect(platformMentioned('Lambda gives 500. Works locally', platforms)).toMatchObject({ code: '500' });
		const gateway = { href: '/platforms/azure-application-gateway/', name: 'Application Gateway', names: ['azure application gateway', 'application gateway'], sections: {}, codeSections: {} };
		expect(platformMentioned('502 Bad Gateway Microsoft-Azure-Application-Gateway/v2', [gateway])?.platform.name).toBe('Application Gateway');
	});
	it("does not read a stack frame's dependency folder as a platform's name", () => {
		const node = { href: '/platforms/nodejs/', name: 'Node.js', names: ['node.js', 'node'], sections: {}, codeSections: {} };
		expect(platformMentioned('[AxiosError]: Request failed with status code 502 at settle (/app/node_modules/axios/lib/core/settle.js:19:12)', [node])).toBeUndefined();
		expect(platformMentioned('node 502 behind nginx', [node])?.platform.name).toBe('Node.js');
	});

	it('takes a platform named by its name before one named only by a message it prints, however long', () => {
		const run = { href: '/platforms/run/', name: 'Run', names: ['cloud run'], sections: { '504': '/platforms/run/#request-timeout' }, codeSections: {} };
		const proxy = { href: '/platforms/proxy/', name: 'Proxy', names: ['proxy', 'upstream request timeout'], sections: { '504': '/platforms/proxy/#upstream-request-timeout' }, codeSections: {} };
		const messages = [exactKey('upstream request timeout')];
		const title = 'Gunicorn on Cloud Run get an 504 error status (Upstream Request Timeout)';
		expect(platformMentioned(title, [proxy, run], messages)).toMatchObject({ platform: { name: 'Run' }, code: '504', href: '/platforms/run/#request-timeout' });
		// Without the site's messages, the longest name; and the message alone still names its platform.
		expect(platformMentioned(title, [proxy, run])?.platform.name).toBe('Proxy');
		expect(platformMentioned('504 upstream request timeout', [proxy, run], messages)?.platform.name).toBe('Proxy');
		// Nor is it among the platforms the title names: the title quotes it.
		expect(platformsNamed(title, [proxy, run], messages)).toEqual(['/platforms/run/']);
		expect(platformsNamed(title, [proxy, run])).toEqual(['/platforms/proxy/', '/platforms/run/']);
		// A name the platform's own messages hold ("Generated by cloudfront") is still its name.
		const cdn = { href: '/platforms/cdn/', name: 'CDN', names: ['cloudfront'], sections: {}, codeSections: {} };
		const lb = { href: '/platforms/lb/', name: 'LB', names: ['alb'], sections: {}, codeSections: {} };
		expect(platformMentioned('ALB with Cloudfront gives 504', [cdn, lb], [exactKey('Generated by cloudfront (CloudFront)'), exactKey('cloudfront timed out')])?.platform.name).toBe('CDN');
	});
});

describe('a platform named by one of its own flags or codes', () => {
	const haproxy = { href: '/platforms/haproxy/', name: 'HAProxy', names: ['haproxy', 'sc--', 'sh--', 'nosrv'], sections: { '503': '/platforms/haproxy/#nosrv-no-server', '504': '/platforms/haproxy/#sh-server-timeout' }, codeSections: { '503': ['nosrv-no-server', 'sc-connect-failed', 'sc-connect-timeout'] } };
	const heroku = { href: '/platforms/heroku/', name: 'Heroku', names: ['heroku', 'h12', 'h10'], sections: { '503': '/platforms/heroku/#h12' }, codeSections: { '503': ['h12', 'h10'] } };
	it('leads to the section the flag names, on the code the query names, else on any', () => {
		expect(platformMentioned('26848/   0/-1/-1/26849 503 212 - - SC-- 197/197/1/1/+3 0/0 {|203.0.113.80} {} "GET /hello HTTP/1.1"', [haproxy])).toMatchObject({ href: '/platforms/haproxy/#sc-connect-failed', code: '503', flagged: true });
		expect(platformMentioned('Heroku H10 app crashed', [heroku])).toMatchObject({ href: '/platforms/heroku/#h10', code: '503', flagged: true });
		// A flag with no section on the code named, or no flag: the code's first section.
		expect(platformMentioned('haproxy 504 with SC--', [haproxy])).toMatchObject({ href: '/platforms/haproxy/#sh-server-timeout', code: '504' });
		expect(platformMentioned('haproxy 503', [haproxy])).toEqual({ platform: haproxy, href: '/platforms/haproxy/#nosrv-no-server', code: '503' });
	});
});

describe('a platform named by a name of its own', () => {
	const lambda = { href: '/platforms/lambda/', name: 'Lambda', names: ['aws lambda', 'lambda', 'serverless', 'function timeout'], sections: { '502': '/platforms/lambda/#function-error' }, codeSections: {} };
	const netlify = { href: '/platforms/netlify/', name: 'Netlify', names: ['netlify', 'netlify functions'], sections: { '502': '/platforms/netlify/#function-timeout' }, codeSections: {} };
	const vercel = { href: '/platforms/vercel/', name: 'Vercel', names: ['vercel', 'serverless functions'], sections: {}, codeSections: {} };
	const caddy = { href: '/platforms/caddy/', name: 'Caddy', names: ['caddy', 'timeout awaiting response headers'], sections: {}, codeSections: {} };
	const platforms = [lambda, netlify, vercel, caddy];
	it('beats one named only by words other platforms\' names use too, however long', () => {
		expect(platformMentioned('Netlify function timeout after 10 seconds', platforms)?.platform.name).toBe('Netlify');
		expect(platformMentioned('serverless on Vercel times out', platforms)?.platform.name).toBe('Vercel');
		expect(platformMentioned('Netlify 502: function timeout', platforms)).toMatchObject({ platform: { name: 'Netlify' }, code: '502' });
	});
	it('leaves the longest name to decide between names alike', () => {
		expect(platformMentioned('function timeout on a serverless app', platforms)?.platform.name).toBe('Lambda');
		expect(platformMentioned('serverless functions time out', platforms)?.platform.name).toBe('Vercel');
		expect(platformMentioned('lambda function timeout on netlify functions', platforms)?.platform.name).toBe('Netlify');
		// The name the site calls a platform by is its own, though another product's name holds it ("lambda@edge").
		const cdn = { href: '/platforms/cdn/', name: 'CloudFront', names: ['cloudfront', 'lambda@edge'], sections: {}, codeSections: {} };
		const run = { href: '/platforms/run/', name: 'Cloud Run', names: ['cloud run', 'run'], sections: {}, codeSections: {} };
		expect(platformMentioned('Lambda timeouts with serverless functions', [lambda, cdn, vercel])?.platform.name).toBe('Lambda');
		expect(platformMentioned('Lambda timeouts behind Cloud Run', [lambda, cdn, run])?.platform.name).toBe('Cloud Run');
	});
});

describe('a cloud product named by its vendor and the end of its name', () => {
	const alb = { href: '/platforms/alb/', name: 'ALB', names: ['aws application load balancer', 'alb'], sections: { '504': '/platforms/alb/#gateway-timeout' }, codeSections: {} };
	const gclb = { href: '/platforms/gclb/', name: 'GCLB', names: ['google cloud application load balancer', 'gclb'], sections: {}, codeSections: {} };
	const lambda = { href: '/platforms/lambda/', name: 'Lambda', names: ['aws lambda'], sections: {}, codeSections: {} };
	it('finds the product, the vendor written any of its ways, a word or two apart', () => {
		expect(platformMentioned('504 from the Amazon load balancer', [alb, gclb])).toMatchObject({ platform: { name: 'ALB' }, code: '504' });
		expect(platformMentioned('gcp https load balancer drops websockets', [alb, gclb])?.platform.name).toBe('GCLB');
		expect(platformMentioned('HTTP 502 when using GCP\'s Loadbalancer (L7)', [alb, gclb])?.platform.name).toBe('GCLB');
	});
	it('decides a product word two vendors use ("ALB"), by the vendor named', () => {
		const google = { ...gclb, names: ['google cloud application load balancer', 'google cloud alb', 'gclb'] };
		expect(platformMentioned('Occasional HTTP 502 errors when using GCP\'s ALB Loadbalancer (L7)', [alb, google])).toMatchObject({ platform: { name: 'GCLB' } });
		expect(platformMentioned('ALB 502s', [alb, google])?.platform.name).toBe('ALB');
	});
	it('needs the vendor, and two words of the product', () => {
		expect(platformMentioned('our load balancer returns 504', [alb, gclb])).toBeUndefined();
		expect(platformMentioned('aws and a far away, unrelated load balancer', [alb, gclb])).toBeUndefined();
		// A name's characters are literal, not a pattern: a parenthesis in one is no error.
		const odd = { href: '/platforms/odd/', name: 'Odd', names: ['aws load (balancer'], sections: {}, codeSections: {} };
		expect(() => platformMentioned('aws load balancer timeouts', [odd])).not.toThrow();
		expect(platformMentioned('aws timeouts', [lambda])).toBeUndefined();
	});
});

describe('a platform named with a typo', () => {
	it('is found once the query\'s words are corrected against the site\'s', () => {
		const gateway = { href: '/platforms/app-gateway/', name: 'Application Gateway', names: ['application gateway ingress controller', 'application gateway'], sections: { '502': '/platforms/app-gateway/#no-healthy-backend' }, codeSections: {} };
		const query = 'aplication gateway ingres controler returns 502';
		expect(platformMentioned(query, [gateway])).toBeUndefined();
		const words = ['gateway', 'returns', 'application', 'ingress', 'controller'];
		expect(platformMentioned(correctSpelling(query, words), [gateway])).toMatchObject({ code: '502', href: '/platforms/app-gateway/#no-healthy-backend' });
	});
});

describe('sectionsOn', () => {
	const gunicorn = { href: '/platforms/gunicorn/', name: 'Gunicorn', names: ['gunicorn'], sections: { '502': '/platforms/gunicorn/#worker-timeout', '504': '/platforms/gunicorn/#slow' }, codeSections: { '502': ['worker-timeout', 'keepalive-mismatch'] } };
	const cloudflare = { href: '/platforms/cloudflare/', name: 'Cloudflare', names: ['cloudflare'], sections: { '521': '/521/' }, codeSections: {} };
	it('lists every section of the platform on a code, its one section, or none for a code with a page of its own', () => {
		expect(sectionsOn(gunicorn, '502')).toEqual(['/platforms/gunicorn/#worker-timeout', '/platforms/gunicorn/#keepalive-mismatch']);
		expect(sectionsOn(gunicorn, '504')).toEqual(['/platforms/gunicorn/#slow']);
		expect(sectionsOn(gunicorn, '503')).toEqual([]);
		expect(sectionsOn(cloudflare, '521')).toEqual([]);
	});
});

describe('symptomSection', () => {
	const gunicorn = {
		href: '/platforms/gunicorn/',
		name: 'Gunicorn',
		names: ['gunicorn'],
		sections: { '500': '/platforms/gunicorn/#unhandled-exception', '502': '/platforms/gunicorn/#worker-timeout', '504': '/platforms/gunicorn/#max-requests' },
		codeSections: { '502': ['worker-timeout', 'keepalive-mismatch', 'worker-crashed'] },
	};
	const gateway = {
		href: '/platforms/app-gateway/',
		name: 'App Gateway',
		names: ['app gateway'],
		sections: { '502': '/platforms/app-gateway/#no-healthy-backend', '504': '/platforms/app-gateway/#backend-timeout' },
		codeSections: { '502': ['no-healthy-backend', 'v1-timeout'] },
	};
	it('stands a symptom named without a code for the section on it', () => {
		expect(symptomSection('gunicorn requests timing out, timeouts everywhere', gunicorn)).toBe('/platforms/gunicorn/#worker-timeout');
		expect(symptomSection('gunicorn workers keep crashing', gunicorn)).toBe('/platforms/gunicorn/#worker-crashed');
		expect(symptomSection('the gunicorn master kills a child every hour', gunicorn)).toBe('/platforms/gunicorn/#worker-crashed');
		expect(symptomSection('gunicorn request takes too long', gunicorn)).toBe('/platforms/gunicorn/#worker-timeout');
		expect(symptomSection('gunicorn logs are empty', gunicorn)).toBeUndefined();
	});
	it('takes keep-alive before timeout, written in one word or two', () => {
		expect(symptomSection('raise the KEEP_ALIVE timeout of gunicorn', gunicorn)).toBe('/platforms/gunicorn/#keepalive-mismatch');
		expect(symptomSection('gunicorn keepalive', gunicorn)).toBe('/platforms/gunicorn/#keepalive-mismatch');
		// A setting in camel case says its words.
		expect(symptomSection('Set KeepAliveTimeout to 620000 (620secs)', gunicorn)).toBe('/platforms/gunicorn/#keepalive-mismatch');
		expect(symptomSection('raise headersTimeout', gunicorn)).toBe('/platforms/gunicorn/#worker-timeout');
	});
	it('lets a section the query names by its own words beat the symptom alone', () => {
		expect(symptomSection('a timeout once max requests are reached', gunicorn)).toBe('/platforms/gunicorn/#max-requests');
	});
	it('does not count an everyday word of a section\'s id ("too" in too-big-header) as the query naming it', () => {
		const nginx = {
			href: '/platforms/nginx/',
			name: 'nginx',
			names: ['nginx'],
			sections: { '502': '/platforms/nginx/#too-big-header', '504': '/platforms/nginx/#upstream-timed-out' },
			codeSections: { '502': ['too-big-header', 'connect-refused'] },
		};
		expect(symptomSection('nginx: timeouts are too low and do not match the ones set in php', nginx)).toBe('/platforms/nginx/#upstream-timed-out');
	});
	it('counts a code the platform owns as a section, its reason phrase its id', () => {
		const cloudflare = { href: '/platforms/cloudflare/', name: 'Cloudflare', names: ['cloudflare'], sections: { '504': '/platforms/cloudflare/#origin-504', '522': '/522/', '524': '/524/' }, codeSections: {} };
		const reasons = new Map([['522', 'Connection Timed Out'], ['524', 'A Timeout Occurred'], ['504', 'Gateway Timeout']]);
		expect(symptomSection('Frequent origin timeouts when behind CloudFlare', cloudflare, reasons)).toBe('/524/');
		expect(symptomSection('cloudflare connection timed out', cloudflare, reasons)).toBe('/522/');
		// TLS: a handshake or certificate, on the section or owned code about it; of two alike, the symptom's usual code (525).
		const reasonsTls = new Map([...reasons, ['525', 'SSL handshake failed'], ['526', 'Invalid SSL certificate']]);
		const withTls = { ...cloudflare, sections: { ...cloudflare.sections, '525': '/525/', '526': '/526/' } };
		expect(symptomSection('Cloudflare is unable to establish an SSL connection to the origin server.', withTls, reasonsTls)).toBe('/525/');
		expect(symptomSection('Cloudflare says the origin certificate is invalid', withTls, reasonsTls)).toBe('/526/');
		const nginx = { href: '/platforms/nginx/', name: 'nginx', names: ['nginx'], sections: { '502': '/platforms/nginx/#connect-refused' }, codeSections: { '502': ['connect-refused', 'upstream-ssl-handshake'] } };
		expect(symptomSection('nginx proxy_pass to https upstream: SSL handshake failed', nginx)).toBe('/platforms/nginx/#upstream-ssl-handshake');
		// Without the reasons, its sections on its page alone.
		expect(symptomSection('Frequent origin timeouts when behind CloudFlare', cloudflare)).toBe('/platforms/cloudflare/#origin-504');
	});
	it('breaks a tie by the symptom\'s usual code, then by order', () => {
		expect(symptomSection('app gateway times out after a minute', gateway)).toBe('/platforms/app-gateway/#backend-timeout');
	});
});

describe('chainsHinted', () => {
	const gunicorn = { href: '/platforms/gunicorn/', name: 'Gunicorn', names: ['gunicorn', 'green unicorn'], sections: {}, codeSections: {} };
	const gclb = { href: '/platforms/gclb/', name: 'GCLB', names: ['google cloud load balancing', 'gclb'], sections: {}, codeSections: {} };
	const nginx = { href: '/platforms/nginx/', name: 'nginx', names: ['nginx'], sections: {}, codeSections: {} };
	const chains = [
		{ href: '/chain/gclb-gunicorn/', title: 'GCLB → Gunicorn', platforms: ['/platforms/gclb/', '/platforms/gunicorn/'] },
		{ href: '/chain/nginx-gunicorn/', title: 'nginx → Gunicorn', platforms: ['/platforms/nginx/', '/platforms/gunicorn/'] },
	];
	it('gives the chains of the platform with a layer the query hints at by a word of its names', () => {
		expect(chainsHinted('gunicorn behind a google balancer times out', gunicorn, [gunicorn, gclb, nginx], chains)).toEqual(['/chain/gclb-gunicorn/']);
	});
	it('gives none when the query names the platform alone', () => {
		expect(chainsHinted('gunicorn times out', gunicorn, [gunicorn, gclb, nginx], chains)).toEqual([]);
	});
});

describe('chainMentioned', () => {
	const platform = (slug: string, names: string[]) => ({ href: `/platforms/${slug}/`, name: slug, names, sections: {}, codeSections: {} });
	const platforms = [platform('aws-alb', ['alb', 'aws alb']), platform('nodejs', ['node.js', 'node', 'nodejs']), platform('cloudflare', ['cloudflare', 'cf']), platform('nginx', ['nginx'])];
	const chains = [
		{ href: '/chain/cloudflare-alb-nodejs/', title: 'Cloudflare → ALB → Node.js', platforms: ['/platforms/cloudflare/', '/platforms/aws-alb/', '/platforms/nodejs/'] },
		{ href: '/chain/alb-nodejs/', title: 'ALB → Node.js', platforms: ['/platforms/aws-alb/', '/platforms/nodejs/'] },
	];
	it('answers two or more named platforms with the shortest common chain that has them all', () => {
		expect(chainMentioned('alb node 502', platforms, chains)?.href).toBe('/chain/alb-nodejs/');
		expect(chainMentioned('Cloudflare ALB Node.js 520', platforms, chains)?.href).toBe('/chain/cloudflare-alb-nodejs/');
	});
	it('stays out of a query with one platform, or with layers no common chain has', () => {
		expect(chainMentioned('alb 502', platforms, chains)).toBeUndefined();
		expect(chainMentioned('nginx node 502', platforms, chains)).toBeUndefined();
		// One phrase that names two platforms is one mention.
		const shared = [...platforms, platform('aws-lambda', ['lambda', 'lambda proxy integration']), platform('aws-api-gateway', ['api gateway', 'lambda proxy integration'])];
		const lambda = [{ href: '/chain/x/', title: 'x', platforms: ['/platforms/aws-api-gateway/', '/platforms/aws-lambda/'] }];
		expect(chainMentioned('Lambda proxy integration: Malformed Lambda proxy response', shared, lambda)).toBeUndefined();
		expect(chainMentioned('api gateway lambda 502', shared, lambda)?.href).toBe('/chain/x/');
		// A title that says more than the layers wants the page that says it.
		expect(chainMentioned('Follow up Lambda timeouts in API Gateway', shared, lambda)).toBeUndefined();
		expect(chainMentioned('alb node keepalive timeout', platforms, chains)?.href).toBe('/chain/alb-nodejs/');
	});
});

describe('codeTopic', () => {
	it('reads one code with a question every code page answers in a section', () => {
		expect(codeTopic('Retry on 524 (timeout in cloudflare)')).toEqual({ code: '524', topic: 'retry' });
		expect(codeTopic('is it safe to resend a POST after a 502?')).toEqual({ code: '502', topic: 'retry' });
		expect(codeTopic('504 Gateway Timeout vs Other Server Errors: Real Examples')).toEqual({ code: '504', topic: 'differs' });
		expect(codeTopic('how is 503 different from other errors')).toEqual({ code: '503', topic: 'differs' });
		expect(codeTopic('502 error meaning')).toEqual({ code: '502', topic: 'meaning' });
		expect(codeTopic('what does error 524 mean on cloudflare')).toEqual({ code: '524', topic: 'meaning' });
	});

	it('leaves two codes compared to the comparison, and a query with no code, several codes or no topic alone', () => {
		expect(codeTopic('502 vs 504')).toBeUndefined();
		expect(codeTopic('retry on 502 and 503')).toBeUndefined();
		expect(codeTopic('retrying a request that timed out')).toBeUndefined();
		expect(codeTopic('alb 502 keep alive')).toBeUndefined();
		// A number inside a word or a version is not a code.
		expect(codeTopic('retry after v1.502.3')).toBeUndefined();
	});

	it('reads retries a title reports as what happened, not as a question about retrying', () => {
		expect(codeTopic('529 Overloaded · Retrying in 4s · attempt 6/10')).toBeUndefined();
		expect(codeTopic('529 Overloaded bypasses failover chain — client sees all retries fail')).toBeUndefined();
		expect(codeTopic('upstream retried the 502 twice')).toBeUndefined();
		expect(codeTopic('should retries happen on a 503?')).toEqual({ code: '503', topic: 'retry' });
		expect(codeTopic('is 502 retryable')).toEqual({ code: '502', topic: 'retry' });
		expect(codeTopic('when is retrying a 504 safe')).toEqual({ code: '504', topic: 'retry' });
	});
});

describe('a timer quoted by its value', () => {
	const timers: TimerValue[] = [
		[230, '/platforms/azure-app-service/#request-timeout', '/platforms/azure-app-service/', 'App Service: Request timeout'],
		[60, '/platforms/aws-alb/#target-timeout', '/platforms/aws-alb/', 'ALB: Connection idle timeout'],
		[60, '/timeouts/#nginx-proxy-read-timeout', '/platforms/nginx/', 'nginx: proxy_read_timeout'],
		[100, '/524/', '/platforms/cloudflare/', 'Cloudflare: Proxy read timeout'],
	];

	it('reads durations in any unit as seconds', () => {
		expect(secondsQuoted('HTTP Status code for 230 second timeout')).toEqual([230]);
		expect(secondsQuoted('times out after 100s, or 1 min, or 2 minutes, or 1.5 hours, or 500ms')).toEqual([100, 60, 120, 5400, 0.5]);
		// Minutes and seconds as one duration: the sum. Seconds in Chinese (秒) too.
		expect(secondsQuoted('Max. timeout appears to be 3 mins. 50 seconds, not 5 mins.')).toEqual([230, 300]);
		expect(secondsQuoted('fails at 3m50s')).toEqual([230]);
		expect(secondsQuoted('cloudflare worker 100秒超时')).toEqual([100]);
		expect(secondsQuoted('3分50秒')).toEqual([230]);
		expect(secondsQuoted('h2 v1.60s port 8080 502')).toEqual([]);
	});

	it('is the timer of the one platform with that value', () => {
		expect(timerQuoted('HTTP Status code for 230 second timeout', timers)?.[1]).toBe('/platforms/azure-app-service/#request-timeout');
		expect(timerQuoted('requests cut at 100 seconds', timers)?.[1]).toBe('/524/');
		// Many layers wait 60 s: the value alone does not tell which.
		expect(timerQuoted('timeout after 60 seconds', timers)).toBeUndefined();
		// A client's back-off before its next try is no timer's value.
		expect(timerQuoted('529 Overloaded · Retrying in 230 seconds… (attempt 2/10)', timers)).toBeUndefined();
		expect(timerQuoted('retry after 100s, then 230 second timeout', timers)?.[1]).toBe('/platforms/azure-app-service/#request-timeout');
		expect(timerQuoted('timeout too short', timers)).toBeUndefined();
	});
});

describe('logSections', () => {
	const platform = (slug: string, codeSections: Record<string, string[]>): PlatformShortcut => ({
		href: `/platforms/${slug}/`,
		name: slug,
		names: [slug],
		sections: Object.fromEntries(Object.entries(codeSections).map(([code, ids]) => [code, `/platforms/${slug}/#${ids[0]}`])),
		codeSections,
	});
	const platforms = [
		platform('haproxy', { '503': ['sc-connect-failed', 'nosrv-no-server', 'sq-queue-timeout'] }),
		platform('heroku', { '503': ['h12', 'h10', 'h13'] }),
		platform('aws-alb', { '502': ['keep-alive-race', 'target-bad-gateway'] }),
	];

	it("gives the sections of the line's layer on its status, and the one its own field names", () => {
		expect(logSections({ platform: 'haproxy', status: 503, detail: 'termination=NOSRV' }, platforms)).toEqual({ platform: platforms[0], sections: platforms[0]!.codeSections['503']!.map((id) => `/platforms/haproxy/#${id}`), named: '/platforms/haproxy/#nosrv-no-server' });
		expect(logSections({ platform: 'haproxy', status: 503, detail: 'termination=SC--' }, platforms)?.named).toBe('/platforms/haproxy/#sc-connect-failed');
		expect(logSections({ platform: 'heroku', status: 503, detail: 'code=H13' }, platforms)?.named).toBe('/platforms/heroku/#h13');
		// The ALB's target status names no section: the index chooses among them.
		expect(logSections({ platform: 'aws-alb', status: 502, detail: 'target_status=-' }, platforms)).toEqual({ platform: platforms[2], sections: ['/platforms/aws-alb/#keep-alive-race', '/platforms/aws-alb/#target-bad-gateway'] });
	});

	it('gives none for a format several layers write, or a status the layer has no section on', () => {
		expect(logSections({ platform: '', status: 502 }, platforms)).toBeUndefined();
		expect(logSections({ platform: 'aws-alb', status: 504, detail: 'target_status=-' }, platforms)).toBeUndefined();
	});
});

describe('a timer named by its own words, and a request to set a timeout', () => {
	const platforms = ['envoy', 'traefik', 'aws-alb'].map((slug) => ({ href: `/platforms/${slug}/`, name: slug, names: [slug], sections: {}, codeSections: {} }));
	const timers = ['/timeouts/#envoy-route-timeout', '/timeouts/#envoy-upstream-idle-timeout', '/timeouts/#traefik-dial-timeout', '/timeouts/#aws-alb-idle-timeout', '/timeouts/#aws-alb-connect-timeout', '/timeouts/#traefik-connect-timeout'];
	it('finds the one timer whose name the query holds', () => {
		expect(timerNamed('Issues with route timeout configuration', timers, platforms)).toBe('/timeouts/#envoy-route-timeout');
		expect(timerNamed('dial timeout', timers, platforms)).toBe('/timeouts/#traefik-dial-timeout');
		expect(timerNamed('upstream idle timeout too short', timers, platforms)).toBe('/timeouts/#envoy-upstream-idle-timeout');
	});
	it('labels a timer\'s row by its platform and name, and another section by the words of its id', () => {
		const named = [{ href: '/platforms/aws/', name: 'AWS' }, { href: '/platforms/aws-alb/', name: 'AWS Application Load Balancer' }];
		expect(sectionLabel('/timeouts/#aws-alb-deregistration-delay', named)).toBe('AWS Application Load Balancer: deregistration delay');
		expect(sectionLabel('/platforms/azure-application-gateway/#during-a-deploy-agic', named)).toBe('During a deploy agic');
	});
	it('finds none when another platform\'s timer has that name in its own, or the name is one word', () => {
		expect(timerNamed('configuration of idle timeout', timers, platforms)).toBeUndefined();
		expect(timerNamed('connect timeout', timers, platforms)).toBeUndefined();
		expect(timerNamed('timeout', timers, platforms)).toBeUndefined();
	});
	it('tells a request to set a timeout from a timeout', () => {
		expect(asksToSetTimeout('Set gateway timeout')).toBe(true);
		expect(asksToSetTimeout('how to increase the time out')).toBe(true);
		expect(asksToSetTimeout('gateway timeout')).toBe(false);
		expect(asksToSetTimeout('set up a reverse proxy')).toBe(false);
		// What was set, and did not help, is a symptom.
		expect(asksToSetTimeout('Time outs after 2 minutes even though the time out is set to 3600s')).toBe(false);
		expect(asksToSetTimeout('timeout was already increased')).toBe(false);
	});
	it('tells a request to change a setting from its name alone', () => {
		expect(asksToChange('Increase `server.keepAliveTimeout`')).toBe(true);
		expect(asksToChange('server.keepAliveTimeout')).toBe(false);
		expect(asksToChange('proxy_read_timeout 90s;')).toBe(false);
	});
});

describe('dropUnknownNumbers', () => {
	it('keeps the numbers the site mentions and drops the rest', () => {
		expect(dropUnknownNumbers('cloudflared tunnel error 1033 pid 8123', new Set(['1033', 'tunnel']))).toBe('cloudflared tunnel error 1033 pid');
	});
});

describe('searchTerms', () => {
	const words = ['timeout', 'upstream', 'healthy', 'config', 'harakiri'];
	const vocabulary = { words, known: new Set(words), rank: new Map(words.map((w, i) => [w, i])) };

	it('keeps the rarest words first, corrects a typo and leaves out a word the site never uses', () => {
		expect(searchTerms('timeout harakri zappa upstream', vocabulary, 6)).toEqual(['harakiri', 'upstream', 'timeout']);
	});

	it('keeps short words and compounds whose parts the site uses, and stops at the limit', () => {
		expect(searchTerms('UH web.config javadoc.io timeout', vocabulary, 6)).toEqual(['UH', 'web.config', 'timeout']);
		expect(searchTerms('timeout upstream healthy', vocabulary, 2)).toEqual(['healthy', 'upstream']);
	});

	it('searches a compound the site does not use whole by its parts as well when nothing else is left, so it is no dead end', () => {
		const list = ['load', 'balancer', 'attributes', 'keep-alive'];
		const site = { words: list, known: new Set(list), rank: new Map(list.map((w, i) => [w, i])) };
		expect(searchTerms('load-balancer-attributes', site, 8)).toEqual(['load-balancer-attributes', 'attributes', 'balancer', 'load']);
		// A compound the site uses whole is searched whole only; beside another word, an unknown one is not split.
		expect(searchTerms('keep-alive', site, 8)).toEqual(['keep-alive']);
		expect(searchTerms('alb load-balancer-attributes', site, 8)).toEqual(['alb', 'load-balancer-attributes']);
	});

	it('in a typed query, searches a compound the site does not use whole by its parts too, camelCase included', () => {
		const list = ['backendconfig', 'timeout', 'ingress', 'grace', 'period', 'seconds', 'termination', 'keepalivetimeout'];
		const site = { words: list, known: new Set(list), rank: new Map(list.map((w, i) => [w, i])) };
		expect(searchTerms('BackendConfig timeoutSec GCE Ingress', site, 8, new Set(), true)).toEqual(['timeoutSec', 'GCE', 'Ingress', 'timeout', 'BackendConfig']);
		expect(searchTerms('terminationGracePeriodSeconds', site, 8, new Set(), true)).toEqual(['terminationGracePeriodSeconds', 'termination', 'seconds', 'period', 'grace']);
		// A compound the site uses whole is searched whole only.
		expect(searchTerms('keepAliveTimeout', site, 8, new Set(), true)).toEqual(['keepAliveTimeout']);
		// Nor an error code in capitals beside other words, nor in a paste.
		expect(searchTerms('500 INTERNAL_SERVER_ERROR INTERNAL_DEPLOYMENT_FETCH_FAILED', { words: ['internal', 'server', 'error', 'failed', 'internal_server_error'], known: new Set(['internal', 'server', 'error', 'failed', 'internal_server_error']), rank: new Map() }, 8, new Set(), true)).toEqual(['INTERNAL_SERVER_ERROR']);
		expect(searchTerms('BackendConfig timeoutSec GCE Ingress', site, 8)).toEqual(['timeoutSec', 'GCE', 'Ingress', 'BackendConfig']);
	});

	it('searches a setting written as words as the site writes it, joined by underscores, as well', () => {
		const list = ['proxy', 'size', 'buffer', 'increased', 'proxy_buffer_size'];
		const settings = { words: list, known: new Set(list), rank: new Map(list.map((w, i) => [w, i])) };
		expect(searchTerms('Proxy buffer size needs increased', settings, 8)).toEqual(['proxy_buffer_size', 'increased', 'buffer', 'size', 'Proxy']);
		// Words that join into no word of the site's stay as they are; so do two words, and an error code the site quotes.
		expect(searchTerms('buffer increased', settings, 8)).toEqual(['increased', 'buffer']);
		const more = [...list, 'internal', 'server', 'error', 'internal_server_error', 'buffer_size'];
		const codes = { words: more, known: new Set(more), rank: new Map(more.map((w, i) => [w, i])) };
		expect(searchTerms('buffer size', codes, 8)).toEqual(['buffer', 'size']);
		expect(searchTerms('internal server error', codes, 8, new Set(['internal_server_error']))).toEqual(['error', 'server', 'internal']);
	});
});

describe('pastedWords', () => {
	it('leaves out a log’s short tokens with a digit, and keeps two-letter flags', () => {
		expect(pastedWords('h2 app my-alb 504 UC -1 v1 timeout')).toBe('app my-alb 504 UC timeout');
	});
});

describe('exactKey', () => {
	it('leaves out a quoted request line and a quoted name or path, which differ in every paste', () => {
		expect(exactKey('Service "shop/web" does not have any active Endpoint')).toBe('service does not have any active endpoint');
		expect(exactKey("Application '/LM/W3SVC/2/ROOT' with physical root 'D:\\sites\\shop\\' failed")).toBe('application with physical root failed');
		expect(exactKey('"POST /v1/orders HTTP/1.1" 503 UC')).toBe('uc');
		// A quoted message without a slash is the message itself.
		expect(exactKey('{"message": "Endpoint request timed out"}')).toBe('message endpoint request timed out');
	});

	it('leaves out a structured log line\'s time, level and logger fields and its msg key, so the message alone is the same string', () => {
		const logfmt = exactKey(`time="2023-04-02T08:21:07Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 10.0.0.5:8080: i/o timeout"`);
		expect(logfmt).toBe('gateway timeout caused by dial tcp i o timeout');
		expect(exactKey(`'504 Gateway Timeout' caused by: dial tcp 192.168.0.3:80: i/o timeout`)).toBe(logfmt);
		expect(exactKey('{"level":"error","ts":1646861401.5241024,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:8080: connect: connection refused"}')).toBe('dial tcp connect connection refused');
		// A word that only begins like a field stays ("timeout=30s" is a setting, not a time).
		expect(exactKey('timeout=30 levels')).toBe('timeout levels');
	});

	it('keeps a status code\'s sub-status, which tells one IIS section from another, and drops other numbers', () => {
		expect(exactKey('HTTP Error 500.19 - Internal Server Error')).toBe('http error 500.19 internal server error');
		expect(exactKey('IIS Detailed Error - 500.0 - Internal Server Error')).toBe('iis detailed error 500.0 internal server error');
		expect(exactKey('nginx/1.18.0 answered 3 of 12 after 1.248')).toBe('nginx answered of after');
		const iis: ExactString[] = [[exactKey('HTTP Error 500.19 - Internal Server Error'), '/platforms/iis/#config-500-19']];
		expect(exactString('IIS Detailed Error - 500.0 - Internal Server Error', iis)).toBeUndefined();
	});

	it('reads an error page\'s HTML as the words it shows, but keeps a log\'s own angle-bracketed words', () => {
		expect(exactKey('<html><body><h1>502 Bad Gateway</h1><p>The server encountered an internal error.<hr/>Powered by Tengine</body>')).toBe('bad gateway the server encountered an internal error powered by tengine');
		expect(exactKey('<center>nginx</center>')).toBe('nginx');
		expect(exactKey('fe app/<NOSRV> 0/-1/-1 503 SC--')).toBe('fe app nosrv sc');
		expect(exactKey('entryPoints.<name>.transport.respondingTimeouts.readTimeout').split(' ')).toContain('name');
	});

	it("reads an errno's text by its number, as glibc writes it, whatever the C library (musl's 'Operation timed out')", () => {
		const line = (text: string) => `upstream timed out (110: ${text}) while reading response header from upstream`;
		expect(exactKey(line('Operation timed out'))).toBe(exactKey(line('Connection timed out')));
		expect(exactKey(line('Operation timed out'))).toBe('upstream timed out connection timed out while reading response header from upstream');
		// A number it does not know keeps its own words (BSD's 60).
		expect(exactKey('upstream timed out (60: Operation timed out)')).toBe('upstream timed out operation timed out');
	});

	it('keeps a unix socket\'s file name, without its directory or version, which says the layer behind it', () => {
		expect(exactKey('connect() to unix:/srv/sockets/php8.1-fpm.sock failed')).toBe('connect to unix php fpm.sock failed');
		expect(exactKey('connect() to unix: /tmp/php81-fpm.sock failed')).toBe('connect to unix php fpm.sock failed');
		expect(exactKey('upstream: "uwsgi://unix:///tmp/uwsgi/site/app.sock:"')).toBe('upstream uwsgi unix app.sock');
	});
});

describe('upstreamLayer', () => {
	const uwsgi = { href: '/platforms/uwsgi/', name: 'uWSGI', names: ['uwsgi', 'uwsgi_pass'], sections: {}, codeSections: {} };
	const fpm = { href: '/platforms/php-fpm/', name: 'PHP-FPM', names: ['php-fpm', 'fastcgi'], sections: {}, codeSections: {} };
	it("reads the layer behind an nginx line from the protocol of its upstream field, and none from http's", () => {
		const line = (upstream: string) => `[error] 1330#0: *3 upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.9, server: example.com, request: "GET / HTTP/1.1", upstream: "${upstream}"`;
		expect(upstreamLayer(line('uwsgi://unix:///var/run/uwsgi/app.sock:'), [uwsgi, fpm])).toBe('/platforms/uwsgi/');
		expect(upstreamLayer(line('fastcgi://127.0.0.1:9000'), [uwsgi, fpm])).toBe('/platforms/php-fpm/');
		expect(upstreamLayer(line('http://10.0.0.5:8080/'), [uwsgi, fpm])).toBeUndefined();
		expect(upstreamLayer('uwsgi harakiri triggered', [uwsgi, fpm])).toBeUndefined();
	});
});

describe('a line of Apache\'s error log', () => {
	const apache = '[Wed Nov 25 23:55:02.223395 2026] [proxy:error] [pid 28070:tid 28072] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed';
	it('is its message without the time, module, level, process and client fields that frame it', () => {
		expect(exactKey(apache)).toBe('connection refused ah00957 http attempt to connect to failed');
		expect(exactKey('[Thu Mar 06 09:41:12 2014] [error] [client 203.0.113.7] (104)Connection reset by peer: proxy: error reading status line')).toBe('connection reset by peer proxy error reading status line');
		expect(exactKey('[proxy_http:error] [pid 28070] [client 203.0.113.7:55932] AH01114: HTTP: failed to make connection to backend: localhost')).toBe('ah01114 http failed to make connection to backend');
		// A bracketed word that is not a level stays.
		expect(exactKey('[backend] error')).toBe('backend error');
	});
	it('leads to its layer\'s section when its message is typed alone, before a code page that lists the message too and a layer whose line only wraps it', () => {
		const table: ExactString[] = [
			[exactKey('[proxy_http:error] [pid 28070:tid 28072] [client 203.0.113.7:55932] AH01114: HTTP: failed to make connection to backend: 127.0.0.1'), '/platforms/apache/#backend-refused'],
			[exactKey('[proxy_fcgi:error] [pid 25:tid 94] [client 172.18.0.11:48176] AH01079: failed to make connection to backend: localhost'), '/platforms/php-fpm/#apache-backend-unreachable', 0],
			[exactKey('failed to make connection to backend'), '/503/', 0],
		];
		expect(exactString('failed to make connection to backend: localhost', table)?.[1]).toBe('/platforms/apache/#backend-refused');
		expect(exactString(apache.replace('AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed', 'AH01114: HTTP: failed to make connection to backend: 10.0.0.9'), table)?.[1]).toBe('/platforms/apache/#backend-refused');
	});
});

describe('an nginx error-log line', () => {
	it('is its message without the fields after it, which differ in every line; the upstream\'s scheme stays', () => {
		const line = (server: string, upstream: string) => `connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7, server: ${server}, request: "GET / HTTP/1.1", upstream: "${upstream}", host: "${server}"`;
		expect(exactKey(line('example.com', 'fastcgi://127.0.0.1:9000'))).toBe('connect failed connection refused while connecting to upstream request upstream fastcgi');
		// A message quoted after "request:" in a title stays.
		expect(exactKey('help request: "upstream sent too big header"')).toBe('help request upstream sent too big header');
		expect(exactKey(line('localhost', 'fastcgi://10.0.0.4:9000'))).toBe(exactKey(line('', 'fastcgi://127.0.0.1:9000')));
		const table: ExactString[] = [
			[exactKey(line('example.com', 'http://127.0.0.1:8080/')), '/platforms/nginx/#connect-refused'],
			[exactKey(line('www.example.com', 'fastcgi://127.0.0.1:9000')), '/platforms/php-fpm/#fpm-not-listening', 0],
		];
		expect(exactString(`2024/01/18 15:36:46 [error] 29#29: *1 ${line('localhost', 'http://192.168.32.4:3000/')}`, table)?.[1]).toBe('/platforms/nginx/#connect-refused');
		expect(exactString(`2019/09/16 23:46:10 [error] 6#6: *1 ${line('', 'fastcgi://172.20.0.4:9000')}`, table)?.[1]).toBe('/platforms/php-fpm/#fpm-not-listening');
	});
});

describe('Apache\'s message ids', () => {
	it('tell one message from another that shares its first words', () => {
		const table: ExactString[] = [[exactKey('[proxy_fcgi:error] [pid 32137:tid 32140] (70007)The timeout specified has expired: [client 127.0.0.1:55958] AH01075: Error dispatching request to :18280'), '/platforms/apache/#gateway-timeout']];
		expect(exactString('[proxy_http:error] [pid 119] (70007)The timeout specified has expired: [client 203.0.113.2:52924] AH01102: error reading status line from remote server', table)).toBeUndefined();
		expect(exactString('[proxy_fcgi:error] [pid 9] (70007)The timeout specified has expired: [client 203.0.113.2:52924] AH01075: Error dispatching request to :9000', table)?.[1]).toBe('/platforms/apache/#gateway-timeout');
		// A line without an id is read by its words.
		expect(exactString('(70007)The timeout specified has expired: Error dispatching request', table)?.[1]).toBe('/platforms/apache/#gateway-timeout');
	});
});

describe('a string several layers share alike', () => {
	const layers = ['/platforms/apache/', '/platforms/nginx/'];
	it('is for the index to choose between its layers when the query names none of them, or one', () => {
		expect(tieApplies(layers, [])).toBe(true);
		expect(tieApplies(layers, ['/platforms/nginx/'])).toBe(true);
		expect(tieApplies(layers, ['/platforms/cloudflare/'])).toBe(false);
	});
});

describe('proseSection', () => {
	const nginx = { href: '/platforms/nginx/', name: 'nginx', names: ['nginx'], sections: { '502': '/platforms/nginx/#connect-refused' }, codeSections: {}, prose: ['499-next-to-504-in-the-same-log', 'during-a-deploy-kubernetes-and-ingress-nginx', 'logs-and-metrics'] };
	const gclb = { href: '/platforms/gclb/', name: 'GCLB', names: ['gclb'], sections: {}, codeSections: {}, prose: ['during-a-deploy-gke'] };
	const uwsgi = { href: '/platforms/uwsgi/', name: 'uWSGI', names: ['uwsgi'], sections: {}, codeSections: {}, prose: ['logs-and-metrics'] };
	it('gives the platform\'s section on deploys for a title that says one happened', () => {
		for (const title of ['502 and "Connection refused while connecting to upstream" scaling pods down (or deleting pods)', 'nginx 502 during deployment', 'ingress-nginx 503 on rolling update', 'nginx 502 after redeploy', '502s while pods restart'])
			expect(proseSection(title, nginx), title).toBe('/platforms/nginx/#during-a-deploy-kubernetes-and-ingress-nginx');
		expect(proseSection('Small amount of 502s during rollouts with GCLB', gclb)).toBe('/platforms/gclb/#during-a-deploy-gke');
		// A platform without one, or a title about no deploy.
		expect(proseSection('uwsgi 502 during deployment', uwsgi)).toBeUndefined();
		expect(proseSection('nginx 502 connection refused', nginx)).toBeUndefined();
		expect(proseSection('nginx deployed roll of tape', { ...nginx, prose: [] })).toBeUndefined();
	});
	it('gives the section whose id holds every code the title names, when it names two or more', () => {
		expect(proseSection('Nginx Ingress Timeout Configuration and Persistent 499 and 504 Errors', nginx)).toBe('/platforms/nginx/#499-next-to-504-in-the-same-log');
		expect(proseSection('nginx 504 timeout', nginx)).toBeUndefined();
		expect(proseSection('nginx 499 and 502', nginx)).toBeUndefined();
	});
	it("gives the platform's section on error bodies for a title about the body, not the cause", () => {
		const cdn = { href: '/platforms/cdn/', name: 'CDN', names: ['cdn'], sections: {}, codeSections: {}, prose: ['your-apis-error-body-and-uploads'] };
		const proxy = { href: '/platforms/proxy/', name: 'Proxy', names: ['proxy'], sections: {}, codeSections: {}, prose: ['uploads-and-error-pages'] };
		for (const title of ["CDN doesn't respond with JSON on a 502", 'CDN returns HTML instead of the response body', 'CDN replaces the error body', 'got an HTML page instead of JSON from the CDN'])
			expect(proseSection(title, cdn), title).toBe('/platforms/cdn/#your-apis-error-body-and-uploads');
		expect(proseSection('Proxy custom error pages for 503', proxy)).toBe('/platforms/proxy/#uploads-and-error-pages');
		// A file's name is not the body; a platform without such a section has none.
		expect(proseSection('CDN 404 for index.html', cdn)).toBeUndefined();
		// JSON as a log's format, or an API's kind, is not a body that came back.
		expect(proseSection('CDN JSON access log shows 502', cdn)).toBeUndefined();
		expect(proseSection('CDN 520 with a JSON API', cdn)).toBeUndefined();
		expect(proseSection('nginx returns HTML on 502', nginx)).toBeUndefined();
	});
	it("gives the platform's section on uploads for a title about one", () => {
		const proxy = { href: '/platforms/proxy/', name: 'Proxy', names: ['proxy'], sections: {}, codeSections: {}, prose: ['keep-alive-retries-uploads-and-error-pages'] };
		for (const title of ['Proxy readTimeout default breaks large file uploads', 'Uploads >60s are cut off by Proxy', 'fix: increase proxy read timeout for uploaded files', 'Proxy 502 on multipart POST'])
			expect(proseSection(title, proxy), title).toBe('/platforms/proxy/#keep-alive-retries-uploads-and-error-pages');
		// A script called upload.php is not an upload; a platform without such a section has none.
		expect(proseSection('Proxy 502 for /upload.php', proxy)).toBeUndefined();
		expect(proseSection('nginx 502 on file upload', { ...nginx, prose: ['logs-and-metrics'] })).toBeUndefined();
		// A code the platform owns is answered on the code's page, upload and all.
		const cdn = { href: '/platforms/cdn/', name: 'CDN', names: ['cdn'], sections: { '524': '/524/', '502': '/platforms/cdn/#origin-502' }, codeSections: {}, prose: ['your-apis-error-body-and-uploads'] };
		expect(proseSection('CDN 524 on large file upload', cdn)).toBeUndefined();
		expect(proseSection('CDN 502 on large file upload', cdn)).toBe('/platforms/cdn/#your-apis-error-body-and-uploads');
	});
});

describe('namedPage', () => {
	const pages = [
		{ href: '/timeouts/', title: 'Timeouts', names: ['timeouts'] },
		{ href: '/status-pages/', title: 'Status pages', names: ['status pages', 'status-pages'] },
		{ href: '/platforms/heroku/', title: 'Heroku', names: ['heroku'] },
	];
	it('is the page a query names alone, with words around the name left out', () => {
		expect(namedPage('timeouts', pages)?.href).toBe('/timeouts/');
		expect(namedPage('the timeouts page', pages)?.href).toBe('/timeouts/');
		expect(namedPage('Heroku', pages)?.href).toBe('/platforms/heroku/');
	});
	it('is a page whose name holds one of those words, in the singular too', () => {
		expect(namedPage('status pages', pages)?.href).toBe('/status-pages/');
		expect(namedPage('status page', pages)?.href).toBe('/status-pages/');
		expect(namedPage('Status page?', pages)?.href).toBe('/status-pages/');
	});
	it('is none for a query that says more than a name', () => {
		expect(namedPage('heroku status page', pages)).toBeUndefined();
		expect(namedPage('timeouts on heroku', pages)).toBeUndefined();
	});
});

describe('deployPage', () => {
	const pages = [
		{ href: '/timeouts/', title: 'Timeouts', names: ['timeouts'] },
		{ href: '/platforms/nginx/', title: 'nginx', names: ['nginx'] },
		{ href: '/rolling-deploys/', title: '502, 503 and 504 during a rolling deploy', names: ['rolling deploys', 'rolling-deploys'] },
	];
	it('is the page on deploys for a title about a deploy under way', () => {
		for (const title of ['Small amount of 502s during rollouts with NEG even with "mitigations"', '503 while deploying a new version', 'fix: rolling update strategy to prevent 502', 'errors when scaling pods down'])
			expect(deployPage(title, pages)?.href, title).toBe('/rolling-deploys/');
	});
	it('is none for a title about an error after a deploy, or no deploy', () => {
		expect(deployPage('Deployed succesfully but get 500 Internal Server Error', pages)).toBeUndefined();
		expect(deployPage('After deploying to Azure, the app returns 500', pages)).toBeUndefined();
		expect(deployPage('502 during peak hours', pages)).toBeUndefined();
		expect(deployPage('502 during rollouts', pages.slice(0, 2))).toBeUndefined();
	});
});

describe('looksLikePaste', () => {
	it('takes a Common Log Format time, bracketed or not, for a machine\'s line', () => {
		expect(looksLikePaste('15/Jan/2017:23:13:43 +0700 [ERROR 502 /favicon.ico] net/http: request canceled')).toBe(true);
		expect(looksLikePaste('203.0.113.9 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8.0"')).toBe(true);
		expect(looksLikePaste('Occasional HTTP 502 errors when using a load balancer in front of the app, every few minutes')).toBe(false);
	});
});

describe('isTellingKey', () => {
	it('takes several words, or one long setting name or code: dotted, snake_case or in camel case', () => {
		expect(isTellingKey('service does not have any active endpoint')).toBe(true);
		expect(isTellingKey('proxy_read_timeout')).toBe(true);
		expect(isTellingKey(exactKey('"LambdaInvalidResponse"'), '"LambdaInvalidResponse"')).toBe(true);
		expect(isTellingKey(exactKey('keepAliveTimeout'), 'keepAliveTimeout')).toBe(true);
		// A long word that is not a name in camel case, or a short one, says less.
		expect(isTellingKey('lambdainvalidresponse')).toBe(false);
		expect(isTellingKey(exactKey('Unavailable'), 'Unavailable')).toBe(false);
		expect(isTellingKey(exactKey('keepAlive'), 'keepAlive')).toBe(false);
		expect(isTellingKey('timeout')).toBe(false);
	});
});

describe('exactString', () => {
	const table: ExactString[] = [
		[exactKey('upstream sent too big header while reading response header from upstream, client: 203.0.113.7'), '/platforms/nginx/#too-big-header'],
		[exactKey('{"message": "Endpoint request timed out"}'), '/platforms/aws-api-gateway/#integration-timeout'],
		[exactKey('idle_timeout.timeout_seconds'), '/timeouts/#aws-alb-idle-timeout'],
		[exactKey('upstream prematurely closed connection'), '/platforms/uwsgi/#prematurely-closed', 0],
		[exactKey('upstream prematurely closed connection'), '/platforms/nginx/#prematurely-closed'],
	];
	const href = (query: string) => exactString(query, table)?.[1];

	it('finds a message inside a pasted line whose variable parts differ', () => {
		expect(href('2020/01/23 10:02:50 [error] 8496#8496: *274 upstream sent too big header while reading response header from upstream, client: 10.1.1.1')).toBe('/platforms/nginx/#too-big-header');
	});

	it('finds a message typed without its framing, and the start of one typed from memory', () => {
		expect(href('Why am I getting "Endpoint request timed out" instead of JSON')).toBe('/platforms/aws-api-gateway/#integration-timeout');
		expect(href('upstream sent too big header')).toBe('/platforms/nginx/#too-big-header');
	});

	it('finds a setting by a part of its dotted name, and prefers the layer that prints a shared message', () => {
		expect(href('idle_timeout')).toBe('/timeouts/#aws-alb-idle-timeout');
		expect(href('upstream prematurely closed connection while reading')).toBe('/platforms/nginx/#prematurely-closed');
	});

	it('finds a message of two long words inside a pasted access-log line', () => {
		const envoy: ExactString[] = [...table, [exactKey('"POST /v1/orders HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 "okhttp"'), '/platforms/envoy/#upstream-connection-termination']];
		expect(exactString('"GET /health HTTP/2" 503 UC upstream_reset_before_response_started{connection_termination} "Go-http-client" 42', envoy)?.[1]).toBe('/platforms/envoy/#upstream-connection-termination');
		expect(exactString('UC upstream reset', envoy)).toBeUndefined();
	});

	it('leaves a code’s reason phrase with a word about it to the code, not to the message that starts with it', () => {
		const withCloudflare: ExactString[] = [...table, [exactKey('Bad gateway Error code 502'), '/platforms/cloudflare/#origin-502']];
		const reasons = new Set([exactKey('Bad Gateway')]);
		expect(exactString('502 Bad Gateway error', withCloudflare, reasons)).toBeUndefined();
		expect(exactString('502 Bad Gateway error', withCloudflare)?.[1]).toBe('/platforms/cloudflare/#origin-502');
		expect(exactString('Bad gateway Error code 502', withCloudflare, reasons)?.[1]).toBe('/platforms/cloudflare/#origin-502');
	});

	it('takes a unix socket\'s file name to tell the layer behind it, and of one layer\'s sections alike the first', () => {
		const sockets: ExactString[] = [
			[exactKey('connect() to unix:/run/web/gunicorn.sock failed (2: No such file or directory) while connecting'), '/platforms/nginx/#connect-refused'],
			[exactKey('connect() to unix:/run/php/php8.3-fpm.sock failed (2: No such file or directory) while connecting'), '/platforms/php-fpm/#not-listening', 0],
			[exactKey('connect() to unix:/run/php/php8.3-fpm.sock failed (11: Resource temporarily unavailable) while'), '/platforms/php-fpm/#queue-full', 0],
		];
		expect(exactString('*7 connect() to unix:/opt/php7.4-fpm.sock failed (2: No such file or directory)', sockets)?.[1]).toBe('/platforms/php-fpm/#not-listening');
		expect(exactString('connect() to unix:/opt/php5-fpm.sock failed', sockets)?.[1]).toBe('/platforms/php-fpm/#not-listening');
	});

	it('takes a string the query holds whole before part of a longer one as long', () => {
		const wrapped: ExactString[] = [
			[exactKey('errorMessage: Task timed out after 10.01 seconds'), '/platforms/host/#function-timeout'],
			[exactKey('Task timed out after 3.00 seconds'), '/platforms/function/#timeout', 0],
		];
		expect(exactString('Task timed out after 29.03 seconds (eu-west-1)', wrapped)?.[1]).toBe('/platforms/function/#timeout');
		expect(exactString('"errorMessage": "Task timed out after 6.00 seconds"', wrapped)?.[1]).toBe('/platforms/host/#function-timeout');
	});

	it('takes the section of a layer the query names, above all the layer behind the proxy that prints the message', () => {
		const php: ExactString[] = [...table, [exactKey('upstream prematurely closed connection'), '/platforms/php-fpm/#terminated', 0]];
		const named = (query: string) => platformsNamed(query, ['nginx', 'php-fpm', 'uwsgi'].map((slug) => ({ href: `/platforms/${slug}/`, name: slug, names: [slug], sections: {}, codeSections: {} })));
		const q1 = 'php-fpm behind nginx: upstream prematurely closed connection';
		expect(named(q1)).toEqual(['/platforms/nginx/', '/platforms/php-fpm/']);
		expect(exactString(q1, php, new Set(), named(q1))?.[1]).toBe('/platforms/php-fpm/#terminated');
		const q2 = 'nginx logs upstream prematurely closed connection';
		expect(exactString(q2, php, new Set(), named(q2))?.[1]).toBe('/platforms/nginx/#prematurely-closed');
		const q3 = 'upstream prematurely closed connection with uwsgi';
		expect(exactString(q3, php, new Set(), named(q3))?.[1]).toBe('/platforms/uwsgi/#prematurely-closed');
	});

	it('leaves a string two layers share alike to the index, with each layer\'s entry to choose from', () => {
		const shared: ExactString[] = [...table, [exactKey('proxy_read_timeout'), '/timeouts/#nginx-proxy-read-timeout'], [exactKey('proxy_read_timeout'), '/timeouts/#cloudflare-proxy-read-timeout']];
		expect(exactString('proxy_read_timeout', shared)).toBeUndefined();
		expect(exactStrings('proxy_read_timeout 90s;', shared).map((e) => e[1])).toEqual(['/timeouts/#nginx-proxy-read-timeout', '/timeouts/#cloudflare-proxy-read-timeout']);
		const twoSections: ExactString[] = [...shared, [exactKey('proxy_read_timeout'), '/platforms/nginx/#slow'], [exactKey('proxy_read_timeout'), '/platforms/nginx/#slower']];
		expect(exactStrings('proxy_read_timeout', twoSections).map((e) => e[1])).toEqual(['/timeouts/#nginx-proxy-read-timeout', '/timeouts/#cloudflare-proxy-read-timeout', '/platforms/nginx/#slow']);
	});

	it('finds a structured log line\'s message quoted in a title without the line\'s fields', () => {
		// As the build keys it: its first words only.
		const key = exactKey(`time="2023-04-02T08:21:07Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 10.0.0.5:8080: i/o timeout"`).split(' ').slice(0, EXACT_KEY_WORDS).join(' ');
		const traefik: ExactString[] = [...table, [key, '/platforms/traefik/#gateway-timeout']];
		expect(exactString(`'504 Gateway Timeout' caused by: dial tcp 192.168.0.3:80: i/o timeout`, traefik)?.[1]).toBe('/platforms/traefik/#gateway-timeout');
	});

	it('finds a message whose words are run together or split apart, compared without the spaces, when nothing matches with them', () => {
		expect(href('Why does it say endpoint request timedout')).toBe('/platforms/aws-api-gateway/#integration-timeout');
		expect(href('upstream sent toobig header while reading response header')).toBe('/platforms/nginx/#too-big-header');
		// Four words of it at least: a short run without spaces says nothing.
		expect(href('request timedout')).toBeUndefined();
	});

	it('finds a message typed with a typo once its words are corrected against the site\'s word list', () => {
		const vocabulary = { words: ['endpoint', 'request', 'timedout', 'error', 'django'], known: new Set(['endpoint', 'request', 'timedout', 'error', 'django']) };
		const typed = 'Enpoint request timedout error (Django deployed with zappa)';
		expect(correctWords(typed, vocabulary)).toBe('endpoint request timedout error (Django deployed with zappa)');
		expect(href(typed)).toBeUndefined();
		expect(href(correctWords(typed, vocabulary))).toBe('/platforms/aws-api-gateway/#integration-timeout');
	});

	it('takes, of two sections of one page whose strings the query holds whole, the one whose id its words name more', () => {
		const page: ExactString[] = [
			[exactKey('An unhandled error in the function code triggered the following message'), '/platforms/host/#function-crashed'],
			[exactKey('This edge function has crashed'), '/platforms/host/#edge-function-crashed'],
		];
		const paste = 'This edge function has crashed An unhandled error in the function code triggered the following message: boom';
		expect(exactString(paste, page)?.[1]).toBe('/platforms/host/#edge-function-crashed');
		expect(exactString(paste, [...page].reverse())?.[1]).toBe('/platforms/host/#edge-function-crashed');
		// Without the heading, the one string the query holds.
		expect(exactString('An unhandled error in the function code triggered the following message: boom', page)?.[1]).toBe('/platforms/host/#function-crashed');
	});

	it('lets a message stand for its platform when the query names another only by words that end its platform\'s name', () => {
		const platforms = [
			{ href: '/platforms/fnhost/', name: 'FnHost', names: ['fnhost', 'edge functions'], sections: {}, codeSections: {} },
			{ href: '/platforms/host/', name: 'Host', names: ['host', 'host edge functions'], sections: {}, codeSections: {} },
		];
		expect(namesFit('This edge function has crashed: boom', platforms, '/platforms/host/#edge-function-crashed')).toBe(true);
		// The other platform named outright, or no other platform named: no.
		expect(namesFit('FnHost edge function has crashed: boom', platforms, '/platforms/host/#edge-function-crashed')).toBe(false);
		expect(namesFit('This function has crashed', platforms, '/platforms/host/#edge-function-crashed')).toBe(false);
		// Words that end no name of the message's platform: no.
		expect(namesFit('This edge function has crashed', platforms, '/platforms/other/#crashed')).toBe(false);
	});

	it('reads an error code of three words or more the site does not list as the listed code it ends with', () => {
		const codes: ExactString[] = [...table, [exactKey('500: INTERNAL_SERVER_ERROR Code: FUNCTION_INVOCATION_FAILED ID:'), '/platforms/host/#function-invocation-failed']];
		expect(exactString('INTERNAL_FUNCTION_INVOCATION_FAILED error on production', codes)?.[1]).toBe('/platforms/host/#function-invocation-failed');
		// Not a code of two words, nor a code that ends with none the site lists.
		expect(exactString('MY_INVOCATION_FAILED', codes)).toBeUndefined();
		expect(exactString('FUNCTION_INVOCATION_FAILED_TWICE error', codes)).toBeUndefined();
	});

	it('finds a message typed with words left out, every word in order, and of several the one explained first-hand', () => {
		const messages: ExactString[] = [
			...table,
			[exactKey('connect() to unix:/run/app.sock failed (11: Resource temporarily unavailable) while connecting to upstream'), '/platforms/app/#backlog-full', 0],
			[exactKey('connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.7'), '/platforms/nginx/#connect-refused'],
		];
		expect(exactString('Failed while connecting to upstream', messages)?.[1]).toBe('/platforms/nginx/#connect-refused');
		// Three words are too few; words out of order, or one the message lacks, find nothing.
		expect(exactString('failed while connecting', messages)).toBeUndefined();
		expect(exactString('while failed connecting to upstream', messages)).toBeUndefined();
		expect(exactString('failed while connecting to backend', messages)).toBeUndefined();
	});

	it('finds nothing for everyday words or a message the site does not have', () => {
		expect(href('timeout')).toBeUndefined();
		expect(href('the request timed out while loading')).toBeUndefined();
	});
});

describe('rankPages and bestSection', () => {
	it('ranks a page holding the rare word above pages holding only common ones, and weighs a code as rare', () => {
		const ranked = rankPages(
			[
				{ term: 'error', results: Array.from({ length: 90 }, (_, i) => ({ id: `p${i}`, score: 5 })) },
				{ term: 'harakiri', results: [{ id: 'p7', score: 3 }] },
				{ term: '502', results: Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, score: i === 3 ? 9 : 1, ...(i === 3 ? { matchedMetaFields: ['code'] } : {}) })) },
			],
			100
		);
		expect(ranked.slice(0, 2).map((p) => p.id)).toEqual(['p7', 'p3']);
		expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
	});

	it('opens the section whose heading holds the rare words, and the top when the page title is all that matches', () => {
		const sections = (title: string, url: string, weight: number) => ({ title, url, excerpt: title, weighted_locations: [{ weight }] });
		const heroku = '/platforms/heroku/';
		const pick = bestSection(heroku, [
			{ term: 'heroku', idf: 3, inPageTitle: true, sections: [sections('Heroku: 5xx errors', heroku, 2), sections('Is it Heroku or your app?', `${heroku}#is-it`, 2)] },
			{ term: 'timeouts', idf: 1.5, sections: [sections('H12 Request timeout', `${heroku}#h12`, 3), sections('Is it Heroku or your app?', `${heroku}#is-it`, 1)] },
		]);
		expect(pick.section?.url).toBe(`${heroku}#h12`);
		const top = bestSection(heroku, [{ term: 'heroku', idf: 3, inPageTitle: true, sections: [sections('Heroku: 5xx errors', heroku, 2), sections('Is it Heroku or your app?', `${heroku}#is-it`, 1)] }]);
		expect(top.section).toBeUndefined();
	});
});

describe('a title that names one code', () => {
	it('is about that code: the one named, when no other is', () => {
		expect(onlyCodeNamed('CANT LOGIN, Error 524')).toBe('524');
		expect(onlyCodeNamed('stackdriver says we have had 20 502s')).toBe('502');
		expect(onlyCodeNamed('Persistent 499 and 504 Errors')).toBe('504');
		expect(onlyCodeNamed('502 or 503 after a deploy')).toBeUndefined();
		expect(onlyCodeNamed('connection refused')).toBeUndefined();
		expect(onlyCodeNamed('version 1.502.3')).toBeUndefined();
	});

	it('sets apart another code\'s pages, not comparisons, platforms or guides', () => {
		expect(onAnotherCodePage('/511/?highlight=x#what-it-means', '524')).toBe(true);
		expect(onAnotherCodePage('/511/troubleshoot/#step', '524')).toBe(true);
		expect(onAnotherCodePage('/524/#what-it-means', '524')).toBe(false);
		expect(onAnotherCodePage('/504-vs-524/', '524')).toBe(false);
		expect(onAnotherCodePage('/platforms/cloudflare/#cf-524', '524')).toBe(false);
		expect(onAnotherCodePage('/uploads/', '524')).toBe(false);
	});
});

describe('a paste that states its status in words', () => {
	it('is about that status, and not about other numbers that look like one', () => {
		expect(statedCode('2022/05/06 12:43:53 rpc error: code = Unknown desc = : HTTP status code 523; transport: received the unexpected content-type')).toBe('523');
		expect(statedCode('{"error":{"message":"error code: 524","code":524}}')).toBe('524');
		expect(statedCode('{"title": "Error 1033", "status": 530, "detail": "The host is configured as a Cloudflare Tunnel"}')).toBe('530');
		expect(statedCode('statusCode=502 bytes=512 port=5432')).toBe('502');
		expect(statedCode('read 512 bytes from 10.0.0.5:503')).toBeUndefined();
		expect(statedCode('status: 502 ... status: 504')).toBeUndefined();
		// An error page's heading and a status line state one too; an IIS sub-status (502.3) is not a bare code's.
		expect(statedCode('Error 526 Ray ID: 4d9a434febd8254d • 2019-05-20 00:41:05 UTC')).toBe('526');
		expect(statedCode('HTTP/1.1 507 Insufficient Storage')).toBe('507');
		expect(statedCode('HTTP/2 502 server: nginx')).toBe('502');
		expect(statedCode('HTTP Error 502.3 - Bad Gateway')).toBeUndefined();
		expect(statedCode('Error 1101 Ray ID: 7a1b2c3d')).toBeUndefined();
	});
});

describe("a program's output, read for the status it states as a paste is", () => {
	it('is a line with an error or exception class, a stack frame or a traceback', () => {
		for (const line of [
			'uncaughtException GError [AxiosError]: Request failed with status code 502 at settle',
			'AxiosError: Request failed with status code 530',
			'requests.exceptions.HTTPError: 504 Server Error: Gateway Timeout for url: https://api.example.com/',
			'TerminatingError(Invoke-WebRequest): "The remote server returned an error: (522) Origin Connection Time-out."',
			'Request failed with status code 502 at settle (/app/lib/core/settle.js:19:12)',
			'Traceback (most recent call last): File "x.py", line 3',
		])
			expect(isProgramOutput(line), line).toBe(true);
	});
	it('is not a title that names an error in words', () => {
		for (const title of ['Keep getting HTTP status code 503', 'Error 502 on ALB after deploy', 'Internal Server Error on Azure', 'Why does the ALB return a 502 Error?'])
			expect(isProgramOutput(title), title).toBe(false);
	});
});

describe('versusCodes', () => {
	const reasons = new Map([
		['502', 'Bad Gateway'],
		['503', 'Service Unavailable'],
		['504', 'Gateway Timeout'],
		['522', 'Connection timed out'],
	]);
	it('reads two codes compared, in either order, lower first', () => {
		expect(versusCodes('504 vs 524')).toEqual([504, 524]);
		expect(versusCodes('502 or 503 after a deploy')).toEqual([502, 503]);
		expect(versusCodes('524 versus 504')).toEqual([504, 524]);
		expect(versusCodes('502 vs 502')).toBeUndefined();
	});
	it('reads two codes a named platform answers on its page as a list, unless a word compares them', () => {
		const listed = () => true;
		expect(versusCodes('Troubleshooting Azure App Service: 502/503 Errors, Cold Starts', new Map(), listed)).toBeUndefined();
		expect(versusCodes('ALB returns 502 and 503', new Map(), listed)).toBeUndefined();
		expect(versusCodes('ALB: 502 or 503?', new Map(), listed)).toEqual([502, 503]);
		expect(versusCodes('502/503 errors')).toEqual([502, 503]);
		// Cloudflare's 521 and 522 are answered on their own code pages, not on Cloudflare's: still the comparison.
		expect(versusCodes('Cloudflare Error 522 and 521: What They Mean', new Map(), () => false)).toEqual([521, 522]);
	});
	it('reads codes written as their reason phrases, with a word that compares them', () => {
		expect(versusCodes('Service Unavailable vs Gateway Timeout', reasons)).toEqual([503, 504]);
		expect(versusCodes('difference between bad gateway and gateway timeout', reasons)).toEqual([502, 504]);
		expect(versusCodes('502 Bad Gateway vs 504 Gateway Timeout', reasons)).toEqual([502, 504]);
		// "and" or "or" between a phrase and a code is a sentence, not a comparison.
		expect(versusCodes('Connection timed out and 502 errors on nginx', reasons)).toBeUndefined();
		expect(versusCodes('Service Unavailable vs Gateway Timeout')).toBeUndefined();
	});
});

describe('tidyExcerpt', () => {
	it('drops the runs of bare codes a table leaves in the text, keeping a code marked as the match', () => {
		expect(tidyExcerpt('the upstream. 502. 503. 502. Connection reset or closed mid-response')).toBe('the upstream. … Connection reset or closed mid-response');
		expect(tidyExcerpt('answers <mark>502</mark>. 503. 504. when it gives up')).toBe('answers <mark>502</mark> … when it gives up');
		expect(tidyExcerpt('the upstream. <mark>502</mark>. 503. <mark>502</mark>. Connection reset')).toBe('the upstream. <mark>502</mark> … Connection reset');
		// Pagefind marks the period with the code.
		expect(tidyExcerpt('the upstream. <mark>502.</mark> 503. <mark>502.</mark> Connection reset or closed. <mark>502.</mark> <mark>502.</mark> Malformed')).toBe(
			'the upstream. <mark>502</mark> … Connection reset or closed. <mark>502</mark> … Malformed'
		);
		expect(tidyExcerpt('nginx answers 502 when the app closes the connection')).toBe('nginx answers 502 when the app closes the connection');
	});
});
