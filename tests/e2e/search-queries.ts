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
	// Misspellings
	{ query: 'bad gatewya', first: '/502/' },
	{ query: 'gateway timout', first: '/504/' },
	{ query: 'servise unavailable', first: '/503/' },
	{ query: 'interal server error', first: '/500/' },
];
