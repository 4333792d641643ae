import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { pageToMarkdown } from '../../src/data/markdown';
import { llmsHead, llmsTxt, markdownLinks } from '../../src/data/llms';
import { markdownPath, pageOfMarkdown } from '../../src/data/urls';
import { changesForPage, siteChanges } from '../../src/data/changes';
import { changeId } from '../../src/content/change-id';
import { jsonSchema } from '../../src/data/schema';
import { correctionUrl, editUrl } from '../../src/lib/repository';

const page = (article: string) =>
	`<!doctype html><html><head><title>t</title><link rel="canonical" href="https://5xx.guide/521/"></head><body><header><a href="/">Home</a></header><main><article class="prose">${article}</article></main><footer>Footer</footer></body></html>`;

const nodeTypes = (markdown: string): Set<string> => {
	const types = new Set<string>();
	const walk = (node: { type: string; children?: unknown[] }) => {
		types.add(node.type);
		for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
	};
	walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
	return types;
};

describe('a page as Markdown', () => {
	const html = page(`
		<p class="breadcrumb"><a href="/">HTTP 5xx codes</a> › 521</p>
		<div class="heading-wrapper"><h1>521 Web server is down</h1></div>
		<div class="heading-wrapper heading-wrapper--2"><h2 id="causes">Causes</h2><a class="heading-anchor" href="#causes"><span>Link to Causes</span></a></div>
		<p>See <a href="/522/">522</a> and <a href="#causes">above</a>; <code>&lt;NOSRV&gt;</code> is HAProxy's.</p>
		<div class="aside aside--myth"><p class="aside__title">It is always port 80</p><p>It is not.</p></div>
		<copy-code class="code-block" data-lang="sh"><div class="code-block__bar"><span class="code-block__label">Shell</span><button type="button">Copy</button></div><pre class="language-sh"><code><span class="tk">curl</span> -sS https://<var data-ph="hostname">www.example.com</var>/</code></pre></copy-code>
		<stack-tabs><div class="tabs__panel"><p class="tabs__label">nginx</p><pre class="language-nginx"><code>proxy_read_timeout 60s;</code></pre></div></stack-tabs>
		<section class="table-scroll"><table><thead><tr><th>Mode</th><th>Port</th></tr></thead><tbody><tr><td>Flexible<br>(HTTP)</td><td>80</td></tr></tbody></table></section>
		<details class="host-message no-print"><summary>Write to your host</summary><textarea></textarea></details>
		<span hidden data-pagefind-meta="keywords:x">hidden keywords</span>
		<p>120 s <span aria-hidden="true">→</span><span class="sr-only">changed to</span> 125 s</p>
		<nav class="page-actions no-print"><a href="/521.md">View as Markdown</a></nav>
	`);
	const { markdown, url, title } = pageToMarkdown(html, 'https://5xx.guide/521/');

	it('keeps the content: heading, prose, quotes, tables and fenced code with its language', () => {
		expect(title).toBe('521 Web server is down');
		expect(url).toBe('https://5xx.guide/521/');
		expect(markdown).toMatch(/^# 521 Web server is down\n/);
		expect(markdown).toContain('## Causes');
		expect(markdown).toContain('> **It is always port 80**');
		expect(markdown).toContain('```sh\ncurl -sS https://www.example.com/\n```');
		expect(markdown).toContain('**nginx**\n\n```nginx\nproxy_read_timeout 60s;\n```');
		expect(markdown).toContain('| Flexible · (HTTP) | 80 |');
		expect(markdown).toContain('120 s → 125 s');
	});

	it('makes every link absolute', () => {
		expect(markdown).toContain('[522](https://5xx.guide/522/)');
		expect(markdown).toContain('[above](https://5xx.guide/521/#causes)');
		expect(markdown).toContain('From the 5xx Field Guide: <https://5xx.guide/521/>');
	});

	it("leaves out the page's controls and chrome", () => {
		for (const gone of ['Home', 'Footer', 'HTTP 5xx codes', 'Link to Causes', 'Copy', 'Shell', 'Write to your host', 'hidden keywords', 'View as Markdown', 'changed to']) {
			expect(markdown).not.toContain(gone);
		}
	});

	it('is Markdown without HTML: text that looks like a tag is escaped', () => {
		expect(nodeTypes(markdown).has('html')).toBe(false);
		expect(markdown).toContain('`<NOSRV>`');
		expect(nodeTypes(pageToMarkdown(page('<p>a &lt;div&gt; here</p>'), 'https://5xx.guide/521/').markdown).has('html')).toBe(false);
	});

	it('refuses a page without an article', () => {
		expect(() => pageToMarkdown('<html><body><p>x</p></body></html>', 'https://5xx.guide/x/')).toThrow('has no <article>');
	});
});

describe('llms.txt', () => {
	const text = llmsTxt({
		name: '5xx Field Guide',
		summary: 'What each 5xx means.',
		details: ['Each link is a\nMarkdown copy.'],
		sections: [
			{ title: 'Codes', links: [{ title: '521 Web [server] is down', url: 'https://5xx.guide/521.md', note: 'Refused.' }] },
			{ title: 'Empty', links: [] },
			{ title: 'Data', links: [{ title: 'codes.json', url: 'https://5xx.guide/codes.json', note: 'All.' }] },
		],
	});

	it('follows the convention: title, summary quote, details, sections of links with notes', () => {
		expect(text).toBe(
			[
				'# 5xx Field Guide',
				'',
				'> What each 5xx means.',
				'',
				'Each link is a Markdown copy.',
				'',
				'## Codes',
				'',
				'- [521 Web \\[server\\] is down](https://5xx.guide/521.md): Refused.',
				'',
				'## Data',
				'',
				'- [codes.json](https://5xx.guide/codes.json): All.',
				'',
			].join('\n')
		);
	});

	it('reads back exactly the Markdown links, and its head', () => {
		expect(markdownLinks(text)).toEqual(['https://5xx.guide/521.md']);
		expect(llmsHead(text)).toBe('# 5xx Field Guide\n\n> What each 5xx means.\n\nEach link is a Markdown copy.');
	});

	it('refuses a URL a Markdown link cannot hold', () => {
		expect(() => llmsTxt({ name: 'n', summary: 's', details: [], sections: [{ title: 'x', links: [{ title: 't', url: 'https://a/b c.md', note: '' }] }] })).toThrow('cannot be a Markdown link');
	});
});

describe('URL scheme', () => {
	it('puts a page’s Markdown copy beside it', () => {
		expect(markdownPath('/521/')).toBe('/521.md');
		expect(markdownPath('/platforms/aws-alb/')).toBe('/platforms/aws-alb.md');
		expect(pageOfMarkdown('/platforms/aws-alb.md')).toBe('/platforms/aws-alb/');
		expect(() => markdownPath('/')).toThrow();
		expect(() => markdownPath('/521')).toThrow();
	});
});

describe('links to improve a page', () => {
	const repo = { url: 'https://github.com/o/r', branch: 'main' } as const;

	it('edits the source file on the branch', () => {
		expect(editUrl('content/codes/521.mdx', repo)).toBe('https://github.com/o/r/edit/main/content/codes/521.mdx');
		expect(() => editUrl('../secrets', repo)).toThrow();
	});

	it('opens the correction form with the title and the page filled in', () => {
		const url = new URL(correctionUrl({ title: '521 Web server is down', url: 'https://5xx.guide/521/' }, repo));
		expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
		expect(url.searchParams.get('template')).toBe('correction.yml');
		expect(url.searchParams.get('title')).toBe('Correction: 521 Web server is down');
		expect(url.searchParams.get('page')).toBe('https://5xx.guide/521/');
	});
});

describe('change records', () => {
	const change = (date: string, fact: string, codes: number[] = []) => ({ date: new Date(date), recorded: new Date(date), fact, from: 'a', to: 'b', source: 'https://example.com/', codes });
	const site = {
		codes: [{ data: { code: 524, reason: 'A timeout occurred', changes: [change('2024-01-01', 'Something on the page')] } }],
		platforms: [{ id: 'cloudflare', data: { name: 'Cloudflare', changes: [change('2026-07-22', 'Proxy Read Timeout default', [524]), change('2025-05-21', 'TCP connect', [522])] } }],
		guides: [],
	} as unknown as Parameters<typeof siteChanges>[0];

	it('lists every change newest first, with the page it belongs to', () => {
		const all = siteChanges(site);
		expect(all.map((c) => [c.change.fact, c.page.path])).toEqual([
			['Proxy Read Timeout default', '/platforms/cloudflare/'],
			['TCP connect', '/platforms/cloudflare/'],
			['Something on the page', '/524/'],
		]);
	});

	it("shows a platform's change on the code pages it names", () => {
		const all = siteChanges(site);
		expect(changesForPage(all, { path: '/524/', code: 524 }).map((c) => c.change.fact)).toEqual(['Proxy Read Timeout default', 'Something on the page']);
		expect(changesForPage(all, { path: '/522/', code: 522 }).map((c) => c.change.fact)).toEqual(['TCP connect']);
	});

	it('gives each a readable id that stays put when other changes are added', () => {
		expect(changeId(change('2026-07-22', "Proxy Read Timeout default in Cloudflare's docs"), '/platforms/cloudflare/')).toBe(
			'2026-07-22-platforms-cloudflare-proxy-read-timeout-default-in-cloudflare'
		);
	});
});

describe('the published JSON Schema', () => {
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	addFormats.default(ajv);
	const validate = ajv.compile(jsonSchema('https://5xx.guide/schema/v1.json'));

	it('compiles in strict mode and describes its documents', () => {
		const schema = jsonSchema('https://5xx.guide/schema/v1.json') as { $id: string; $defs: Record<string, { description?: string }> };
		expect(schema.$id).toBe('https://5xx.guide/schema/v1.json');
		expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['codeDocument', 'codeListDocument', 'platformDocument', 'platformListDocument']));
		for (const def of Object.values(schema.$defs)) expect(def.description).toBeTruthy();
	});

	it('rejects a document with a misspelt or missing field', () => {
		expect(validate({ $schema: 'https://5xx.guide/schema/v1.json', codes: [] })).toBe(true);
		expect(validate({ $schema: 'https://5xx.guide/schema/v1.json', codez: [] })).toBe(false);
		expect(validate({ $schema: 'https://5xx.guide/schema/v1.json', codes: [{ code: 521 }] })).toBe(false);
	});
});
