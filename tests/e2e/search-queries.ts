/**
 * Real-world queries and the page that must come first. Numbers, reason phrases, symptoms,
 * error-page wording and common misspellings: what people paste from a log or an error page.
 */
export const searchQueries: readonly { query: string; first: string }[] = [
	// Bare numbers
	{ query: '521', first: '521' },
	{ query: '502', first: '502' },
	{ query: '599', first: '599' },
	{ query: '530', first: '530' },
	{ query: 'error 522', first: '522' },
	{ query: 'http 504', first: '504' },
	// Reason phrases and error-page wording
	{ query: 'web server is down', first: '521' },
	{ query: 'bad gateway', first: '502' },
	{ query: 'gateway timeout', first: '504' },
	{ query: 'service unavailable', first: '503' },
	{ query: 'internal server error', first: '500' },
	{ query: 'origin is unreachable', first: '523' },
	{ query: 'a timeout occurred', first: '524' },
	{ query: 'ssl handshake failed', first: '525' },
	{ query: 'invalid ssl certificate', first: '526' },
	{ query: 'web server returns an unknown error', first: '520' },
	{ query: 'network authentication required', first: '511' },
	{ query: 'bandwidth limit exceeded', first: '509' },
	{ query: 'not implemented', first: '501' },
	{ query: 'http version not supported', first: '505' },
	{ query: 'insufficient storage', first: '507' },
	{ query: 'loop detected', first: '508' },
	{ query: 'railgun', first: '527' },
	// Symptoms
	{ query: 'connection refused', first: '521' },
	{ query: 'captive portal', first: '511' },
	{ query: 'retry-after', first: '503' },
	{ query: 'upstream prematurely closed connection', first: '502' },
	{ query: 'proxy_read_timeout', first: '504' },
	{ query: 'overloaded_error', first: '529' },
	{ query: 'argo tunnel error 1033', first: '530' },
	// Misspellings and variants
	{ query: 'bad gatway', first: '502' },
	{ query: 'gateway time-out', first: '504' },
	{ query: 'servcie unavailable', first: '503' },
];
