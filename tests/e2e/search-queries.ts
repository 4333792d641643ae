/**
 * Queries as readers type them, and the page (path, and #section where it matters) that must
 * come first. Written from what people search for, in their words: never copied into any
 * page's `searchTerms` or a platform's `aliases` (tests/unit/search-queries.test.ts checks),
 * so a hit here is earned by the pages and the ranking, not by a list that repeats the table.
 * Bare codes ("521") take a shortcut that needs no index; search.test.ts tests it on its own.
 */
export const searchQueries: readonly { query: string; first: string }[] = [
	// Questions and descriptions
	{ query: 'cloudflare error 521 how to fix', first: '/521/' },
	{ query: 'what is a 502 error', first: '/502/' },
	{ query: 'website says service temporarily unavailable', first: '/503/' },
	{ query: 'gateway timed out', first: '/504/' },
	{ query: 'cloudflare connection timed out error', first: '/522/' },
	{ query: 'cloudflare a timeout occurred', first: '/524/' },
	{ query: 'cloudflare 100 seconds', first: '/524/' },
	{ query: 'cloudflare ssl handshake failed', first: '/525/' },
	{ query: 'invalid ssl certificate full strict', first: '/526/' },
	{ query: 'origin unreachable cloudflare', first: '/523/' },
	{ query: 'cloudflare unknown error 520', first: '/520/' },
	{ query: 'origin server refused connection', first: '/521/' },
	{ query: 'connection reset by peer cloudflare', first: '/520/' },
	{ query: 'hotel wifi login page', first: '/511/' },
	{ query: 'resource limit is reached cpanel', first: '/508/' },
	{ query: 'bandwidth exceeded hosting', first: '/509/' },
	{ query: 'anthropic api overloaded', first: '/529/' },
	{ query: 'tornado http 599', first: '/599/' },
	{ query: 'cloudflared tunnel error 1033', first: '/530/' },
	{ query: 'webdav disk full', first: '/507/' },
	{ query: 'http version not supported error', first: '/505/' },
	{ query: 'method not implemented server', first: '/501/' },
	{ query: 'internal server error wordpress', first: '/500/' },
	{ query: 'service unavailable retry-after', first: '/503/' },
	{ query: 'railgun', first: '/527/' },
	{ query: 'alb oidc login error 561', first: '/561/' },
	{ query: 'network read timeout', first: '/598/' },
	// Two codes compared: their comparison page
	{ query: '502 vs 504', first: '/502-vs-504/' },
	{ query: '503 or 502', first: '/502-vs-503/' },
	{ query: 'difference between 500 and 502', first: '/500-vs-502/' },
	{ query: '524 versus 504', first: '/504-vs-524/' },
	// Chains of layers (issue 23)
	{ query: 'alb node 502', first: '/chain/alb-nodejs/' },
	{ query: 'cloudflare nginx php-fpm timeout', first: '/chain/cloudflare-nginx-php-fpm/' },
	{ query: 'gunicorn behind google load balancer keepalive', first: '/chain/google-cloud-load-balancer-gunicorn/' },
	// Misspellings
	{ query: 'bad gatewya', first: '/502/' },
	{ query: 'gateway timout', first: '/504/' },
	{ query: 'servise unavailable', first: '/503/' },
	{ query: 'interal server error', first: '/500/' },
];

/**
 * Error strings and log lines as people paste them, and the platform section that must come
 * first; and a code with a platform's name. Kept apart from the pages' data in the same way.
 */
export const pastedQueries: readonly { query: string; first: string }[] = [
	{ query: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure', first: '/platforms/envoy/#upstream-connect-failure' },
	{ query: 'istio 503 no healthy upstream', first: '/platforms/envoy/#no-healthy-upstream' },
	{ query: 'ERROR The request could not be satisfied 504 Gateway Timeout', first: '/platforms/aws-cloudfront/#origin-timeout' },
	{ query: 'Execution failed due to configuration error: Malformed Lambda proxy response', first: '/platforms/aws-api-gateway/#malformed-lambda-proxy-response' },
	{ query: 'heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" host=myapp.herokuapp.com dyno=web.1 connect=0ms service=30001ms status=503', first: '/platforms/heroku/#h12' },
	{ query: '504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT ID: hnd1::fs8k9-1679151302268-044a719e1f27', first: '/platforms/vercel/#function-invocation-timeout' },
	{ query: 'Error 503 first byte timeout', first: '/platforms/fastly/#first-byte-timeout' },
	{ query: 'Error 503 Backend fetch failed Guru Meditation: XID: 32770', first: '/platforms/varnish/#backend-fetch-failed' },
	{ query: 'HTTP Error 502.5 - Process Failure', first: '/platforms/iis/#ancm-502-5' },
	{ query: 'HTTP Error 500.30 - ASP.NET Core app failed to start', first: '/platforms/iis/#ancm-500-30' },
	{ query: '[CRITICAL] WORKER TIMEOUT (pid:8123)', first: '/platforms/gunicorn/#worker-timeout' },
	{ query: 'HARAKIRI ON WORKER 3 (pid: 1234, try: 1)', first: '/platforms/uwsgi/#harakiri' },
	{ query: 'server reached pm.max_children setting (5), consider raising it', first: '/platforms/php-fpm/#max-children' },
	{ query: '502 alb', first: '/platforms/aws-alb/' },
	{ query: '504 api gateway', first: '/platforms/aws-api-gateway/' },
	{ query: 'cloudfront 502', first: '/platforms/aws-cloudfront/' },
];
