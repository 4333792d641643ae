/**
 * The chain analysis (src/chain/analyse.ts) against a table of chains whose outcome was worked out
 * by hand from the vendors' documents, not from the code: each case says why, and where it is
 * written. The layers' data is what /chain/ ships (the built page's embedded JSON), so a change to
 * a platform page that moves an outcome shows here.
 */
import { describe, expect, it } from 'vitest';
import { analyse, chainTimers } from '../../src/chain/analyse';
import { explain, type Line } from '../../src/chain/explain';
import { formatChain, parseChain, type Chain } from '../../src/chain/model';
import { builtChainData } from './helpers/built';

const data = builtChainData();

/** What the analysis finds, in a shape a person can write down from the documents. */
interface Findings {
	/** The timer that runs out first, as `<layer running it>/<timer id>`, and after how long; null when none does within the time. */
	first: { timer: string; after: number } | null;
	/** What the client gets: the code, the layer that sends it (null: no response at all), the layer whose page replaces the body. */
	gets?: { code: number | null; from: string | null; page?: string };
	/** Hops that race on keep-alive, as `front>next`, with the code the client gets and from whom. */
	races: string[];
	/** Inner timers that never run out first, as `<layer>/<timer id>`, with " (silent)" when only a streaming response could reach them. */
	dead: string[];
}

