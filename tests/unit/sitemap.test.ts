// robots.txt and the sitemap, as built: robots.txt names the sitemap; the sitemap lists every
// indexable page exactly once, at its canonical address, and nothing else; each entry's lastmod is
// the day its page says it was reviewed, which for code, platform and guide pages is the
// `reviewed` of their content file (read here as its author wrote it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtTrees, headOf } from './helpers/built';
import { frontmatter } from './helpers/content';

const ORIGIN = 'https://5xx.guide';
const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name), parseTagValue: false });
const read = (url: string) => readFileSync(`dist${new URL(url).pathname}`, 'utf8');

const robots = readFileSync('dist/robots.txt', 'utf8');
const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';

/** Every entry of every sitemap the index lists. */
function entries(): { loc: string; lastmod?: string }[] {
	const index = read(indexUrl);
	expect(XMLValidator.validate(index)).toBe(true);
	const files = (xml.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map((s) => s.loc);
	return files.flatMap((file) => {
		const text = read(file);
		expect(XMLValidator.validate(text)).toBe(true);
		return (xml.parse(text) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
	});
}

describe('robots.txt and the sitemap', { timeout: 60_000 }, () => {
	it('robots.txt lets every crawler in and names the sitemap, on the site', () => {
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \S/m);
		expect(indexUrl.startsWith(`${ORIGIN}/`)).toBe(true);
		expect(existsSync(`dist${new URL(indexUrl).pathname}`)).toBe(true);
	});

	it('lists every indexable page once, at its canonical address, and nothing else', () => {
		const pages = builtTrees().map((p) => headOf(p.tree));
		const indexable = pages.filter((p) => !/noindex/.test(p.meta.get('robots') ?? '')).map((p) => p.links.find((l) => l.rel === 'canonical')!.href);
		const locs = entries().map((e) => e.loc);
		expect(new Set(locs).size).toBe(locs.length);
		expect([...locs].sort()).toEqual([...indexable].sort());
		expect(locs).toContain(`${ORIGIN}/500/`); // the page about code 500, which the sitemap integration takes for an error page
	});

	it("dates each entry by the day its page was reviewed, not the build's", () => {
		const byUrl = new Map(entries().map((e) => [e.loc, e.lastmod?.slice(0, 10)]));
		const expected = new Map<string, string>();
		for (const dir of ['codes', 'platforms', 'guides']) {
			for (const file of readdirSync(`content/${dir}`).filter((f) => /^[^_].*\.mdx$/.test(f))) {
				const fm = frontmatter(`content/${dir}/${file}`) as { reviewed: Date | string; code?: number };
				const slug = file.replace(/\.mdx$/, '');
				const path = dir === 'platforms' ? `/platforms/${slug}/` : `/${slug}/`;
				expected.set(`${ORIGIN}${path}`, new Date(fm.reviewed).toISOString().slice(0, 10));
			}
		}
		expect(expected.size).toBeGreaterThan(50);
		for (const [url, day] of expected) expect(byUrl.get(url), url).toBe(day);
		// Every other page with a lastmod has it from its own head.
		for (const page of builtTrees().map((p) => headOf(p.tree))) {
			const url = page.links.find((l) => l.rel === 'canonical')!.href;
			if (byUrl.has(url)) expect(byUrl.get(url), url).toBe(page.meta.get('article:modified_time'));
		}
	});
});
