/**
 * The shape of the site's JSON files (`/521.json`, `/codes.json`, `/platforms/heroku.json`,
 * `/platforms.json`), as zod schemas. The build parses every record with them before writing it,
 * and `/schema/v1.json` is generated from them, so the files, the published schema and its
 * descriptions cannot drift apart. Descriptions are written for people who consume the data.
 */
import { z } from 'astro/zod';
import { platformKinds, reachedAppValues, retryDefaults, stringPlaces, timerEffects, timerMeasures, timerSides, type RetryDefault, type TimerMeasure } from '../content/platform-schema';
import { senders, statuses } from '../content/code-schema';

const day = z.iso.date().describe('A day, written YYYY-MM-DD.');
const url = z.url({ protocol: /^https$/ }).describe('An absolute https:// URL.');
const code = z.number().int().min(500).max(599).describe('An HTTP status code, 500–599.');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const sourceRecord = z
	.strictObject({
		title: z.string().describe('What the document is, as its publisher titles it.'),
		url,
		checked: day.describe('The day the page was last compared with this document.'),
	})
	.meta({ id: 'source', description: 'A document the facts were checked against.' });

export const changeRecord = z
	.strictObject({
		id: z.string().describe('Stable identifier: the date, the page and the fact.'),
		date: day.describe('The day the change took effect, or was announced.'),
		recorded: day.optional().describe('The day this site recorded the change (the date of its item in /changes.xml).'),
		fact: z.string().describe('What changed.'),
		from: z.string().describe('The value before.'),
		to: z.string().describe('The value after.'),
		source: url.describe('The primary source that records the change.'),
		page: url.describe('The page that explains the fact.'),
		codes: z.array(code).describe('Codes whose pages the change concerns.'),
	})
	.meta({ id: 'change', description: 'A fact that changed, with its old and new value.' });

export const errorStringRecord = z
	.strictObject({
		text: z.string().describe('The text exactly as the platform prints it, with a realistic example for variable parts.'),
		where: z.enum(stringPlaces).describe('Where a person sees it.'),
		pattern: z.string().nullable().describe('A case-insensitive JavaScript regular expression matching any instance of the text, when it has variable parts.'),
	})
	.meta({ id: 'errorString', description: 'One exact string a person sees for an error.' });

export const platformErrorRecord = z
	.strictObject({
		platform: slug.describe("The platform's slug, as in /platforms/<slug>.json."),
		platformName: z.string().describe("The platform's name."),
		id: slug.describe("The error's id, unique within its platform; the anchor of its section."),
		code: code.describe('The status code the client receives.'),
		title: z.string().describe("The error's name as the platform gives it."),
		meaning: z.string().describe('What it means at this layer, in one sentence.'),
		strings: z.array(errorStringRecord),
		timer: slug.nullable().describe("The id of the platform's timer behind this error, if one is."),
		reachedApp: z
			.enum(reachedAppValues)
			.nullable()
			.optional()
			.describe("Whether a request that got this error can have reached the application: 'no' (safe to send again), 'maybe' or 'yes' (send again only if it is idempotent); null when the page does not say."),
		url: url.describe("The error's section on the platform page."),
	})
	.meta({ id: 'platformError', description: 'An error a platform sends, and the status code it returns.' });

