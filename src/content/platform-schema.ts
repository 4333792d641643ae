/**
 * The frontmatter of `content/platforms/<slug>.mdx`: one layer that sends its own 5xx responses
 * (a CDN, a load balancer, a proxy, an app server, a PaaS). Its errors, the marks that give its
 * responses away, and its timers are data, so the code pages, /timeouts/, search and the
 * diagnose tool all read the same facts. Unknown keys are rejected, so a typo fails the build.
 */
import { z } from 'astro/zod';
import { changeSchema, httpsUrl, strictObject, isoDate, sentence, slug, sourceSchema, statusCode } from './common-schema';

/** What kind of layer this is; /platforms/ groups pages by it. */
export const platformKinds = ['cdn', 'load-balancer', 'api-gateway', 'reverse-proxy', 'service-mesh', 'app-server', 'serverless-paas'] as const;
export type PlatformKind = (typeof platformKinds)[number];

export const platformKindLabels: Record<PlatformKind, string> = {
	cdn: 'CDNs and edge networks',
	'load-balancer': 'Load balancers',
	'api-gateway': 'API gateways',
	'reverse-proxy': 'Reverse proxies and caches',
	'service-mesh': 'Service meshes',
	'app-server': 'Application servers',
	'serverless-paas': 'Serverless and PaaS',
};

/** Whether a request can have reached the application (see `reachedApp` on an error). */
export const reachedAppValues = ['no', 'maybe', 'yes'] as const;
export type ReachedApp = (typeof reachedAppValues)[number];

/** How each value of `reachedApp` reads on a page, and what it means for sending the request again. */
export const reachedAppLabels: Record<ReachedApp | 'depends', { label: string; retry: string }> = {
	no: { label: 'Never reached the app', retry: 'Safe to send again, whatever the method, once the cause is gone.' },
	maybe: { label: 'May have reached the app', retry: 'Send again only an idempotent request (GET, HEAD, PUT, DELETE) or one with an idempotency key the app checks.' },
	yes: { label: 'Reached the app', retry: 'Your code ran: sending it again repeats whatever it did before it failed.' },
	depends: { label: 'Depends on the layer', retry: 'Which layer sent it decides: the platform error says.' },
};

/**
 * What a timer counts, as a chain of layers needs to know to compare two timers: only timers
 * that count the same thing, on the two sides of one hop, can be compared.
 */
export const timerMeasures = {
	connect: 'opening the connection to the next layer (TCP, and TLS where it applies)',
	'first-byte': 'from sending the request to the first byte of the response headers',
	'between-reads': 'the longest gap between two reads while receiving the response (idle time)',
	'between-writes': 'the longest gap between two writes while sending the request',
	'whole-request': 'the whole exchange, from the request arriving to the last byte of the response',
	'request-receive': 'receiving the client’s request (headers, or headers and body)',
	'client-keepalive': 'how long an idle kept-alive connection from a client stays open',
	'upstream-keepalive': 'how long an idle pooled connection to the next layer stays open',
	queue: 'waiting in a queue for a free worker, instance or backend',
	execution: 'how long the application (a worker, a function) may run on one request',
	other: 'something else, which the timer’s meaning explains',
} as const;
export type TimerMeasure = keyof typeof timerMeasures;
export const timerSides = ['client', 'upstream'] as const;
export type TimerSide = (typeof timerSides)[number];

/** What a timer does when it runs out (see `effect` on a timer). */
export const timerEffects = ['responds', 'closes', 'truncates'] as const;
export type TimerEffect = (typeof timerEffects)[number];
export const timerEffectLabels: Record<TimerEffect, string> = {
	responds: 'answers with an error',
	closes: 'closes the connection, with no response',
	truncates: 'cuts off a response already under way',
};
export const timerSideLabels: Record<TimerSide, string> = { client: 'towards its clients', upstream: 'towards the layer behind it' };

/**
 * Whether a layer resends a failed request on its own (see `retries.default`), from safest to
 * least safe for a request that must not run twice.
 */