function findings(text: string, seconds: number): Findings {
	const chain = parseChain(text, data);
	if (!chain) throw new Error(`"${text}" has no layer the data knows`);
	// Every layer, variant and value of the case must be known, or the case tests something else.
	expect(formatChain(chain)).toBe(text);
	const a = analyse(chain, data, seconds);
	const slug = (i: number | null | undefined) => (i === null || i === undefined ? null : chain.layers[i]!.slug);
	const o = a.slow.outcome;
	return {
		first: o ? { timer: `${slug(o.timer.owner)}/${o.timer.id}`, after: o.timer.value! } : null,
		...(o ? { gets: { code: o.code, from: slug(o.sender), ...(o.replacedBy !== undefined ? { page: slug(o.replacedBy)! } : {}) } } : {}),
		races: a.hops
			.filter((h) => h.status === 'race')
			.map((h) => `${slug(h.from)}>${slug(h.to)}: ${h.outcome!.code} from ${slug(h.outcome!.sender)}${h.outcome!.replacedBy !== undefined ? ` on ${slug(h.outcome!.replacedBy)}'s page` : ''}`),
		dead: a.dead.map((d) => `${slug(d.inner.owner)}/${d.inner.id}${d.always ? '' : ' (silent)'}`),
	};
}

interface Case {
	chain: string;
	seconds: number;
	/** Why the expected findings are right, from the documents below. */
	why: string;
	sources: string[];
	expect: Findings;
}

const DOCS = {
	gunicorn: 'https://gunicorn.org/reference/settings/',
	nginxProxy: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html',
	nginxCore: 'https://nginx.org/en/docs/http/ngx_http_core_module.html',
	nginxUpstream: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html',
	nginxFastcgi: 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html',
	cfLimits: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
	cf502: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
	albAttributes: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html',
	albTroubleshooting: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
	node: 'https://nodejs.org/api/http.html#serverkeepalivetimeout',
	gcpBackend: 'https://docs.cloud.google.com/load-balancing/docs/backend-service',
	gcpDistribution: 'https://cloud.google.com/load-balancing/docs/https/request-distribution',
	php: 'https://www.php.net/manual/en/info.configuration.php',
	fpm: 'https://www.php.net/manual/en/install.fpm.configuration.php',
	apache: 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html',
	afdLimits: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-front-door-limits',
	appService: 'https://learn.microsoft.com/en-us/troubleshoot/azure/app-service/web-request-times-out-app-service',
	apigwLimits: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
	httpApiQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
	lambdaTimeout: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
	lambdaApigw: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html',
	cloudfront: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html',
	vercel: 'https://vercel.com/docs/functions/limitations',
	vercelEdge: 'https://vercel.com/docs/functions/runtimes/edge/edge-functions',
	herokuTimeout: 'https://devcenter.heroku.com/articles/request-timeout',
	herokuRouter2: 'https://help.heroku.com/Y6M4QI4V/how-do-i-fix-new-h18-or-h13-errors-that-have-started-since-switching-to-router-2-0',
	envoyRoute: 'https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/route/v3/route_components.proto',
	envoyTimeouts: 'https://www.envoyproxy.io/docs/envoy/latest/faq/configuration/timeouts',
	haproxy: 'https://docs.haproxy.org/3.4/configuration.html',
	traefik: 'https://doc.traefik.io/traefik/reference/routing-configuration/http/load-balancing/serverstransport/',
	caddy: 'https://caddyserver.com/docs/caddyfile/directives/reverse_proxy',
} as const;

const CASES: Case[] = [
	{
		chain: 'cloudflare,nginx,gunicorn',
		seconds: 45,
		why: "Gunicorn's master kills a worker silent for `timeout` (30 s by default), so nginx, whose proxy_read_timeout is 60 s, sees the connection close with no response and answers 502; Cloudflare's read timeout (125 s) never comes into it, and Cloudflare shows a 502 from the origin on its own branded page. On keep-alive, Cloudflare reuses origin connections for up to 900 s (520 at that limit) while nginx closes idle client connections after 75 s; nginx keeps idle upstream connections 60 s while a non-sync Gunicorn worker closes them after 2 s.",
		sources: [DOCS.gunicorn, DOCS.nginxProxy, DOCS.nginxCore, DOCS.nginxUpstream, DOCS.cfLimits, DOCS.cf502],
		expect: {
			first: { timer: 'gunicorn/timeout', after: 30 },
			gets: { code: 502, from: 'nginx', page: 'cloudflare' },
			races: ['cloudflare>nginx: 520 from cloudflare', "nginx>gunicorn: 502 from nginx on cloudflare's page"],
			dead: [],
		},
	},
	{
		chain: 'cloudflare,nginx:proxy-read-timeout=300',
		seconds: 200,
		why: 'The issue\'s dead configuration: Cloudflare answers 524 when the origin sends nothing for its Proxy Read Timeout (125 s), so nginx\'s proxy_read_timeout of 300 s, which counts the same wait between reads, can never run out first.',
		sources: [DOCS.cfLimits, DOCS.nginxProxy],
		expect: {
			first: { timer: 'cloudflare/proxy-read-timeout', after: 125 },
			gets: { code: 524, from: 'cloudflare' },
			races: ['cloudflare>nginx: 520 from cloudflare'],
			dead: ['nginx/proxy-read-timeout'],
		},
	},
	{
		chain: 'aws-alb,nodejs',
		seconds: 90,
		why: "The ALB's idle timeout (60 s) ends a request whose target sends nothing with a 504. AWS asks for the application's idle timeout to be longer than the ALB's, else the ALB may reuse a connection the application is closing and send a 502; Node's keepAliveTimeout is 5 s.",
		sources: [DOCS.albAttributes, DOCS.albTroubleshooting, DOCS.node],
		expect: { first: { timer: 'aws-alb/idle-timeout', after: 60 }, gets: { code: 504, from: 'aws-alb' }, races: ['aws-alb>nodejs: 502 from aws-alb'], dead: [] },
	},
	{
		chain: 'aws-alb,nodejs:keep-alive-timeout=65',
		seconds: 10,
		why: "With keepAliveTimeout above the ALB's 60 s idle timeout, the ALB closes idle connections first, as AWS recommends: no race. A 10 s request ends before any timer.",
		sources: [DOCS.albAttributes, DOCS.node],
		expect: { first: null, races: [], dead: [] },
	},
	{
		chain: 'cloudflare,aws-alb,nodejs',
		seconds: 90,
		why: "The ALB answers 504 at 60 s and Cloudflare puts its own page on an origin's 504. Cloudflare keeps idle origin connections for 900 s while the ALB closes idle client connections after its 60 s idle timeout (520 at Cloudflare); the ALB-to-Node hop races as in the ALB case, and Cloudflare shows that 502 on its own page.",
		sources: [DOCS.albAttributes, DOCS.cfLimits, DOCS.cf502, DOCS.node],
		expect: {
			first: { timer: 'aws-alb/idle-timeout', after: 60 },
			gets: { code: 504, from: 'aws-alb', page: 'cloudflare' },
			races: ['cloudflare>aws-alb: 520 from cloudflare', "aws-alb>nodejs: 502 from aws-alb on cloudflare's page"],
			dead: [],
		},
	},
	{
		chain: 'google-cloud-load-balancer,gunicorn',
		seconds: 45,
		why: "Google's backend service timeout (30 s, the whole response) and Gunicorn's worker timeout (30 s) are equal; the load balancer started counting first and answers 502 (backend_timeout), so Gunicorn's timeout never runs out first. Google keeps idle backend connections for 600 s and asks backends to keep theirs longer; Gunicorn's keepalive is 2 s.",
		sources: [DOCS.gcpBackend, DOCS.gcpDistribution, DOCS.gunicorn],
		expect: {
			first: { timer: 'google-cloud-load-balancer/backend-service-timeout', after: 30 },
			gets: { code: 502, from: 'google-cloud-load-balancer' },
			races: ['google-cloud-load-balancer>gunicorn: 502 from google-cloud-load-balancer'],
			dead: ['gunicorn/timeout'],
		},
	},
	{
		chain: 'google-cloud-load-balancer,gunicorn:timeout=20',
		seconds: 25,
		why: "With a 20 s worker timeout Gunicorn kills the worker before Google's 30 s, and the load balancer, seeing the connection close before any data, logs backend_connection_closed_before_data_sent_to_client and answers 502.",
		sources: [DOCS.gunicorn, DOCS.gcpBackend],
		expect: { first: { timer: 'gunicorn/timeout', after: 20 }, gets: { code: 502, from: 'google-cloud-load-balancer' }, races: ['google-cloud-load-balancer>gunicorn: 502 from google-cloud-load-balancer'], dead: [] },
	},
	{
		chain: 'cloudflare,nginx,php-fpm',
		seconds: 45,
		why: "PHP stops a script after max_execution_time (30 s) with a fatal error, a 500 when display_errors is off; nginx's fastcgi_read_timeout is 60 s. Cloudflare replaces only 502 and 504 bodies, so the 500 passes. nginx keeps no idle FastCGI connections unless fastcgi_keep_conn is on, so only the Cloudflare-to-nginx hop races.",
		sources: [DOCS.php, DOCS.nginxFastcgi, DOCS.nginxUpstream, DOCS.cf502, DOCS.cfLimits],
		expect: { first: { timer: 'php-fpm/max-execution-time', after: 30 }, gets: { code: 500, from: 'php-fpm' }, races: ['cloudflare>nginx: 520 from cloudflare'], dead: [] },
	},
	{
		chain: 'nginx,php-fpm:request-terminate-timeout=20',
		seconds: 25,
		why: "request_terminate_timeout (off by default) makes FPM's master kill the worker after 20 s, before max_execution_time's 30 s; nginx sees the connection close and answers 502.",
		sources: [DOCS.fpm, DOCS.php, DOCS.nginxFastcgi],
		expect: { first: { timer: 'php-fpm/request-terminate-timeout', after: 20 }, gets: { code: 502, from: 'nginx' }, races: [], dead: [] },
	},
	{
		chain: 'nginx:fastcgi-read-timeout=10,php-fpm',
		seconds: 15,
		why: "In front of PHP-FPM nginx waits per fastcgi_read_timeout, not proxy_read_timeout; set to 10 s it answers 504 before PHP's 30 s limit, which can then only stop a script that keeps sending output (fastcgi_read_timeout counts the time between two reads).",
		sources: [DOCS.nginxFastcgi, DOCS.php],
		expect: { first: { timer: 'nginx/fastcgi-read-timeout', after: 10 }, gets: { code: 504, from: 'nginx' }, races: [], dead: ['php-fpm/max-execution-time (silent)'] },
	},
	{
		chain: 'apache,php-fpm:max-execution-time=0',
		seconds: 90,
		why: "With PHP's own limit off, Apache's ProxyTimeout (60 s, the core Timeout by default) is what mod_proxy_fcgi waits for PHP-FPM, and a timeout there is a 504.",
		sources: [DOCS.apache, DOCS.php],
		expect: { first: { timer: 'apache/apache-proxy-timeout', after: 60 }, gets: { code: 504, from: 'apache' }, races: [], dead: [] },
	},
	{
		chain: 'azure-front-door,azure-app-service',
		seconds: 90,
		why: "Front Door (Standard and Premium) waits 60 s for the origin's response and then answers 503 (504 only for a cached request, per the limits page); App Service's own 230 s limit counts the same wait and never comes.",
		sources: [DOCS.afdLimits, DOCS.appService],
		expect: { first: { timer: 'azure-front-door/origin-response-timeout', after: 60 }, gets: { code: 503, from: 'azure-front-door' }, races: [], dead: ['azure-app-service/front-end-timeout'] },
	},
	{
		chain: 'azure-front-door@classic,azure-app-service',
		seconds: 90,
		why: "Front Door (classic)'s send/receive timeout is 30 s, with the same 503.",
		sources: [DOCS.afdLimits, DOCS.appService],
		expect: { first: { timer: 'azure-front-door/send-receive-timeout-classic', after: 30 }, gets: { code: 503, from: 'azure-front-door' }, races: [], dead: ['azure-app-service/front-end-timeout'] },
	},
	{
		chain: 'aws-cloudfront,aws-api-gateway,aws-lambda',
		seconds: 10,
		why: "A Lambda function's timeout is 3 s unless set; a function that fails that way is an error, which API Gateway answers with 502 (\"Internal server error\"); CloudFront passes an origin's 5xx on unless a custom error response is set.",
		sources: [DOCS.lambdaTimeout, DOCS.lambdaApigw, DOCS.apigwLimits, DOCS.cloudfront],
		expect: { first: { timer: 'aws-lambda/function-timeout', after: 3 }, gets: { code: 502, from: 'aws-api-gateway' }, races: [], dead: [] },
	},
	{
		chain: 'aws-cloudfront,aws-api-gateway,aws-lambda:function-timeout=60',
		seconds: 40,
		why: "A REST API's integration timeout is 29 s, after which it answers 504; a 60 s Lambda timeout can never run out first (the function keeps running, billed, after the client has its 504). CloudFront's 30 s response timeout is longer than 29 s.",
		sources: [DOCS.apigwLimits, DOCS.lambdaTimeout, DOCS.cloudfront],
		expect: { first: { timer: 'aws-api-gateway/rest-integration-timeout', after: 29 }, gets: { code: 504, from: 'aws-api-gateway' }, races: [], dead: ['aws-lambda/function-timeout'] },
	},
	{
		chain: 'aws-api-gateway@http-api,aws-lambda:function-timeout=60',
		seconds: 40,
		why: "An HTTP API waits at most 30 s for its integration (not configurable higher) and then answers 503 Service Unavailable.",
		sources: [DOCS.httpApiQuotas, DOCS.lambdaTimeout],
		expect: { first: { timer: 'aws-api-gateway/http-api-integration-timeout', after: 30 }, gets: { code: 503, from: 'aws-api-gateway' }, races: [], dead: ['aws-lambda/function-timeout'] },
	},
	{
		chain: 'aws-cloudfront,nginx',
		seconds: 40,
		why: "CloudFront's origin response timeout (30 s, first byte and between packets) answers 504 before nginx's 60 s proxy_read_timeout, which counts the same wait. CloudFront keeps idle origin connections only 5 s, less than nginx's 75 s client keep-alive: no race.",
		sources: [DOCS.cloudfront, DOCS.nginxProxy, DOCS.nginxCore],
		expect: { first: { timer: 'aws-cloudfront/origin-response-timeout', after: 30 }, gets: { code: 504, from: 'aws-cloudfront' }, races: [], dead: ['nginx/proxy-read-timeout'] },
	},
	{
		chain: 'vercel',
		seconds: 400,
		why: 'A Vercel Function may run for its maximum duration (300 s by default) and then gets 504 FUNCTION_INVOCATION_TIMEOUT.',
		sources: [DOCS.vercel],
		expect: { first: { timer: 'vercel/max-duration', after: 300 }, gets: { code: 504, from: 'vercel' }, races: [], dead: [] },
	},
	{
		chain: 'vercel@edge-runtime',
		seconds: 30,
		why: 'An Edge runtime function must begin its response within 25 s, or gets 504 EDGE_FUNCTION_INVOCATION_TIMEOUT.',
		sources: [DOCS.vercelEdge],
		expect: { first: { timer: 'vercel/edge-initial-response', after: 25 }, gets: { code: 504, from: 'vercel' }, races: [], dead: [] },
	},
	{
		chain: 'heroku,gunicorn',
		seconds: 40,
		why: "Heroku's router gives the dyno 30 s to send the first byte (H12, 503); Gunicorn's 30 s worker timeout is the same length and started later. Router 2.0 keeps idle connections to dynos for 90 s and blames H13/H18 on servers that close them sooner; Gunicorn's keepalive is 2 s.",
		sources: [DOCS.herokuTimeout, DOCS.herokuRouter2, DOCS.gunicorn],
		expect: { first: { timer: 'heroku/initial-response', after: 30 }, gets: { code: 503, from: 'heroku' }, races: ['heroku>gunicorn: 503 from heroku'], dead: ['gunicorn/timeout (silent)'] },
	},
	{
		chain: 'envoy,nodejs',
		seconds: 20,
		why: "Envoy's route timeout (15 s, the whole response) answers 504. Envoy keeps idle upstream connections for 1 h by default while Node closes them after 5 s; Envoy answers a connection the upstream closed with 503 (UC).",
		sources: [DOCS.envoyRoute, DOCS.envoyTimeouts, DOCS.node],
		expect: { first: { timer: 'envoy/route-timeout', after: 15 }, gets: { code: 504, from: 'envoy' }, races: ['envoy>nodejs: 503 from envoy'], dead: [] },
	},
	{
		chain: 'haproxy',
		seconds: 1000,
		why: 'HAProxy has no default for timeout server: unset, it waits for ever (with a warning at start), so nothing in this chain ends a slow request.',
		sources: [DOCS.haproxy],
		expect: { first: null, races: [], dead: [] },
	},
	{
		chain: 'traefik,gunicorn',
		seconds: 45,
		why: "Traefik sets no response header timeout by default, so Gunicorn's 30 s worker timeout ends the request and Traefik answers the closed connection with 502. Traefik keeps idle connections to servers for 90 s (idleConnTimeout); Gunicorn's keepalive is 2 s.",
		sources: [DOCS.traefik, DOCS.gunicorn],
		expect: { first: { timer: 'gunicorn/timeout', after: 30 }, gets: { code: 502, from: 'traefik' }, races: ['traefik>gunicorn: 502 from traefik'], dead: [] },
	},
	{
		chain: 'caddy,nodejs',
		seconds: 1000,
		why: "Caddy's reverse_proxy sets no response header or read timeout by default, so a slow response is not cut; it keeps idle upstream connections for 2 min (keepalive 120 s) while Node closes them after 5 s, and answers the closed connection with 502.",
		sources: [DOCS.caddy, DOCS.node],
		expect: { first: null, races: ['caddy>nodejs: 502 from caddy'], dead: [] },
	},
];

describe('the chain analysis, on chains worked out from the vendors’ documents', () => {
	it('has at least 15 cases, each with its reasons and sources', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(15);
		for (const c of CASES) {
			expect(c.why.length, c.chain).toBeGreaterThan(40);
			expect(c.sources.length, c.chain).toBeGreaterThan(0);
		}
	});

	for (const c of CASES) {
		it(`${c.chain} at ${c.seconds} s`, () => {
			expect(findings(c.chain, c.seconds)).toEqual(c.expect);
		});
	}
});

