import { getSite, type CodeEntry } from '../content/site';

export type { CodeEntry };

/** Every code page, sorted by code, after the content rules have passed. */
export async function getCodes(): Promise<CodeEntry[]> {
	return (await getSite()).codes;
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
