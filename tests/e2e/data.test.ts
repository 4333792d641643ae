// The machine-readable outputs in dist/: JSON against the published schema, Markdown copies,
// llms.txt and the feed. Expectations come from the content files on disk, not from the code
// that wrote the outputs.
import { expect, test } from './fixtures/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { frontmatter } from '../unit/helpers/content';

const ORIGIN = 'https://5xx.guide';
const dist = (path: string) => `dist${path}`;
const read = (path: string) => readFileSync(dist(path), 'utf8');
const contentFiles = (dir: string) => readdirSync(`content/${dir}`).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));
const codes = contentFiles('codes');
const platforms = contentFiles('platforms');
const guides = contentFiles('guides');
/** Every page with a Markdown copy: each code, platform and guide, and the timeouts table. */
const copiedPages = [...codes.map((c) => `/${c}/`), ...platforms.map((p) => `/platforms/${p}/`), ...guides.map((g) => `/${g}/`), '/timeouts/'];
const mdOf = (page: string) => `${page.slice(0, -1)}.md`;

test.describe('JSON', () => {
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	addFormats.default(ajv);
	const schema = JSON.parse(read('/schema/v1.json')) as { $id: string };
	const validate = ajv.compile(schema);
	const jsonFiles = ['/codes.json', '/platforms.json', ...codes.map((c) => `/${c}.json`), ...platforms.map((p) => `/platforms/${p}.json`)];

	test('every code and platform has its file, and every file validates against /schema/v1.json', () => {
		expect(schema.$id).toBe(`${ORIGIN}/schema/v1.json`);
		const failures: string[] = [];
		for (const file of jsonFiles) {
			expect(existsSync(dist(file)), `${file} exists`).toBe(true);
			const document = JSON.parse(read(file)) as { $schema: string };
			expect(document.$schema).toBe(schema.$id);
			if (!validate(document)) {
				// The root accepts any of the four documents; the one this file is names the actual fault.
				const kind = file === '/codes.json' ? 'codeListDocument' : file === '/platforms.json' ? 'platformListDocument' : file.startsWith('/platforms/') ? 'platformDocument' : 'codeDocument';
				const specific = ajv.getSchema(`${schema.$id}#/$defs/${kind}`)!;
				specific(document);
				failures.push(`${file}: ${ajv.errorsText(specific.errors)}`);
			}
		}
		expect(failures).toEqual([]);
	});

	test('a code file carries the facts of its page: reason, platform errors, timers, changes, sources', () => {
		const fm = frontmatter('content/codes/524.mdx') as { reason: string; sources: unknown[] };
		const record = JSON.parse(read('/524.json'));
		expect(record.reason).toBe(fm.reason);
		expect(record.sources).toHaveLength(fm.sources.length);
		expect(record.url).toBe(`${ORIGIN}/524/`);
		expect(record.markdownUrl).toBe(`${ORIGIN}/524.md`);
		expect(record.troubleshooterUrl).toBe(`${ORIGIN}/524/troubleshoot/`);
		expect(record.platformErrors.map((e: { platform: string; id: string }) => `${e.platform}/${e.id}`)).toContain('cloudflare/cf-524');
		expect(record.timers.map((t: { platform: string; id: string; defaultSeconds: number }) => `${t.platform}/${t.id}=${t.defaultSeconds}`)).toContain('cloudflare/proxy-read-timeout=125');
		expect(record.changes.map((c: { from: string; to: string }) => `${c.from}→${c.to}`)).toEqual(expect.arrayContaining(['120 s→125 s', '100 s→120 s']));
		const all = JSON.parse(read('/codes.json'));
		expect(all.codes.map((c: { code: number }) => String(c.code))).toEqual([...codes].sort());
	});

	test('the schema rejects what the site must never publish', () => {
		const record = JSON.parse(read('/521.json'));
		expect(validate({ ...record, reason: undefined })).toBe(false);
		expect(validate({ ...record, reasno: record.reason })).toBe(false);
		expect(validate({ ...record, code: 418 })).toBe(false);
		expect(validate({ ...record, reviewed: '25 Nov 2026' })).toBe(false);
	});
});