const chainOf = (text: string): Chain => parseChain(text, data)!;
const text = (line: Line) => line.map((seg) => (typeof seg === 'string' ? seg : seg.text)).join('');

describe('the timers each layer runs', () => {
	it('take the next layer’s timers that this one holds in place of its own for the same wait', () => {
		const [front] = chainTimers(chainOf('nginx,php-fpm'), data);
		const ids = front!.map((t) => t.id);
		expect(ids).toContain('fastcgi-read-timeout');
		expect(ids).not.toContain('proxy-read-timeout');
		// nginx keeps no idle FastCGI connections by default (fastcgi_keep_conn off).
		expect(ids).not.toContain('upstream-keepalive-timeout');
		// Its own timers count again in front of an HTTP server.
		expect(chainTimers(chainOf('nginx,gunicorn'), data)[0]!.map((t) => t.id)).toContain('proxy-read-timeout');
	});

	it('drop held timers when the layer that holds them is not in front', () => {
		const [alone] = chainTimers(chainOf('php-fpm'), data);
		expect(alone!.some((t) => t.heldBy)).toBe(false);
	});

	it('use one variant’s timers: the page’s first unless chosen', () => {
		const ids = (t: string) => chainTimers(chainOf(t), data)[0]!.map((x) => x.id);
		expect(ids('aws-api-gateway')).toContain('rest-integration-timeout');
		expect(ids('aws-api-gateway')).not.toContain('http-api-integration-timeout');
		expect(ids('aws-api-gateway@http-api')).toEqual(expect.arrayContaining(['http-api-integration-timeout']));
		expect(ids('aws-api-gateway@http-api')).not.toContain('rest-integration-timeout');
	});

	it('take the reader’s values, 0 meaning off', () => {
		const [t] = chainTimers(chainOf('nginx:proxy-read-timeout=0'), data);
		expect(t!.find((x) => x.id === 'proxy-read-timeout')).toMatchObject({ value: null, own: true });
	});
});

