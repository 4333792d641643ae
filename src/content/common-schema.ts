/**
 * Schema pieces every collection shares: dates, links, sources, change records.
 * One definition each, so a source or a change reads the same on a code page and a platform page.
 */
import { z } from 'astro/zod';
import { editDistance } from '../lib/edit-distance';

/** The known key closest to a misspelt one (`searchterms` → `searchTerms`, `casue` → `cause`), if any is close. */
function closestKey(key: string, known: readonly string[]): string | undefined {
	let best: { key: string; d: number } | undefined;
	for (const candidate of known) {
		const max = Math.max(2, Math.floor(candidate.length / 3));
		const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), max);
		if (d <= max && (!best || d < best.d)) best = { key: candidate, d };
	}
	return best?.key;
}

/**
 * An object that rejects unknown keys, naming each one and the key it was probably meant to be:
 * a misspelt field must fail the build, not vanish.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
	const known = Object.keys(shape);
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			return issue.keys
				.map((key) => {
					const guess = closestKey(key, known);
					return `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${known.join(', ')}`;
				})
				.join('; ');
		},
	});
}

/** A date written as YYYY-MM-DD in frontmatter, which YAML parses to a Date. */
export const isoDate = z.date({ error: 'must be a date written YYYY-MM-DD' });

/** An absolute https:// link. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** Lowercase letters, digits and hyphens: ids that become URL fragments and file names. */
export const slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter');

/** A 5xx status code. Codes outside 500–599 are out of this guide's scope. */
export const statusCode = z.number().int().min(500, 'must be 500–599').max(599, 'must be 500–599');

/** One full sentence, for summaries and one-line meanings. */
export const sentence = (min = 20, max = 240) =>
	z
		.string()
		.min(min)
		.max(max)
		.refine((s) => /[.!?]$/.test(s.trim()), 'must be one full sentence ending in a full stop');

/** A document that a page's facts were checked against. */
export const sourceSchema = strictObject({
	/** What the document is, as its publisher titles it ("RFC 9110, §15.6.3 502 Bad Gateway"). */
	title: z.string().min(3),
	/** Where to read it. */
	url: httpsUrl,
	/** The day someone last read this source and compared the page with it. */
	checked: isoDate,
});

/**
 * A fact that changed: shown on the page ("Changed: …"), on /changes/ and in the feed.
 * Kept beside the page it concerns, so the page and its history are reviewed together.
 */
export const changeSchema = strictObject({
	/** The day the change took effect (or was announced, if it took effect later: say so in `fact`). */
	date: isoDate,
	/**
	 * The day this site recorded the change: today, for a record you add. The feed (/changes.xml)
	 * dates each item by it, so a change that happened long ago but was recorded today shows as new.
	 */
	recorded: isoDate,
	/** What changed, as a short noun phrase ("Proxy Read Timeout default"). */
	fact: z.string().min(3),
	/** The value before ("100 s"). */
	from: z.string().min(1),
	/** The value after ("120 s"). */
	to: z.string().min(1),
	/** The primary source that records the change (a changelog, a docs pull request, an announcement). */
	source: httpsUrl,
	/**
	 * Other code pages the change concerns, where it is shown too (Cloudflare's read timeout → 524).
	 * Each needs a page. The page whose file holds the change shows it anyway.
	 */
	codes: z.array(statusCode).default([]),
});

export type Source = z.infer<typeof sourceSchema>;
export type Change = z.infer<typeof changeSchema>;