export const retryDefaults = {
	never: 'never resends a request',
	'connect-failures': 'resends only when the connection failed, so the request was never sent',
	idempotent: 'also resends a request that was sent, but only an idempotent one (GET, HEAD, PUT, DELETE…)',
	'sent-requests': 'also resends a request that was sent, and does not say that it spares POST',
	configured: 'resends only when you configure it',
	undocumented: 'the vendor documents no retry behaviour, so do not count on one, nor rule one out',
} as const;
export type RetryDefault = keyof typeof retryDefaults;

/** Kinds of layer that always have a layer behind them, so `onUpstreamClose` is required. */
export const kindsWithUpstream: readonly PlatformKind[] = ['cdn', 'load-balancer', 'api-gateway', 'reverse-proxy', 'service-mesh'];

/** Where a person meets a string. */
export const stringPlaces = ['page', 'body', 'header', 'log', 'metric', 'console'] as const;
export const stringPlaceLabels: Record<(typeof stringPlaces)[number], string> = {
	page: 'Error page',
	body: 'Response body',
	header: 'Response header',
	log: 'Log line',
	metric: 'Metric',
	console: 'Console or CLI',
};

/** A regular expression written as a string; the build compiles it and says so if it can't. */
const regexSource = z.string().min(2).refine((s) => {
	try {
		new RegExp(s, 'i');
		return true;
	} catch {
		return false;
	}
}, 'must be a valid JavaScript regular expression');

/** One exact string a person sees: error-page text, a log line, a header value. */
export const errorStringSchema = strictObject({
	/** The text exactly as the platform prints it, with a realistic example for variable parts. */
	text: z.string().min(2),
	/** Where it shows up. */
	where: z.enum(stringPlaces),
	/**
	 * A case-insensitive regular expression for the string when it has variable parts (IDs,
	 * times, counts), so the diagnose tool can recognise any instance. It must match `text`.
	 */
	pattern: regexSource.optional(),
});

/** One error this layer sends, with its own section (`<PlatformError id>`) in the body. */
export const platformErrorSchema = strictObject({
	/** The section's anchor: `/platforms/heroku/#h12`. Stable: other pages and flows link to it. */
	id: slug,
	/** The status code the client receives; the code must have a page. */
	code: statusCode,
	/** The error's name as the platform gives it, or a short description ("H12 Request timeout"). */
	title: z.string().min(3).max(80),
	/** The exact strings a person sees for this error. */
	strings: z.array(errorStringSchema).min(1, 'list at least one string a person sees'),
	/** What it means at this layer, in one sentence. */
	meaning: sentence(),
	/** The id of the timer (in `timers`) or limit behind this error, if one is. */
	timer: slug.optional(),
	/**
	 * Whether the request can have reached the application when this error comes back: `no`
	 * (this layer never passed it on: refused, no backend, a limit), `maybe` (it was sent, and the
	 * app may or may not have acted: a timeout, a connection cut), `yes` (the app handled it and
	 * failed). A request that may have reached the app is safe to retry only if it is idempotent.
	 */
	reachedApp: z.enum(reachedAppValues),
	/**
	 * `proxy` when the client gets this code from the layer in front of this one, not from this
	 * layer (PHP-FPM writes no 502: nginx answers 502 when it cannot reach PHP-FPM). The diagnose
	 * tool then names the proxy as the sender and this layer as the one to look at next.
	 */
	answeredBy: z.literal('proxy').optional(),
});

/** A mark that identifies this layer's responses: a header, text in the body, a log format. */
export const signatureSchema = strictObject({
	/** Where the mark is. */
	kind: z.enum(['header', 'body', 'log']),
	/** For `header`: the header's name, lowercase ("x-cache"). */
	header: z
		.string()
		.regex(/^[a-z0-9-]+$/, 'must be a lowercase header name')
		.optional(),
	/** Case-insensitive regular expression the header value, body or log line matches. */
	pattern: regexSource,
	/** A real example the pattern must match (the build checks it). */
	example: z.string().min(1),
	/** `generated`: this layer produced the response itself; `via`: the response passed through it. */
	role: z.enum(['generated', 'via']),
	/** What the mark tells the reader, in one sentence. */
	note: sentence(10),
	/** Where the mark is documented, or observed (a public issue thread); must also be in `sources`. */
	source: httpsUrl,
});

