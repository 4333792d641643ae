import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragments, vocabulary } from '../../src/integrations/pagefind';

const fragment = (path: string, record: object) => ({ path, content: gzipSync(`pagefind_dcd${JSON.stringify(record)}`) });

describe('readFragments', () => {
	it('reads the page URL of every fragment and ignores other files', () => {
		const files = [fragment('fragment/en_1.pf_fragment', { url: '/521/' }), fragment('fragment/en_2.pf_fragment', { url: '/522/' }), { path: 'pagefind.js', content: new Uint8Array() }];
		expect(readFragments(files).map((f) => f.url)).toEqual(['/521/', '/522/']);
	});

	it('throws on a fragment without a URL rather than passing the check', () => {
		expect(() => readFragments([fragment('fragment/en_1.pf_fragment', { content: 'x' })])).toThrow(/no url/);
	});
});

describe('vocabulary', () => {
	it('lists words of four letters or more and numbers of three digits or more, most frequent first', () => {
		const fragments = [
			{ url: '/502/', content: 'Bad gateway: the gateway got a bad answer, code 502 (not 12).', meta: { reason: 'Bad Gateway' } },
			{ url: '/504/', content: 'Gateway timeout.', meta: {} },
		];
		expect(vocabulary(fragments)).toEqual(['gateway', '502', 'answer', 'code', 'timeout']);
	});
});
