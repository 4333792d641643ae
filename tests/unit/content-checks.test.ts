import { describe, expect, it } from 'vitest';
import { checkBody, checkCollection, h2Headings, type CodeEntryLike } from '../../src/content/checks';
import { requiredSections } from '../../src/content/sections';

const goodBody = [
	'<ForVisitors>It is not you.</ForVisitors>',
	'<ForOwners>Check the server.</ForOwners>',
	...requiredSections.map((s) => `## ${s}\n\nText.\n`),
].join('\n\n');

function entry(code: number, related: number[] = [], body = goodBody, file = `${code}.mdx`): CodeEntryLike {
	return { filePath: `content/codes/${file}`, body, data: { code, related } };
}

describe('h2Headings', () => {
	it('ignores headings inside fenced code', () => {
		expect(h2Headings('## One\n```sh\n## not a heading\n```\n## Two')).toEqual(['One', 'Two']);
	});
});

describe('checkBody', () => {
	it('passes a page with every section and both first-screen answers', () => {
		expect(checkBody('content/codes/521.mdx', goodBody)).toEqual([]);
	});

	it('names each missing section and the file', () => {
		const body = goodBody.replace('## Example response', '## Sample');
		expect(checkBody('content/codes/521.mdx', body)).toEqual([
			'content/codes/521.mdx: body: missing section "## Example response"',
		]);
	});

	it('notices sections out of order', () => {
		const body = goodBody.replace('## What it means', '## Moved').concat('\n\n## What it means\n');
		expect(checkBody('content/codes/521.mdx', body)).toContain(
			'content/codes/521.mdx: body: section "## Causes and fixes" is out of order'
		);
	});

	it('requires the first-screen answers', () => {
		const body = goodBody.replace('<ForOwners>Check the server.</ForOwners>', '');
		expect(checkBody('content/codes/521.mdx', body)).toEqual([
			'content/codes/521.mdx: body: missing <ForOwners> (the first-screen answer)',
		]);
	});
});

describe('checkCollection', () => {
	it('passes a consistent collection', () => {
		expect(checkCollection([entry(521, [522]), entry(522, [521])], './content/codes')).toEqual([]);
	});

	it('fails an empty collection, naming the base path', () => {
		expect(checkCollection([], './content/codez')).toEqual([
			'./content/codez: no code pages found; is the collection\'s base path right?',
		]);
	});

	it('fails a code that does not match its file name', () => {
		expect(checkCollection([entry(522, [], goodBody, '521.mdx')], 'base')).toEqual([
			'content/codes/521.mdx: code: 522 does not match the file name "521"',
		]);
	});

	it('fails two files for one code', () => {
		expect(checkCollection([entry(521), entry(521, [], goodBody, 'cloudflare/521.mdx')], 'base')).toEqual([
			'content/codes/cloudflare/521.mdx: code: 521 already has a page, content/codes/521.mdx',
		]);
	});

	it('fails a related code with no page, and a page related to itself', () => {
		expect(checkCollection([entry(521, [599, 521])], 'base')).toEqual([
			'content/codes/521.mdx: related: 599 has no page',
			'content/codes/521.mdx: related: lists the page\'s own code 521',
		]);
	});
});
