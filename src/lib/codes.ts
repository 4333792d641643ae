import { getCollection, type CollectionEntry } from 'astro:content';
import { CODES_BASE } from '../content.config';
import { checkCollection, ContentError } from '../content/checks';

export type CodeEntry = CollectionEntry<'codes'>;

let checked: Promise<CodeEntry[]> | undefined;

/**
 * Every code page, sorted by code, after the cross-file checks have passed.
 * Every page that lists codes goes through here, so a bad content file stops the build.
 */
export function getCodes(): Promise<CodeEntry[]> {
	checked ??= (async () => {
		const entries = await getCollection('codes');
		const problems = checkCollection(
			entries.map((e) => ({ filePath: e.filePath ?? e.id, body: e.body ?? '', data: e.data })),
			CODES_BASE
		);
		if (problems.length > 0) throw new ContentError(problems);
		return entries.sort((a, b) => a.data.code - b.data.code);
	})();
	return checked;
}

/** The page groups on the home page, in order. */
export const codeGroups = [
	{ id: 'standard', title: 'Standard codes (IANA registry)' },
	{ id: 'cloudflare', title: 'Cloudflare' },
	{ id: 'other', title: 'Other vendors and conventions' },
] as const;
export type CodeGroupId = (typeof codeGroups)[number]['id'];

/** Which home-page group a code belongs in. */
export function groupOf(entry: CodeEntry): CodeGroupId {
	if (entry.data.vendor === 'Cloudflare') return 'cloudflare';
	if (entry.data.status !== 'unofficial') return 'standard';
	return 'other';
}

/** The short, permanent URL of a code's page. */
export function codeHref(code: number): string {
	return `/${code}/`;
}
