import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * public/_headers read as Cloudflare Pages documents it: a rule is a URL pattern line, then
 * indented `Name: value` lines; `*` matches any run of characters; a request matching several
 * rules gets all their headers, and a header set by more than one of them gets the values joined
 * with ", ". Netlify merges matching rules too. @see https://developers.cloudflare.com/pages/configuration/headers/
 */
function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const [name = '', ...value] = line.trim().split(':');
			rules.at(-1)?.headers.push([name.trim().toLowerCase(), value.join(':').trim()]);
		}
	}
	return rules;
}

function headersFor(path: string, text: string): Map<string, string> {
	const merged = new Map<string, string>();
	for (const rule of parseHeaders(text)) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) merged.set(name, merged.has(name) ? `${merged.get(name)}, ${value}` : value);
	}
	return merged;
}

const file = readFileSync('public/_headers', 'utf8');

describe('public/_headers, merged as the hosts merge it', () => {
	it('caches hashed assets for a year, with one Cache-Control value', () => {
		for (const path of ['/_astro/search-dialog.CFQoojzc.js', '/pagefind/index/en_1c427a8.pf_index', '/pagefind/fragment/en_99fc5de.pf_fragment']) {
			expect(headersFor(path, file).get('cache-control'), path).toBe('public, max-age=31536000, immutable');
		}
	});

	it('leaves pages and unhashed entry files to revalidate', () => {
		for (const path of ['/521/', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/']) {
			expect(headersFor(path, file).get('cache-control') ?? 'host default', path).not.toMatch(/immutable|max-age=31536000/);
		}
	});

	it('sends each security header once on every path', () => {
		for (const path of ['/521/', '/_astro/x.js', '/pagefind/fragment/x']) {
			const headers = headersFor(path, file);
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
		}
	});

	it('sets no header in two rules that can match the same path', () => {
		const paths = ['/', '/521/', '/_astro/a.js', '/pagefind/pagefind.js', '/pagefind/index/a', '/pagefind/fragment/a', '/pagefind/filter/a', '/521.md', '/521.json', '/platforms/heroku.json', '/codes.json'];
		const rules = parseHeaders(file);
		const twice = paths.flatMap((path) => {
			const names = rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.map(([name]) => name));
			return names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${path}: ${name}`);
		});
		expect(twice).toEqual([]);
	});

	it('names what describes each Markdown copy and JSON file (llms.txt v2, JSON Schema), once, and nothing for pages', () => {
		for (const path of ['/521.md', '/platforms/heroku.md', '/which-5xx.md']) expect(headersFor(path, file).get('link'), path).toBe('</llms.txt>; rel="describedby"');
		for (const path of ['/521.json', '/codes.json', '/platforms.json', '/platforms/heroku.json']) expect(headersFor(path, file).get('link'), path).toBe('</schema/v1.json>; rel="describedby"');
		for (const path of ['/521/', '/schema/v1.json', '/search/steps.json', '/llms.txt']) expect(headersFor(path, file).get('link'), path).toBeUndefined();
	});

	it('drops the obsolete interest-cohort directive', () => {
		expect(file).not.toContain('interest-cohort');
	});
});
