/**
 * The id of a change record: the feed's guid, the JSON's `id` and the anchor on /changes/. Pure,
 * so the content rules can refuse two records that would share one.
 */
import type { Change } from './common-schema';
import { isoDay } from '../lib/format';

/** Lowercase words joined by hyphens, for ids. */
function slugify(text: string, max: number): string {
	const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
	let slug = '';
	for (const word of words) {
		if (slug && slug.length + word.length + 1 > max) break;
		slug = slug ? `${slug}-${word}` : word;
	}
	return slug;
}

/** `2026-07-22-platforms-cloudflare-proxy-read-timeout-default-in`: the day, the page and the fact. */
export function changeId(change: Pick<Change, 'date' | 'fact'>, pagePath: string): string {
	return [isoDay(change.date), slugify(pagePath, 40), slugify(change.fact, 40)].filter(Boolean).join('-');
}
