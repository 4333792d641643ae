import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimPagePolicy, trimPolicy } from '../../src/lib/csp';
import { builtPage } from './helpers/built';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe("a page's Content-Security-Policy", () => {
	it('keeps the hashes of its own inline scripts and styles, and every other source', () => {
		const script = 'console.log(1)';
		const style = 'p{color:red}';
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('q{}')}`;
		const html = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script type="module">${script}</script><script type="application/ld+json">{}</script></body></html>`;
		expect(policyOf(trimPagePolicy(html))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(style)}`);
		expect(trimPolicy("script-src 'self' 'sha256-x'", new Set())).toBe("script-src 'self'");
	});

	// /timeouts/ inlines its filter's script as well as the stylesheet; most pages inline only the stylesheet.
	it.each(['/521/', '/timeouts/'])('on a built page (%s) allows each of its inline scripts and styles, and nothing else', (path) => {
		const html = builtPage(path);
		const hashes = policyOf(html).match(/'sha256-[^']+'/g) ?? [];
		const inline = [...html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)].filter(([, tag, attrs = '']) => tag === 'style' || (!/\bsrc=/.test(attrs) && !/ld\+json/.test(attrs)));
		const policyAt = html.indexOf('http-equiv="content-security-policy"');
		// Inline scripts above the policy run before it applies (the theme, before first paint).
		const governed = inline.filter((m) => m.index! > policyAt).map(([, , , text]) => hash(text!));
		expect(governed.length).toBeGreaterThanOrEqual(path === '/timeouts/' ? 2 : 1);
		for (const h of governed) expect(hashes).toContain(h);
		expect(hashes.every((h) => governed.includes(h))).toBe(true);
	});
});