describe('the words', () => {
	it('answer the issue’s question at 45 s: who gives up, what each logs, what the visitor sees', () => {
		const chain = chainOf('cloudflare,nginx,gunicorn');
		const x = explain(chain, data, analyse(chain, data, 45));
		expect(text(x.verdict)).toBe('A request that takes 45 s fails after 30 s: the visitor gets 502 Bad Gateway from nginx, on Cloudflare’s own error page. Gunicorn’s timeout (30 s) runs out first.');
		expect(x.steps.map((s) => [s.layer, s.role])).toEqual([
			['Cloudflare', 'replaces'],
			['nginx', 'answers'],
			['Gunicorn', 'timer'],
		]);
		expect(x.steps[1]!.log).toMatch(/upstream prematurely closed connection/);
		expect(x.steps[2]!.log).toMatch(/WORKER TIMEOUT/);
	});

	it('give the fix on both sides of a race, and only the side that can change', () => {
		const fix = (t: string) => explain(chainOf(t), data, analyse(chainOf(t), data, 1)).hops.find((h) => h.race)!.fix!;
		expect(text(fix('nginx,gunicorn'))).toMatch(/^Fix: raise Gunicorn’s keepalive above 60 s, or lower nginx’s keepalive_timeout \(upstream block\) below 2 s\./);
		// Google's 600 s cannot be changed; the ALB's idle timeout also bounds slow requests, so lowering it is no fix.
		expect(text(fix('google-cloud-load-balancer,gunicorn'))).toMatch(/^Fix: raise Gunicorn’s keepalive above 10 min \(Google Cloud ALB’s cannot be changed\)\./);
		expect(text(fix('aws-alb,nodejs'))).toMatch(/^Fix: raise Node\.js’s server\.keepAliveTimeout above 60 s\./);
	});

	it('link every timer and error they name to a page of the site', () => {
		const chain = chainOf('cloudflare,aws-alb,nodejs');
		const x = explain(chain, data, analyse(chain, data, 90));
		const links = [x.verdict, ...x.steps.map((s) => s.text), ...x.hops.flatMap((h) => [h.text, h.fix ?? []]), ...x.dead].flat().flatMap((seg) => (typeof seg === 'object' && seg.href ? [seg.href] : []));
		expect(links.length).toBeGreaterThan(5);
		for (const href of links) expect(href).toMatch(/^\/(5\d\d\/|timeouts\/#[a-z0-9-]+|platforms\/[a-z0-9-]+\/#[a-z0-9-]+)$/);
	});
});