test.describe('Markdown copies', () => {
	test('every code, platform and guide page has one: Markdown without HTML, every link absolute', () => {
		const problems: string[] = [];
		for (const page of copiedPages) {
			const file = mdOf(page);
			if (!existsSync(dist(file))) {
				problems.push(`${file}: missing`);
				continue;
			}
			const markdown = read(file);
			const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
			const visit = (node: { type: string; url?: string; value?: string; children?: unknown[] }) => {
				if (node.type === 'html') problems.push(`${file}: HTML left in: ${node.value}`);
				if (node.type === 'link' && !/^(https?|mailto):/.test(node.url ?? '')) problems.push(`${file}: relative link ${node.url}`);
				for (const child of node.children ?? []) visit(child as typeof node);
			};
			visit(tree as unknown as Parameters<typeof visit>[0]);
			if (!markdown.startsWith('# ')) problems.push(`${file}: does not open with its heading`);
			// MDX components and the page's controls must not survive as text either.
			for (const leftover of ['<ForVisitors', '<ForOwners', '<Tabs', '<PlatformError', 'Copy as Markdown', 'Marked values are examples']) {
				if (markdown.includes(leftover)) problems.push(`${file}: contains "${leftover}"`);
			}
		}
		expect(problems).toEqual([]);
	});

	test("a code page's copy has the page's sections, code blocks with their language, and tables", () => {
		const markdown = read('/521.md');
		for (const heading of ['## What it means', '## Causes and fixes', '## Example response', '## How it differs from similar codes', '## Platforms that send 521', '## Sources']) {
			expect(markdown).toContain(heading);
		}
		expect(markdown).toMatch(/```sh\n/);
		expect(markdown).toMatch(/^\| SSL\/TLS mode \|/m);
	});

	test('each page links to its copy', async ({ request }) => {
		for (const page of ['/521/', '/platforms/heroku/', '/which-5xx/', '/timeouts/']) {
			const html = await (await request.get(page)).text();
			expect(html).toContain(`<link rel="alternate" type="text/markdown" href="${mdOf(page)}">`);
		}
	});
});

test.describe('llms.txt', () => {
	const text = read('/llms.txt');

	test('follows the convention and links every page to its Markdown copy', () => {
		expect(text).toMatch(/^# 5xx Field Guide\n\n> .+\n/);
		const links = [...text.matchAll(/^- \[[^\]]+\]\((\S+)\)(: .+)?$/gm)].map((m) => m[1]!);
		for (const page of copiedPages) expect(links, `llms.txt links ${mdOf(page)}`).toContain(`${ORIGIN}${mdOf(page)}`);
		for (const code of codes) {
			const line = text.split('\n').find((l) => l.includes(`(${ORIGIN}/${code}.md)`))!;
			expect(line, `${code} has its one-line summary`).toContain((frontmatter(`content/codes/${code}.mdx`) as { summary: string }).summary);
		}
		for (const link of links) expect(existsSync(dist(new URL(link).pathname.replace(/\/$/, '/index.html'))), `${link} exists`).toBe(true);
	});

	test('llms-full.txt holds every copy', () => {
		const full = read('/llms-full.txt');
		expect(full.startsWith('# 5xx Field Guide\n\n> ')).toBe(true);
		for (const page of copiedPages) expect(full).toContain(read(mdOf(page)).trim());
	});
});

test.describe('the changes feed', () => {
	const xml = read('/changes.xml');
	const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
	/** Every change record in the content files, read here with a YAML parser. */
	const records = ['codes', 'platforms', 'guides'].flatMap((dir) =>
		contentFiles(dir).flatMap((name) => ((frontmatter(`content/${dir}/${name}.mdx`).changes ?? []) as { date: string; recorded: string; fact: string }[]).map((c) => ({ ...c, page: `${dir}/${name}` })))
	);

	test('is well-formed RSS 2.0 with what feed readers and validators require', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(rss['@_version']).toBe('2.0');
		const channel = rss.channel;
		expect(channel.title).toBeTruthy();
		expect(channel.description).toBeTruthy();
		expect(channel.link).toBe(ORIGIN);
		expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': `${ORIGIN}/changes.xml` });
		const items = [channel.item].flat();
		expect(items).toHaveLength(records.length);
		const guids = new Set<string>();
		for (const item of items) {
			expect(item.title).toBeTruthy();
			expect(item.link).toMatch(new RegExp(`^${ORIGIN}/changes/#[a-z0-9-]+$`));
			expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
			expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/);
			guids.add(item.guid['#text']);
		}
		expect(guids.size).toBe(items.length);
	});

	test('dates each item by the day the site recorded the change, newest first, keeping the day it took effect; every item lands on /changes/', async ({ request }) => {
		const items = [rss.channel.item].flat();
		const days = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
		expect(days).toEqual([...days].sort().reverse());
		// The most recently recorded change comes first, whenever it took effect; among one day's records, the latest change.
		const latest = records.reduce((a, b) => (b.recorded > a.recorded ? b : a)).recorded;
		const newest = records.filter((r) => r.recorded === latest).reduce((a, b) => (b.date > a.date ? b : a));
		expect(days[0]).toBe(latest);
		expect(items[0].title).toContain(newest.fact);
		expect(items[0].title).toContain(`(${newest.date})`);
		expect(new Date(rss.channel.lastBuildDate).toISOString().slice(0, 10)).toBe(latest);
		const page = await (await request.get('/changes/')).text();
		for (const item of items) expect(page).toContain(`id="${new URL(item.link).hash.slice(1)}"`);
	});
});