/** A timer or limit that ends a request with a 5xx. /timeouts/ and the diagnose tool read these. */
export const timerSchema = strictObject({
	/** Stable id, referenced by errors' `timer`. */
	id: slug,
	/** The timer's name as the vendor writes it ("Connection idle timeout"). */
	name: z.string().min(3),
	/** The setting, attribute or directive that controls it ("idle_timeout.timeout_seconds"). */
	setting: z.string().optional(),
	/** The default, in seconds; `null` when there is none (the timer is off, or infinite, until set). */
	default: z.number().positive().nullable(),
	/** The documented range, in seconds. Leave out `max` when there is none. */
	range: strictObject({ min: z.number().nonnegative().optional(), max: z.number().positive().optional() }).optional(),
	/** Who can change it ("You: load balancer attribute", "Enterprise plans", "Nobody"). */
	changeableBy: z.string().min(3),
	/** What it measures, in one sentence. */
	meaning: sentence(),
	/**
	 * What running out does: `responds` with the code(s) in `produces` (the default); `closes` the
	 * connection without a response (an idle kept-alive connection, a worker killed mid-request);
	 * `truncates` a response already under way.
	 */
	effect: z.enum(timerEffects),
	/** The code a request gets when it runs out, and the error (an id in `errors`) it shows as. Empty only when it `closes` or `truncates`. */
	produces: z.array(strictObject({ code: statusCode, error: slug.optional() })),
	/**
	 * What it counts (see `timerMeasures`). Required: a chain of layers (/chain/) compares only
	 * timers that count the same thing, so a timer without it cannot be placed.
	 */
	measures: z.enum(Object.keys(timerMeasures) as [TimerMeasure, ...TimerMeasure[]], { error: `say what the timer counts: one of ${Object.keys(timerMeasures).join(', ')}` }),
	/** Which side of this layer it watches: its clients, or the layer behind it (`upstream`). Required, as `measures`. */
	faces: z.enum(timerSides, { error: `say which side the timer watches: ${timerSides.join(' or ')}` }),
	/** Further roles of one setting that counts more than one thing (an idle timeout that also ends idle pooled connections). */
	alsoMeasures: z.array(strictObject({ measures: z.enum(Object.keys(timerMeasures) as [TimerMeasure, ...TimerMeasure[]]), faces: z.enum(timerSides) })).default([]),
	/**
	 * The product variant or mode it belongs to, when the page covers more than one ("REST API"
	 * and "HTTP API"): a chain uses one variant's timers, and those without a variant.
	 */
	variant: z.string().min(2).max(40).optional(),
	/**
	 * The layer in front that runs this timer, when the page lists it because it concerns this
	 * layer (nginx's fastcgi_read_timeout on the PHP-FPM page): a platform slug. In a chain it
	 * applies only on the hop from that layer to this one, in place of that layer's own timer
	 * that counts the same thing; that layer's pool of idle connections does not apply to the hop
	 * either (nginx keeps no idle FastCGI connections unless fastcgi_keep_conn is on).
	 */
	heldBy: slug.optional(),
	/** Where the value is documented; must also be in `sources`, which holds the date checked. */
	source: httpsUrl,
});

/** A limit on the size of a request body (an upload). */
export const bodyLimitSchema = strictObject({
	/** The limit's name as the vendor writes it ("client_max_body_size", "Maximum upload size, Free plan"). */
	name: z.string().min(3),
	/** The setting that controls it, if there is one. */
	setting: z.string().optional(),
	/** The default, in bytes; `null` when there is none (unlimited until set). */
	default: z.number().int().positive().nullable(),
	/**
	 * What the client gets when a body is over it (413, or a 5xx when the layer behind gives up);
	 * `null` when the layer answers no error status of its own (PHP runs the script with the body
	 * dropped) or the vendor does not say which (the `note` says so).
	 */
	code: z.number().int().min(400).max(599).nullable(),
	/** Who can change it ("You, in nginx.conf", "Enterprise plans", "Nobody"). */
	changeableBy: z.string().min(3),
	/** Anything a reader must know: plans, how it shows, a slow upload that times out first. */
	note: sentence().optional(),
	/** Where it is documented; must also be in `sources`. */
	source: httpsUrl,
});

