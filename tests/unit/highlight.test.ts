import { describe, expect, it } from 'vitest';
import { matchSpans, stemOf } from '../../src/search/highlight';

const marked = (text: string, query: string) => matchSpans(text, query).map(([a, b]) => text.slice(a, b));

describe('what a search result marks on the page it opens', () => {
	it('the phrase where it occurs whole, else each word', () => {
		expect(marked('The upstream timed out. Upstream again.', 'upstream timed out')).toEqual(['upstream timed out']);
		expect(marked('Timed, then the upstream.', 'upstream timed out')).toEqual(['upstream', 'Timed']);
	});

	it('words of the same stem when the words are not there (the index matched them by stem)', () => {
		expect(stemOf('refused')).toBe('refus');
		expect(stemOf('uses')).toBe('uses');
		expect(marked('A firewall refuses Cloudflare; refusal logged.', 'refused')).toEqual(['refuses', 'refusal']);
		expect(marked('Nothing here.', 'refused')).toEqual([]);
	});
});
