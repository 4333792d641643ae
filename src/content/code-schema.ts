import { z } from 'astro/zod';
import { changeSchema, httpsUrl, isoDate, sentence, sourceSchema, statusCode, strictObject } from './common-schema';

/** Who puts the status code on the wire. */
export const senders = ['origin', 'gateway', 'cdn', 'client'] as const;
export type Sender = (typeof senders)[number];

/** Human labels for {@link senders}, used in badges, filters and the home page. */
export const senderLabels: Record<Sender, string> = {
	origin: 'Origin server',
	gateway: 'Gateway or proxy',
	cdn: 'CDN edge',
	client: 'Client library',
};

/** How the code stands with the IANA registry. */
export const statuses = ['standard', 'unofficial', 'obsolete'] as const;
export type CodeStatus = (typeof statuses)[number];

/** How each status is named on badges and in the search filter. */
export const statusLabels: Record<CodeStatus, string> = { standard: 'Standard', unofficial: 'Unofficial', obsolete: 'Obsolete' };

/** The frontmatter of one `content/codes/<code>.mdx` file. */
export const codeSchema = strictObject({
	/** The status code, 500–599. Must equal the file name (`521.mdx` → 521). */
	code: statusCode,
	/** The reason phrase, as the defining document writes it ("Web server is down"). */
	reason: z.string().min(2),
	/**
	 * One sentence that says what the code means, shown in lists and search results. It is also the
	 * page's description for search engines and link previews, which show about 160 characters: a
	 * longer one is cut there (src/seo/meta.ts), so say the essential first.
	 */
	summary: sentence(20, 200),
	/** `standard`: in the IANA registry; `unofficial`: a vendor's code or a convention; `obsolete`: retired by its registry or its vendor (510, Cloudflare's 527). */
	status: z.enum(statuses),
	/** The document that defines the code: an RFC or the IANA registry for standard codes, the vendor's own docs otherwise. */
	definedBy: strictObject({
		/** The document's title ("RFC 9110"). */
		title: z.string().min(2),
		/** The section that defines the code ("§15.6.3"), if the document has sections. */
		section: z.string().optional(),
		/** Link to the defining text, deep-linked to the section where possible. */
		url: httpsUrl,
	}),
	/** The company or product whose code this is ("Cloudflare"); leave out for codes no vendor owns. */
	vendor: z.string().min(2).optional(),
	/**
	 * Who meets this code: `site` (people visiting a website, and its owner) or `api` (programs
	 * calling an API, and the API's owner). It sets the first-screen headings.
	 */
	audience: z.enum(['site', 'api']).default('site'),
	/** Which kind of component sends it: one or more of origin, gateway, cdn, client. */
	sentBy: z.array(z.enum(senders)).min(1),
	/** Codes people confuse with this one; each needs its own page. */
	related: z.array(z.number().int()).default([]),
	/** Extra words people search for: error-page wording, symptoms, common misspellings. Indexed, not shown. */
	searchTerms: z.array(z.string()).default([]),
	/** Every document the page's facts were checked against, primary sources first. */
	sources: z.array(sourceSchema).min(1),
	/**
	 * For codes whose fix usually lies with someone else (a host, a tunnel's owner): who to write
	 * to, and the facts they need, each a plain sentence taken from this page's sources. The page
	 * and its troubleshooter's outcomes offer to write the message.
	 */
	hostMessage: strictObject({
		/** Who the message goes to ("your hosting provider"). */
		to: z.string().min(3),
		/** What the recipient needs to know, one sentence each. */
		facts: z.array(sentence(20, 300)).min(1),
	}).optional(),
	/**
	 * Whether a request that got this code is safe to send again: whether it can have reached the
	 * application (`no`, `maybe`, `yes`, or `depends` on which layer sent it: the platform errors
	 * say), what `Retry-After` means with it, and what to do. In the JSON and on the page.
	 */
	retry: strictObject({
		reachedApp: z.enum(['no', 'maybe', 'yes', 'depends']),
		/** What to do, in one or two sentences: retry when, how often, which requests. */
		advice: sentence(20, 400),
		/** What a `Retry-After` header with this code means, if senders use one. */
		retryAfter: sentence().optional(),
	}),
	/** Facts on this page that changed, newest first (a timer's default, a limit). */
	changes: z.array(changeSchema).default([]),
	/** The day the whole page was last reviewed against its sources. */
	reviewed: isoDate,
});

export type CodeFrontmatter = z.infer<typeof codeSchema>;
