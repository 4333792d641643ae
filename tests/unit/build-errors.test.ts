import { describe, expect, it } from 'vitest';
import { buildWithContent, codePage } from './build-fixture';

// Each case runs a real `astro build` on a throw-away copy of the project, so the message a
// content author sees is the one asserted here.
describe('the build stops on bad content, naming the file and the field', { timeout: 120_000 }, () => {
	it('builds a valid fixture (the control case)', () => {
		const { ok, output } = buildWithContent({ 'content/codes/521.mdx': codePage(521) });
		expect(output).toContain('Complete!');
		expect(ok).toBe(true);
	});

	it('fails on a missing frontmatter field', () => {
		const { ok, output } = buildWithContent({ 'content/codes/521.mdx': codePage(521, { drop: ['summary'] }) });
		expect(ok).toBe(false);
		expect(output).toMatch(/521\.mdx/);
		expect(output).toMatch(/summary/);
	});

	it('fails on a related code with no page', () => {
		const { ok, output } = buildWithContent({ 'content/codes/521.mdx': codePage(521, { related: [599] }) });
		expect(ok).toBe(false);
		expect(output).toContain('content/codes/521.mdx: related: 599 has no page');
	});

	it('fails on an empty collection', () => {
		const { ok, output } = buildWithContent({});
		expect(ok).toBe(false);
		expect(output).toContain('./content/codes: no code pages found');
	});
});
