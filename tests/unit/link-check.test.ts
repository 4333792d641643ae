import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { linkCheckIntegration } from '../../src/integrations/link-check';
import { safeDecode } from '../../src/lib/decode';
import { findBrokenLinks } from '../../src/lib/link-check';

const page = (path: string, body: string) => ({ path, html: `<html><head><link rel="canonical" href="http://x/"></head><body>${body}</body></html>` });

describe('findBrokenLinks', () => {
	const site = [
		page('/', '<a href="/521/">521</a> <a href="/521/#causes">causes</a> <a href="#top" id="top">top</a>'),
		page('/521/', '<h2 id="causes">Causes</h2><a href="/">home</a><a href="../">up</a><a href="https://www.rfc-editor.org/rfc/rfc9110">RFC</a>'),
	];

	it('passes a site whose links all land', () => {
		expect(findBrokenLinks(site, new Set(['/favicon.svg']))).toEqual([]);
	});

	it('names a link to a page that does not exist', () => {
		expect(findBrokenLinks([...site, page('/522/', '<a href="/599/">599</a>')])).toEqual(['/522/: /599/: no page at /599/']);
	});

	it('names an anchor missing from its target page', () => {
		expect(findBrokenLinks([...site, page('/522/', '<a href="/521/#nope">x</a>')])).toEqual([
			'/522/: /521/#nope: no element with id "nope" on /521/',
		]);
	});

	it('names a same-page anchor that does not exist', () => {
		expect(findBrokenLinks([page('/', '<a href="#missing">x</a>')])).toEqual(['/: #missing: no element with id "missing" on /']);
	});

	it('wants external links well-formed and https', () => {
		expect(findBrokenLinks([page('/', '<a href="http://example.com/">x</a><a href="https://exa mple.com/">y</a>')])).toEqual([
			'/: http://example.com/: external links must use https',
			'/: https://exa mple.com/: not a well-formed URL',
		]);
	});

	it('accepts links to files the site serves', () => {
		expect(findBrokenLinks([page('/', '<a href="/favicon.svg">icon</a>')], new Set(['/favicon.svg']))).toEqual([]);
	});
});

describe('findBrokenLinks with a page that keeps state in its fragment', () => {
	const builder = page('/chain/', '<h2 id="how">How</h2><chain-builder data-fragment-state="^[a-z]+(,[a-z]+)*$"></chain-builder>');

	it('accepts a fragment of the declared shape, and still an element id', () => {
		expect(findBrokenLinks([builder, page('/', '<a href="/chain/#cloudflare,nginx">x</a> <a href="/chain/#how">y</a>')])).toEqual([]);
	});

	it('names a fragment that is neither an id nor the declared state', () => {
		expect(findBrokenLinks([builder, page('/', '<a href="/chain/#Cloudflare!">x</a>')])).toEqual([
			'/: /chain/#Cloudflare!: no element with id "Cloudflare!" on /chain/, and not the state its script keeps there',
		]);
	});

	it('accepts state only on the page that declares it', () => {
		expect(findBrokenLinks([builder, page('/521/', ''), page('/', '<a href="/521/#cloudflare,nginx">x</a>')])).toEqual([
			'/: /521/#cloudflare,nginx: no element with id "cloudflare,nginx" on /521/',
		]);
	});
});

describe('findBrokenLinks reads HTML as HTML', () => {
	it('does not count markup shown in a code sample as a link', () => {
		expect(findBrokenLinks([page('/', '<pre><code>&lt;a href="/nowhere/"&gt;x&lt;/a&gt;</code></pre><code>href="/also-nowhere/"</code>')])).toEqual([]);
	});

	it('treats a protocol-relative link as external, not as a page of this site', () => {
		expect(findBrokenLinks([page('/', '<a href="//other.example/">x</a>')])).toEqual(['/: //other.example/: protocol-relative link: write it as https://other.example/']);
	});

	it('names the page with a malformed percent-encoded anchor instead of crashing', () => {
		expect(findBrokenLinks([page('/521/', '<a href="#%zz">x</a>')])).toEqual(['/521/: #%zz: the #fragment is not valid percent-encoding']);
	});

	it('finds links and ids whatever the quoting or attribute order', () => {
		expect(findBrokenLinks([page('/', "<a class=x href='#t'>x</a><p ID=t>t</p><a href=/missing/>y</a>")])).toEqual(['/: /missing/: no page at /missing/']);
	});
});

describe('safeDecode', () => {
	it('decodes percent-encoding, and gives undefined for a malformed one instead of throwing', () => {
		expect(safeDecode('h12%20timeout')).toBe('h12 timeout');
		expect(safeDecode('%E0%A4%A')).toBeUndefined();
		expect(safeDecode('%')).toBeUndefined();
	});
});

describe('the link check of the build', () => {
	it('runs in the build: its log says it checked every page', () => {
		expect(readFileSync('reports/build.log', 'utf8')).toMatch(/\[link-check\] Checked the links of \d+ pages [^\n]*: none broken\./);
	});

	it('fails the build on a link to a page that does not exist, naming the page and the link', async () => {
		// The build's own hook, over a copy of the built site with one link added to /521/.
		const dir = mkdtempSync(join(tmpdir(), '5xx-links-'));
		try {
			cpSync('dist', dir, { recursive: true });
			const page = join(dir, '521/index.html');
			writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<a href="/518/">518</a></main>'));
			const hook = linkCheckIntegration().hooks['astro:build:done']!;
			const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
			await expect(hook({ dir: pathToFileURL(`${dir}/`), logger } as never)).rejects.toThrow('/521/: /518/: no page at /518/');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
