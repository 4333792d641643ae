import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/content/code-schema';

const valid = {
	code: 521,
	reason: 'Web server is down',
	summary: 'Cloudflare could not connect because the origin refused the connection.',
	status: 'unofficial',
	vendor: 'Cloudflare',
	sentBy: ['cdn'],
	definedBy: { title: 'Cloudflare docs', url: 'https://developers.cloudflare.com/' },
	related: [522],
	retry: { reachedApp: 'no', advice: 'The origin refused the connection, so nothing ran; retry once it listens again.' },
	sources: [{ title: 'Cloudflare docs', url: 'https://developers.cloudflare.com/', checked: new Date('2026-11-24') }],
	reviewed: new Date('2026-11-24'),
};

/** The dotted paths of the fields a parse rejected. */
function failingFields(data: unknown): string[] {
	const result = codeSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('code frontmatter schema', () => {
	it('accepts a complete page', () => {
		expect(failingFields(valid)).toEqual([]);
	});

	it('names a missing field', () => {
		const { summary: _, ...noSummary } = valid;
		expect(failingFields(noSummary)).toEqual(['summary']);
	});

	it('requires the retry advice', () => {
		const { retry: _, ...noRetry } = valid;
		expect(failingFields(noRetry)).toEqual(['retry']);
	});

	it.each([499, 600, 521.5])('rejects code %s', (code) => {
		expect(failingFields({ ...valid, code })).toEqual(['code']);
	});

	it('rejects an unknown status', () => {
		expect(failingFields({ ...valid, status: 'deprecated' })).toEqual(['status']);
	});

	it('rejects an unknown sender', () => {
		expect(failingFields({ ...valid, sentBy: ['browser'] })).toEqual(['sentBy.0']);
	});

	it('requires at least one source, each with an https URL and a date', () => {
		expect(failingFields({ ...valid, sources: [] })).toEqual(['sources']);
		expect(failingFields({ ...valid, sources: [{ title: 'RFC 9110', url: 'rfc9110', checked: new Date('2026-11-24') }] })).toEqual([
			'sources.0.url',
		]);
		expect(failingFields({ ...valid, sources: [{ title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' }] })).toEqual([
			'sources.0.checked',
		]);
	});

	it('wants the summary to be one full sentence', () => {
		expect(failingFields({ ...valid, summary: 'Cloudflare could not connect to the origin server' })).toEqual(['summary']);
	});

	it('rejects a defining document without a URL', () => {
		expect(failingFields({ ...valid, definedBy: { title: 'RFC 9110' } })).toEqual(['definedBy.url']);
	});
});

describe('unknown keys', () => {
	it('are rejected, naming the key and the one probably meant', () => {
		const result = codeSchema.safeParse({ ...valid, searchterms: ['x'] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/^unknown key "searchterms" \(did you mean "searchTerms"\?\)/);
	});

	it('suggest the key for swapped letters', () => {
		const result = codeSchema.safeParse({ ...valid, reaosn: 'x' });
		expect(result.error?.issues[0]?.message).toMatch(/^unknown key "reaosn" \(did you mean "reason"\?\)/);
	});

	it('are rejected in nested objects too', () => {
		const result = codeSchema.safeParse({ ...valid, definedBy: { ...valid.definedBy, secton: '§1' } });
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message.split(';')[0]])).toEqual([['definedBy', 'unknown key "secton" (did you mean "section"?)']]);
	});

	it('name a key with no near match without guessing', () => {
		const result = codeSchema.safeParse({ ...valid, colour: 'red' });
		expect(result.error?.issues[0]?.message).toMatch(/^unknown key "colour"; allowed: code, reason/);
	});
});