export const timerRecord = z
	.strictObject({
		platform: slug.describe("The platform's slug."),
		platformName: z.string().describe("The platform's name."),
		id: slug.describe("The timer's id, unique within its platform."),
		name: z.string().describe("The timer's name as the vendor writes it."),
		setting: z.string().nullable().describe('The setting, attribute or directive that controls it.'),
		defaultSeconds: z.number().positive().nullable().describe('The default, in seconds; null when there is none (off, or unlimited, until set).'),
		minSeconds: z.number().nonnegative().nullable().describe('The documented minimum, in seconds.'),
		maxSeconds: z.number().positive().nullable().describe('The documented maximum, in seconds; null when there is none.'),
		changeableBy: z.string().describe('Who can change it.'),
		meaning: z.string().describe('What it measures.'),
		produces: z
			.array(z.strictObject({ code, error: slug.nullable().describe("The platform error's id it shows as.") }))
			.describe('The codes a request gets when the timer runs out.'),
		source: url.describe('Where the value is documented.'),
		measures: z.enum(Object.keys(timerMeasures) as [TimerMeasure, ...TimerMeasure[]])
			.optional()
			.describe(`What the timer counts: ${Object.entries(timerMeasures).map(([k, v]) => `'${k}' (${v})`).join(', ')}.`),
		faces: z.enum(timerSides).optional().describe("Which side of the layer it watches: 'client' (its clients) or 'upstream' (the layer behind it)."),
		alsoMeasures: z
			.array(z.strictObject({ measures: z.enum(Object.keys(timerMeasures) as [TimerMeasure, ...TimerMeasure[]]), faces: z.enum(timerSides) }))
			.optional()
			.describe('Further roles of a setting that counts more than one thing.'),
		effect: z
			.enum(timerEffects)
			.optional()
			.describe("What running out does: 'responds' with the codes in produces, 'closes' the connection without a response, or 'truncates' a response under way."),
		url: url.describe("The timer's row on the timeouts page."),
	})
	.meta({ id: 'timer', description: 'A timer or limit that ends a request with a 5xx.' });

export const signatureRecord = z
	.strictObject({
		kind: z.enum(['header', 'body', 'log']).describe('Where the mark is.'),
		header: z.string().nullable().describe("For kind 'header': the header's name, lowercase."),
		pattern: z.string().describe('Case-insensitive JavaScript regular expression the header value, body or log line matches.'),
		example: z.string().describe('A real example the pattern matches.'),
		role: z.enum(['generated', 'via']).describe("'generated': the platform produced the response itself; 'via': the response passed through it."),
		note: z.string().describe('What the mark tells the reader.'),
		source: url.describe('Where the mark is documented or observed.'),
	})
	.meta({ id: 'signature', description: "A mark that identifies a platform's responses." });

const commandRecord = z
	.strictObject({
		lang: z.string().describe("The command's language as the page labels its block: 'sh', 'nginx', 'apache', 'powershell'…"),
		stack: z.string().nullable().describe("The stack this variant is for ('nginx', 'apache', 'debian', 'ufw'…) when the page offers one per stack; null when it is for every stack."),
		code: z
			.string()
			.describe('The command or configuration, as the page shows it. {{hostname}}, {{origin-ipv4}}, {{origin-ipv6}} and {{origin-port}} stand for the reader’s own values (www.example.com, 203.0.113.10, 2001:db8::10 and 443 on the page until the reader gives theirs).'),
	})
	.meta({ id: 'command', description: 'A command or configuration block from a page.' });

const causePart = z
	.strictObject({
		text: z.string().describe('What to do, as plain text; paragraphs separated by a blank line, list items on lines starting with "- ".'),
		commands: z.array(commandRecord).describe('The commands of this step, in the order the page gives them.'),
	})
	.meta({ id: 'causePart', description: 'How to confirm a cause, or how to fix it.' });

export const causeRecord = z
	.strictObject({
		title: z.string().describe('The cause, as the page titles it.'),
		url: url.describe("The cause's section on the code page."),
		summary: z.string().describe('What happens and how it shows, as plain text; may be empty.'),
		confirm: causePart.nullable().describe('How to confirm that this is the cause; null when the page gives no separate check.'),
		fix: causePart.nullable().describe('How to fix it; null when the page gives no separate fix.'),
	})
	.meta({ id: 'cause', description: 'One cause of a code, most common first, with how to confirm and fix it.' });

export const comparisonRecord = z
	.strictObject({
		code,
		reason: z.string().describe("The other code's reason phrase."),
		fact: z.string().nullable().describe('The fact that tells the two apart, as the page states it; null when the page compares them in a table of several facts (see url).'),
		url: url.describe('Where the two are compared.'),
	})
	.meta({ id: 'comparison', description: 'A code this one is confused with, and what tells them apart.' });

