// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no imports.
/**
 * The site's tool and index pages: where each lives, its title and description, and the words
 * that name it when typed alone in the search ("timeouts", "diagnose"): one place, read by each
 * page's route and by the search's shortcuts. Code, platform and guide pages take theirs from
 * their content files.
 */
export interface SitePage {
	path: string;
	/** The page's title and description, where no content file gives them. */
	title?: string;
	description?: string;
	/** Lowercase words that mean this page when typed alone in the search. */
	names: readonly string[];
}

/**
 * The timers' page, alone: scripts that link to a timer's row (lib/timers.ts) import this, not the
 * whole table, which would ship every page's search names with them.
 */
export const TIMEOUTS_PATH = '/timeouts/';

export const SITE_PAGES = {
	// Its title is the site's name (consts.ts).
	home: {
		path: '/',
		names: ['5xx', 'codes', 'all codes', 'every code', 'status codes', 'http 5xx', 'home'],
	},
	timeouts: {
		path: TIMEOUTS_PATH,
		title: 'Timeouts that end in a 5xx',
		description: 'Every timer and limit that ends a request with a 5xx, on every platform we cover, shortest first, with the code each produces.',
		names: ['timeouts', 'timeout', 'timers', 'timer', 'all timeouts', 'timeout table', 'timeouts table', 'timeout defaults', 'default timeouts'],
	},
	diagnose: {
		path: '/diagnose/',
		title: 'Who sent this 5xx?',
		description: 'Paste response headers, an error page or log lines, or drop a HAR file: learn which layer sent the error and what to do next, in your browser; nothing is sent.',
		names: ['diagnose', 'diagnosis', 'diagnose tool', 'who sent this', 'who sent it', 'who sent this 5xx', 'har', 'har file', 'paste headers'],
	},
	// Its title is the start flow's (content/flows/start.yaml).
	troubleshoot: {
		path: '/troubleshoot/',
		names: ['troubleshoot', 'troubleshooter', 'troubleshooting', 'wizard', 'step by step', 'find the cause'],
	},
	chain: {
		path: '/chain/',
		title: 'Your chain',
		description: 'Put together the layers your requests cross (CDN, load balancer, proxy, app server) and see which timer runs out first on a slow request, which hops race on keep-alive, and what the visitor gets from which layer.',
		names: ['chain', 'your chain', 'my chain', 'chain builder', 'request chain', 'keep-alive race', 'keepalive race', 'which timeout fires first'],
	},
	platforms: {
		path: '/platforms/',
		title: 'Platforms',
		description: 'The 5xx errors each CDN, load balancer, proxy and platform sends, with their exact strings and timers.',
		names: ['platforms', 'all platforms', 'layers', 'vendors'],
	},
	changes: {
		path: '/changes/',
		title: 'What changed',
		description: 'Facts about HTTP 5xx errors that changed: timeouts, limits, defaults, names and retirements, with the old and new value and the source.',
		names: ['changes', 'what changed', 'changelog', 'feed'],
	},
} as const satisfies Record<string, SitePage>;
