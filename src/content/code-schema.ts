import { z } from 'astro/zod';

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

/** A date written as YYYY-MM-DD in frontmatter, which YAML parses to a Date. */
const isoDate = z.date({ error: 'must be a date written YYYY-MM-DD' });

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** A document that a page's facts were checked against. */
export const sourceSchema = z.object({
	/** What the document is, as its publisher titles it ("RFC 9110, §15.6.3 502 Bad Gateway"). */
	title: z.string().min(3),
	/** Where to read it. */
	url: httpsUrl,
	/** The day someone last read this source and compared the page with it. */
	checked: isoDate,
});

/** The frontmatter of one `content/codes/<code>.mdx` file. */
export const codeSchema = z.object({
	/** The status code, 500–599. Must equal the file name (`521.mdx` → 521). */
	code: z.number().int().min(500, 'must be 500–599').max(599, 'must be 500–599'),
	/** The reason phrase, as the defining document writes it ("Web server is down"). */
	reason: z.string().min(2),
	/** One sentence that says what the code means, shown in lists and search results. */
	summary: z
		.string()
		.min(20)
		.max(200)
		.refine((s) => /[.!?]$/.test(s.trim()), 'must be one full sentence ending in a full stop'),
	/** `standard`: in the IANA registry; `unofficial`: a vendor's code or a convention; `obsolete`: retired by its registry or its vendor (510, Cloudflare's 527). */
	status: z.enum(statuses),
	/** The document that defines the code: an RFC or the IANA registry for standard codes, the vendor's own docs otherwise. */
	definedBy: z.object({
		/** The document's title ("RFC 9110"). */
		title: z.string().min(2),
		/** The section that defines the code ("§15.6.3"), if the document has sections. */
		section: z.string().optional(),
		/** Link to the defining text, deep-linked to the section where possible. */
		url: httpsUrl,
	}),
	/** The company or product whose code this is ("Cloudflare"); leave out for codes no vendor owns. */
	vendor: z.string().min(2).optional(),
	/** Which kind of component sends it: one or more of origin, gateway, cdn, client. */
	sentBy: z.array(z.enum(senders)).min(1),
	/** Codes people confuse with this one; each needs its own page. */
	related: z.array(z.number().int()).default([]),
	/** Extra words people search for: error-page wording, symptoms, common misspellings. Indexed, not shown. */
	searchTerms: z.array(z.string()).default([]),
	/** Every document the page's facts were checked against, primary sources first. */
	sources: z.array(sourceSchema).min(1),
	/** The day the whole page was last reviewed against its sources. */
	reviewed: isoDate,
});

export type CodeFrontmatter = z.infer<typeof codeSchema>;