export const codeRecord = z
	.strictObject({
		code,
		reason: z.string().describe('The reason phrase, as the defining document writes it.'),
		summary: z.string().describe('What the code means, in one sentence.'),
		status: z.enum(statuses).describe("'standard': in the IANA registry; 'unofficial': a vendor's code or a convention; 'obsolete': retired by its registry or vendor."),
		definedBy: z
			.strictObject({ title: z.string(), section: z.string().nullable(), url })
			.describe('The document that defines the code.'),
		vendor: z.string().nullable().describe('The company or product whose code it is; null for codes no vendor owns.'),
		audience: z.enum(['site', 'api']).describe("Who meets the code: 'site' (a website's visitors and owner) or 'api' (programs calling an API, and its owner)."),
		sentBy: z.array(z.enum(senders)).describe('Which kinds of component send it.'),
		related: z.array(code).describe('Codes people confuse with this one; each has its own file.'),
		firstCheck: commandRecord
			.nullable()
			.optional()
			.describe("The first thing the page tells the site's owner to run; null when it gives no command."),
		causes: z.array(causeRecord).optional().describe('The causes the page explains, most common first.'),
		comparisons: z.array(comparisonRecord).optional().describe('The codes it is confused with and the fact that tells each apart.'),
		retry: z
			.strictObject({
				reachedApp: z
					.enum([...reachedAppValues, 'depends'])
					.describe("Whether a request that got this code can have reached the application: 'no' (any request is safe to send again), 'maybe' or 'yes' (send again only idempotent requests), 'depends' (on the layer that sent it: see each platform error's reachedApp)."),
				advice: z.string().describe('When and how to send the request again.'),
				retryAfter: z.string().nullable().describe('What a Retry-After header with this code means, where senders use one; null when the page does not say.'),
			})
			.optional()
			.describe('Whether a request that got this code is safe to send again (added in 2026-12; records from before it lack it).'),
		platforms: z
			.array(z.strictObject({ slug: slug.describe("The platform's slug."), name: z.string().describe("The platform's name."), url: url.describe("The platform's page.") }))
			.optional()
			.describe('The platforms on this site that send this code, by name (their errors are in platformErrors).'),
		platformErrors: z.array(platformErrorRecord).describe('Errors of the platforms on this site that return this code.'),
		timers: z.array(timerRecord).describe('Timers that end a request with this code.'),
		changes: z.array(changeRecord).describe('Facts about this code that changed, newest first.'),
		url: url.describe("The code's page."),
		markdownUrl: url.describe("The page's content as Markdown."),
		troubleshooterUrl: url.nullable().describe("The code's step-by-step troubleshooter, if it has one."),
		sources: z.array(sourceRecord).describe('Every document the page was checked against, primary sources first.'),
		reviewed: day.describe('The day the whole page was last reviewed against its sources.'),
	})
	.meta({ id: 'code', description: 'One HTTP 5xx status code.' });

