// /<code>.json as built, against the page it describes (read from the built HTML, not from the
// code that wrote the JSON): its causes are the page's "Causes and fixes" entries, its first check
// the first command of the owner's box, its comparisons the codes "How it differs" names, its
// retry advice the frontmatter's. And version 1 of the schema only gained fields: a record as
// version 1 first published it still validates.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPage, classesOf } from './helpers/built';
import { frontmatter } from './helpers/content';
import { fromHtml } from 'hast-util-from-html';
import { textOf } from '../../src/lib/html';
import { placeholders, type PlaceholderName } from '../../src/setup/placeholders';

const ORIGIN = 'https://5xx.guide';
const codes = readdirSync('content/codes').filter((f) => /^\d{3}\.mdx$/.test(f)).map((f) => f.slice(0, 3));
const record = (code: string) => JSON.parse(readFileSync(`dist/${code}.json`, 'utf8')) as Record<string, any>;
const asShown = (code: string) => code.replace(/\{\{([a-z0-9-]+)\}\}/g, (_, name: string) => placeholders[name as PlaceholderName].example);

/** The page's `##` sections: each heading's id, and the elements up to the next `##`. */
function sections(code: string): Map<string, Element[]> {
	const tree = fromHtml(builtPage(`/${code}/`));
	let article: Element | undefined;
	visit(tree, 'element', (el: Element) => {
		if (!article && el.tagName === 'article') article = el;
	});
	const out = new Map<string, Element[]>();
	let current: Element[] | undefined;
	const walk = (el: Element) => {
		for (const child of el.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'h2' && typeof child.properties['id'] === 'string') out.set(child.properties['id'], (current = []));
			else if (classesOf(child).includes('heading-wrapper') || child.tagName === 'section' || child.tagName === 'div') walk(child);
			else current?.push(child);
			if (child.tagName === 'h3' || classesOf(child).includes('heading-wrapper')) current?.push(child);
		}
	};
	walk(article!);
	return out;
}

const h3s = (elements: readonly Element[]) => {
	const found: Element[] = [];
	for (const el of elements) visit(el, 'element', (e: Element) => void (e.tagName === 'h3' && !found.includes(e) && found.push(e)));
	return found;
};

describe('/<code>.json', () => {
	it('lists the causes the page explains, in order, each at its section, with how to confirm or fix it', () => {
		for (const code of codes) {
			const json = record(code);
			const causes = h3s(sections(code).get('causes-and-fixes') ?? []);
			expect(causes.length, code).toBeGreaterThan(0);
			expect(json['causes'].map((c: { title: string; url: string }) => [c.title, c.url]), code).toEqual(causes.map((h) => [textOf(h).trim(), `${ORIGIN}/${code}/#${h.properties['id']}`]));
			const explained = json['causes'].filter((c: { confirm: unknown; fix: unknown }) => c.confirm || c.fix);
			expect(explained.length, `${code}: causes with a confirm or fix part`).toBeGreaterThan(0);
			for (const cause of json['causes']) for (const part of [cause.confirm, cause.fix].filter(Boolean)) for (const command of part.commands) expect(command.code.trim().length, `${code}: ${cause.title}`).toBeGreaterThan(0);
		}
	});

	it("gives the owner's first check: the first command of the page's owner box", () => {
		for (const code of codes) {
			let owners: Element | undefined;
			visit(fromHtml(builtPage(`/${code}/`)), 'element', (el: Element) => void (!owners && classesOf(el).includes('quick-answer--owner') && (owners = el)));
			let first: string | undefined;
			visit(owners!, 'element', (el: Element) => void (first === undefined && el.tagName === 'pre' && (first = textOf(el))));
			const json = record(code);
			if (first === undefined) expect(json['firstCheck'], code).toBeNull();
			else expect(asShown(json['firstCheck'].code), code).toBe(first.replace(/\n$/, ''));
		}
	});

	it('names the codes it is confused with, each with a page, where they are compared, and the fact when the page gives one in a sentence', () => {
		for (const code of codes) {
			const json = record(code);
			const named = new Set<number>();
			for (const el of sections(code).get('how-it-differs-from-similar-codes') ?? []) {
				visit(el, 'element', (a: Element) => {
					const match = a.tagName === 'a' ? /^\/(5\d\d)\/$/.exec(String(a.properties['href'])) : null;
					if (match && Number(match[1]) !== Number(code)) named.add(Number(match[1]));
				});
			}
			const listed = json['comparisons'].map((c: { code: number }) => c.code);
			for (const other of named) if (codes.includes(String(other))) expect(listed, `${code} names ${other}`).toContain(other);
			for (const c of json['comparisons']) {
				expect(codes, `${code}: ${c.code} has a page`).toContain(String(c.code));
				expect(c.url.startsWith(`${ORIGIN}/`)).toBe(true);
			}
			expect(json['comparisons'].some((c: { fact: string | null }) => c.fact), `${code}: at least one fact`).toBe(true);
		}
	});

	it('carries the retry advice of its frontmatter, and the platforms behind its platform errors', () => {
		for (const code of codes) {
			const fm = frontmatter(`content/codes/${code}.mdx`) as { retry?: { reachedApp: string; advice: string; retryAfter?: string } };
			const json = record(code);
			expect(json['retry'], code).toEqual(fm.retry ? { reachedApp: fm.retry.reachedApp, advice: fm.retry.advice, retryAfter: fm.retry.retryAfter ?? null } : null);
			const slugs = new Set(json['platformErrors'].map((e: { platform: string }) => e.platform));
			expect(new Set(json['platforms'].map((p: { slug: string }) => p.slug)), code).toEqual(slugs);
		}
	});

	it('version 1 only gained fields: a record without the new ones still validates', () => {
		const ajv = new Ajv2020({ strict: true, allErrors: true });
		addFormats.default(ajv);
		const schema = JSON.parse(readFileSync('dist/schema/v1.json', 'utf8')) as { $id: string };
		ajv.addSchema(schema);
		const validate = ajv.getSchema(`${schema.$id}#/$defs/codeDocument`)!;
		const full = record('524');
		expect(validate(full), ajv.errorsText(validate.errors)).toBe(true);
		const { firstCheck: _1, causes: _2, comparisons: _3, retry: _4, platforms: _5, ...older } = full;
		const strip = (o: Record<string, any>) => {
			delete o['reachedApp'];
			delete o['recorded'];
			return o;
		};
		older['platformErrors'] = older['platformErrors'].map(strip);
		older['changes'] = older['changes'].map(strip);
		expect(validate(older), ajv.errorsText(validate.errors)).toBe(true);
		expect(validate({ ...full, causes: [{ title: 'x' }] })).toBe(false);
	});
});
