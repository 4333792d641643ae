import type { CodeEntry } from './site';

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