test.describe('changes on the pages', () => {
	test("a code page shows its platform's change under the heading and in full before its sources", async ({ page }) => {
		await page.goto('/524/');
		await expect(page.locator('.changed-line')).toContainText('Changed 2026-07-22');
		await expect(page.locator('.changed-line')).toContainText(/120 s[\s\S]*125 s,\s+Proxy Read Timeout default/);
		const section = page.getByRole('region', { name: 'What changed' });
		await expect(section.getByRole('listitem')).toHaveCount(2);
		await expect(section.getByRole('link', { name: 'Cloudflare' }).first()).toHaveAttribute('href', '/platforms/cloudflare/');
	});
});

test.describe('links to improve a page', () => {
	const form = parseYaml(readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8')) as { body: { id?: string }[] };

	test('every content page links to its source file and to the correction form, prefilled', async ({ page }) => {
		for (const [path, file] of [
			['/521/', 'content/codes/521.mdx'],
			['/platforms/heroku/', 'content/platforms/heroku.mdx'],
			['/which-5xx/', 'content/guides/which-5xx.mdx'],
		] as const) {
			await page.goto(path);
			const actions = page.getByRole('navigation', { name: 'This page', exact: true });
			const edit = await actions.getByRole('link', { name: 'Edit this page' }).getAttribute('href');
			expect(edit).toMatch(new RegExp(`/edit/[^/]+/${file.replaceAll('.', '\\.')}$`));
			expect(existsSync(file)).toBe(true);
			const correction = new URL((await actions.getByRole('link', { name: 'Suggest a correction' }).getAttribute('href'))!);
			expect(correction.searchParams.get('template')).toBe('correction.yml');
			expect(correction.searchParams.get('title')).toBe(`Correction: ${(await page.getByRole('heading', { level: 1 }).textContent())!.trim()}`);
			const field = [...correction.searchParams.keys()].find((k) => !['template', 'title'].includes(k))!;
			expect(form.body.map((b) => b.id)).toContain(field);
			expect(correction.searchParams.get(field)).toBe(`${ORIGIN}${path}`);
		}
	});

	test('"Copy as Markdown" puts the page\'s Markdown copy on the clipboard', async ({ browser }) => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('/521/');
		// The button's script loads when the end of the page comes near.
		await page.getByRole('navigation', { name: 'This page', exact: true }).scrollIntoViewIfNeeded();
		const button = page.locator('copy-page').getByRole('button');
		await expect(button).toHaveText('Copy as Markdown');
		await button.click();
		await expect(button).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(read('/521.md'));
		await context.close();
	});
});