export const platformSchema = strictObject({
	/** The product's name ("AWS Application Load Balancer"). */
	name: z.string().min(2),
	/** A short name for lists and search ("ALB"); defaults to the name. */
	shortName: z.string().min(2).optional(),
	/** The company or project behind it. */
	vendor: z.string().min(2),
	/** What kind of layer it is. */
	kind: z.enum(platformKinds),
	/** One sentence: what this layer is and where it sits in front of an app. */
	summary: sentence(),
	/** The vendor's own documentation of its errors. */
	docs: httpsUrl,
	/** Other names people search for ("ELB", "awselb", "ingress-nginx"). Indexed, not shown. */
	aliases: z.array(z.string().min(2)).default([]),
	/**
	 * Platforms (by id) this layer is built on, whose own error replies it may send unchanged: Google's
	 * Application Load Balancers run Envoy, so Envoy's "no healthy upstream" can be theirs.
	 */
	builtOn: z.array(slug).default([]),
	/** The errors this layer sends, most common first. */
	errors: z.array(platformErrorSchema).min(1, 'a platform page needs at least one error'),
	/** How to recognise responses that came from (or through) this layer. */
	signatures: z.array(signatureSchema).default([]),
	/** Timers and limits that end requests with a 5xx. */
	timers: z.array(timerSchema).default([]),
	/**
	 * What this layer answers when the layer behind it closes the connection before a complete
	 * response (a crash, a kept-alive connection closed under it): an id in `errors`, or `null`
	 * when the vendor does not say which code the client then gets. Required for the kinds in
	 * `kindsWithUpstream` (a rule in rules.ts); leave it out only for a layer with nothing behind
	 * it but the application itself (an app server, a function platform).
	 */
	onUpstreamClose: slug.nullable().optional(),
	/** Whether this layer retries a failed request on its own, and when. */
	retries: strictObject({
		/** What it does by default: one of the keys of `retryDefaults` (`never`, `connect-failures`, `idempotent`, `sent-requests`, `configured`, `undocumented`). */
		default: z.enum(Object.keys(retryDefaults) as [RetryDefault, ...RetryDefault[]]),
		/** How many tries in all, by default, where it retries. */
		tries: z.number().int().positive().optional(),
		/** What happens, in one sentence. */
		note: sentence(),
		/** The settings that control it. */
		setting: z.string().optional(),
		/** Where it is documented (for `undocumented`, the vendor page that was checked); must also be in `sources`. */
		source: httpsUrl,
	}),
	/** Which error pages from the layer behind this one it replaces with its own, so an API's JSON error arrives as HTML. */
	replacesErrors: strictObject({
		/** The codes it replaces by default, `[]` for none. */
		codes: z.array(statusCode),
		/** When, in one sentence. */
		note: sentence(),
		/** How to keep the origin's own body, in one sentence. */
		howToKeep: sentence(),
		/** Where it is documented; must also be in `sources`. */
		source: httpsUrl,
	}),
	/**
	 * Limits on the size of a request body, `[]` when the vendor documents none (the layer streams
	 * bodies, or says nothing): /uploads/ lists every platform from this field.
	 */
	bodyLimits: z.array(bodyLimitSchema),
	/** Is it them or me: the provider's status page (none for software you run), and how to tell an incident there from a fault of your own. */
	incidents: strictObject({
		statusPage: httpsUrl.optional(),
		howToTell: sentence(20, 400),
	}),
	/** Facts that changed, newest first (a default, a name, a retirement). */
	changes: z.array(changeSchema).default([]),
	/** Every document the page was checked against, primary sources first. */
	sources: z.array(sourceSchema).min(1),
	/** The day the whole page was last reviewed against its sources. */
	reviewed: isoDate,
});

export type PlatformFrontmatter = z.infer<typeof platformSchema>;
export type PlatformError = z.infer<typeof platformErrorSchema>;
export type PlatformTimer = z.infer<typeof timerSchema>;
export type PlatformSignature = z.infer<typeof signatureSchema>;
