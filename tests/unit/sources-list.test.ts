// A code page's sources: listed on /<code>/sources/, fetched into the page's fold when it is opened,
// and in the page's Markdown copy, as built.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageToMarkdown } from '../../src/data/markdown';
import { builtElement, builtPage } from './helpers/built';
import { frontmatter } from './helpers/content';

const codes = readdirSync('content/codes')
	.filter((n) => n.endsWith('.mdx'))
	.map((n) => frontmatter(`content/codes/${n}`) as { code: number; sources: { url: string }[] });
const linksIn = (html: string) => [...html.matchAll(/<li>\s*<a href="([^"]+)"/g)].map((m) => m[1]);

describe("a code page's sources", () => {
	it.each(codes.map((c) => [c.code, c] as const))('%i: every source is listed on its sources page, and the page links there instead', (code, fm) => {
		const list = builtElement(`/${code}/sources/`, (el) => el.properties['dataSourcesList'] !== undefined);
		expect(list, `/${code}/sources/ has the list`).toBeDefined();
		const listed = linksIn(builtPage(`/${code}/sources/`));
		expect(new Set(listed)).toEqual(new Set(fm.sources.map((s) => s.url)));
		const fold = builtElement(`/${code}/`, (el) => el.properties['dataSources'] !== undefined);
		expect(fold?.properties['dataSources']).toBe(`/${code}/sources/`);
		expect(linksIn(builtPage(`/${code}/`)).filter((href) => listed.includes(href!) && !href!.startsWith('/'))).toHaveLength(0);
	});

	it('are in the Markdown copy, read from the sources page', () => {
		const markdown = readFileSync('dist/521.md', 'utf8');
		const fm = codes.find((c) => c.code === 521)!;
		for (const { url } of fm.sources) expect(markdown).toContain(`](${url})`);
		// The conversion itself: the fold's link gives way to the list.
		const page = pageToMarkdown(builtPage('/521/'), 'https://5xx.guide/521/', (path) => builtPage(path));
		expect(page.markdown).toContain(`](${fm.sources[0]!.url})`);
		expect(() => pageToMarkdown(builtPage('/521/'), 'https://5xx.guide/521/', () => '<html><body></body></html>')).toThrow('no list of sources');
	});
});