export const platformRecord = z
	.strictObject({
		slug: slug.describe("The platform's slug: /platforms/<slug>/."),
		name: z.string().describe("The product's name."),
		shortName: z.string().nullable().describe('A short name, if it has one.'),
		vendor: z.string().describe('The company or project behind it.'),
		kind: z.enum(platformKinds).describe('What kind of layer it is.'),
		summary: z.string().describe('What the layer is and where it sits, in one sentence.'),
		aliases: z.array(z.string()).describe('Other names people use for it.'),
		docs: url.describe("The vendor's own documentation of its errors."),
		errors: z.array(platformErrorRecord).describe('The errors it sends, most common first.'),
		signatures: z.array(signatureRecord).describe('How to recognise responses that came from or through it.'),
		timers: z.array(timerRecord).describe('Timers and limits that end requests with a 5xx.'),
		onUpstreamClose: slug
			.nullable()
			.optional()
			.describe('The id of the error this layer answers when the layer behind it closes the connection before a complete response; null when the vendor does not say; absent for a layer with nothing behind it but the application.'),
		retries: z
			.strictObject({
				default: z
					.enum(Object.keys(retryDefaults) as [RetryDefault, ...RetryDefault[]])
					.describe(`What the layer does by default: ${Object.entries(retryDefaults).map(([k, v]) => `'${k}' (${v})`).join(', ')}.`),
				tries: z.number().int().positive().nullable().describe('How many tries in all, by default, where it retries.'),
				note: z.string().describe('When it resends, in one sentence.'),
				setting: z.string().nullable().describe('The settings that control it.'),
				source: url.describe('Where it is documented.'),
			})
			.optional()
			.describe('Whether the layer resends a failed request on its own.'),
		replacesErrors: z
			.strictObject({
				codes: z.array(code).describe('The codes whose bodies from the layer behind it replaces with its own page by default; empty for none.'),
				note: z.string().describe('When it replaces them.'),
				howToKeep: z.string().describe("How to keep the upstream's own body."),
				source: url.describe('Where it is documented.'),
			})
			.optional()
			.describe("Whether the layer swaps an upstream's error body for its own page (an API's JSON error arriving as HTML)."),
		bodyLimits: z
			.array(
				z.strictObject({
					name: z.string().describe("The limit's name as the vendor writes it."),
					setting: z.string().nullable().describe('The setting that controls it.'),
					defaultBytes: z.number().int().positive().nullable().describe('The default, in bytes; null when there is none until set.'),
					code: z.number().int().min(400).max(599).nullable().describe('What the client gets above it; null when the layer answers no status of its own or the vendor does not say.'),
					changeableBy: z.string().describe('Who can change it.'),
					note: z.string().nullable().describe('What else a reader must know.'),
					source: url.describe('Where it is documented.'),
				})
			)
			.optional()
			.describe('Limits on the size of a request body (an upload); empty when the vendor documents none.'),
		incidents: z
			.strictObject({
				statusPage: url.nullable().describe("The provider's official status page; null for software you run."),
				howToTell: z.string().describe("How to tell a provider incident from a fault of your own."),
			})
			.optional()
			.describe('Is it them or me.'),
		changes: z.array(changeRecord).describe('Facts that changed, newest first.'),
		url: url.describe("The platform's page."),
		markdownUrl: url.describe("The page's content as Markdown."),
		sources: z.array(sourceRecord).describe('Every document the page was checked against.'),
		reviewed: day.describe('The day the whole page was last reviewed against its sources.'),
	})
	.meta({ id: 'platform', description: 'A layer that sends its own 5xx responses: a CDN, load balancer, proxy, app server or PaaS.' });

const $schema = url.describe('The JSON Schema this file follows.');

export const codeDocument = codeRecord.extend({ $schema }).meta({ id: 'codeDocument', description: '/<code>.json: one code.' });
export const codeListDocument = z
	.strictObject({ $schema, codes: z.array(codeRecord).describe('Every code, in numeric order.') })
	.meta({ id: 'codeListDocument', description: '/codes.json: every code.' });
export const platformDocument = platformRecord.extend({ $schema }).meta({ id: 'platformDocument', description: '/platforms/<slug>.json: one platform.' });
export const platformListDocument = z
	.strictObject({ $schema, platforms: z.array(platformRecord).describe('Every platform, by name.') })
	.meta({ id: 'platformListDocument', description: '/platforms.json: every platform.' });

export type CodeRecord = z.infer<typeof codeRecord>;
export type PlatformRecord = z.infer<typeof platformRecord>;
export type ChangeRecord = z.infer<typeof changeRecord>;

/** The published JSON Schema: any of the four documents, each also addressable under `$defs`. */
export function jsonSchema(schemaUrl: string): Record<string, unknown> {
	const generated = z.toJSONSchema(z.union([codeDocument, codeListDocument, platformDocument, platformListDocument]), {
		target: 'draft-2020-12',
		io: 'output',
	});
	return {
		$schema: generated['$schema'],
		$id: schemaUrl,
		title: '5xx Field Guide data',
		description:
			"The JSON files of the 5xx Field Guide: /<code>.json (one code), /codes.json (every code), /platforms/<slug>.json (one platform) and /platforms.json (every platform). Each file names this schema in its $schema property. Version 1: fields may be added; none will be removed or change meaning.",
		...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
	};
}
