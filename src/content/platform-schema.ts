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
	/** The code a request gets when it runs out, and the error (an id in `errors`) it shows as. */
	produces: z.array(strictObject({ code: statusCode, error: slug.optional() })).min(1),
	/** Where the value is documented; must also be in `sources`, which holds the date checked. */
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
	/** The errors this layer sends, most common first. */
	errors: z.array(platformErrorSchema).min(1, 'a platform page needs at least one error'),
	/** How to recognise responses that came from (or through) this layer. */
	signatures: z.array(signatureSchema).default([]),
	/** Timers and limits that end requests with a 5xx. */
	timers: z.array(timerSchema).default([]),
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
