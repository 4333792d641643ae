// What every built page tells search engines, chat apps and tools in its head: a unique title
// and description of a length search results show, Open Graph and card tags that agree with
// them, its own preview image (a 1200 × 630 PNG of at most 40 KB), and the links to its Markdown
// copy and to llms.txt. Pages are found in dist/, whatever their kind: a new kind of page is
// checked without being listed here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtTrees, classesOf, headOf } from './helpers/built';
import { frontmatter } from './helpers/content';
import { textOf } from '../../src/lib/html';

const ORIGIN = 'https://5xx.guide';
const SUFFIX = ' | 5xx Field Guide';
const pages = builtTrees().map((p) => ({ ...p, ...headOf(p.tree) }));
const indexable = pages.filter((p) => !/noindex/.test(p.meta.get('robots') ?? ''));
const dist = (url: string) => `dist${new URL(url).pathname}`;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Values that occur on more than one page, with the pages. */
function shared(values: { path: string; value: string | undefined }[]): string[] {
	const by = new Map<string, string[]>();
	for (const { path, value } of values) by.set(value ?? '(none)', [...(by.get(value ?? '(none)') ?? []), path]);
	return [...by].filter(([, paths]) => paths.length > 1).map(([value, paths]) => `"${value}": ${paths.join(', ')}`);
}

describe('titles and descriptions', { timeout: 60_000 }, () => {
	it('are found on every kind of page', () => {
		const kinds = ['/', '/521/', '/521/troubleshoot/', '/troubleshoot/', '/platforms/', '/platforms/cloudflare/', '/which-5xx/', '/timeouts/', '/diagnose/', '/changes/'];
		expect(indexable.map((p) => p.path)).toEqual(expect.arrayContaining(kinds));
		expect(indexable.length).toBeGreaterThan(70);
	});

	it('are unique: no two indexable pages share a title or a description', () => {
		expect(shared(indexable.map((p) => ({ path: p.path, value: p.title })))).toEqual([]);
		expect(shared(indexable.map((p) => ({ path: p.path, value: p.meta.get('description') })))).toEqual([]);
	});

	it('fit in a search result: titles 15–70 characters with the site name, descriptions 50–160', () => {
		const problems = indexable.flatMap((p) => {
			const description = p.meta.get('description') ?? '';
			return [
				...(p.title.length < 15 || p.title.length > 70 ? [`${p.path}: title of ${p.title.length}: "${p.title}"`] : []),
				...(description.length < 50 || description.length > 160 ? [`${p.path}: description of ${description.length}: "${description}"`] : []),
			];
		});
		expect(problems).toEqual([]);
	});
});

describe('link previews', () => {
	it('every page has Open Graph and card tags that agree with its title, description and address', () => {
		const problems: string[] = [];
		for (const p of pages) {
			const want: Record<string, string | undefined> = {
				'og:title': p.title.endsWith(SUFFIX) ? p.title.slice(0, -SUFFIX.length) : p.title,
				'og:description': p.meta.get('description'),
				'og:url': p.links.find((l) => l.rel === 'canonical')?.href,
				'og:site_name': '5xx Field Guide',
				'og:image:width': '1200',
				'og:image:height': '630',
				'og:image:type': 'image/png',
				'twitter:card': 'summary_large_image',
			};
			for (const [key, value] of Object.entries(want)) if (!value || p.meta.get(key) !== value) problems.push(`${p.path}: ${key} is "${p.meta.get(key)}", not "${value}"`);
			if (p.path !== '/404.html' && want['og:url'] !== `${ORIGIN}${p.path}`) problems.push(`${p.path}: canonical ${want['og:url']}`);
			if (!p.meta.get('og:image:alt')?.startsWith(want['og:title']!)) problems.push(`${p.path}: og:image:alt does not name the page`);
			if (!['article', 'website'].includes(p.meta.get('og:type') ?? '')) problems.push(`${p.path}: og:type ${p.meta.get('og:type')}`);
		}
		expect(problems).toEqual([]);
	});

	it("each page's image is its own: a 1200 × 630 PNG of at most 40 KB", () => {
		const images = indexable.map((p) => ({ path: p.path, value: p.meta.get('og:image') }));
		expect(shared(images)).toEqual([]);
		const problems: string[] = [];
		for (const { path, value } of images) {
			if (!value?.startsWith(`${ORIGIN}/`) || !existsSync(dist(value))) {
				problems.push(`${path}: no image at ${value}`);
				continue;
			}
			const { width, height } = pngSize(dist(value));
			const bytes = statSync(dist(value)).size;
			if (width !== 1200 || height !== 630) problems.push(`${path}: ${width} × ${height}`);
			if (bytes > 40 * 1024) problems.push(`${path}: ${(bytes / 1024).toFixed(1)} KB`);
		}
		expect(problems).toEqual([]);
	});

	it('a code page previews who sends the code and the first command its owner box gives', () => {
		const codes = pages.filter((p) => /^\/5\d\d\/$/.test(p.path));
		expect(codes.length).toBe(26);
		for (const page of codes) {
			const fm = frontmatter(`content/codes/${page.path.slice(1, 4)}.mdx`) as { vendor?: string };
			expect(page.meta.get('twitter:label1'), page.path).toBe('Sent by');
			if (fm.vendor) expect(page.meta.get('twitter:data1'), page.path).toContain(fm.vendor);
			let owners: Element | undefined;
			visit(page.tree, 'element', (el: Element) => {
				if (!owners && classesOf(el).includes('quick-answer--owner')) owners = el;
			});
			let firstCommand: string | undefined;
			visit(owners!, 'element', (el: Element) => {
				if (firstCommand === undefined && el.tagName === 'pre') firstCommand = textOf(el);
			});
			if (!firstCommand) continue;
			expect(page.meta.get('twitter:label2'), page.path).toBe('Check first');
			const check = page.meta.get('twitter:data2')!;
			expect(check.length, page.path).toBeGreaterThan(5);
			// The first line the reader runs, as the page shows it (example values in place of placeholders).
			expect(firstCommand.split('\n').some((line) => line.trim().startsWith(check)), `${page.path}: "${check}"`).toBe(true);
		}
	});
});

describe('links for tools', () => {
	it('every page names llms.txt (rel=describedby, llms.txt v2), and links its Markdown copy and JSON where it has them', () => {
		const problems: string[] = [];
		for (const p of pages) {
			if (!p.links.some((l) => l.rel === 'describedby' && l.href === '/llms.txt')) problems.push(`${p.path}: no describedby link to /llms.txt`);
			for (const link of p.links.filter((l) => l.rel === 'alternate' && l.type !== 'application/rss+xml')) {
				if (!existsSync(`dist${link.href}`)) problems.push(`${p.path}: ${link.type} ${link.href} is missing`);
			}
		}
		expect(existsSync('dist/llms.txt')).toBe(true);
		expect(problems).toEqual([]);
		const withCopy = pages.filter((p) => p.links.some((l) => l.rel === 'alternate' && l.type === 'text/markdown')).map((p) => p.path);
		expect(withCopy).toEqual(expect.arrayContaining(['/521/', '/platforms/cloudflare/', '/which-5xx/', '/timeouts/']));
	});
});
