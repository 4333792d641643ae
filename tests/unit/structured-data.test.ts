// The structured data (JSON-LD) of every built page, parsed as JSON: each node's type is one we
// mean to use, with the properties Google's structured-data documentation and schema.org make
// required for it; references resolve; breadcrumbs, HowTo steps and dates agree with the page.
// Then every graph is type-checked by the TypeScript compiler against schema-dts, the typings
// generated from the schema.org vocabulary: a property a type does not have, or a value of the
// wrong type, fails here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtTrees, headOf } from './helpers/built';

type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };
const ORIGIN = 'https://5xx.guide';

/** The properties each type we use must carry (Google Search Central's structured-data pages, schema.org). */
const REQUIRED: Record<string, readonly string[]> = {
	Organization: ['@id', 'name', 'url'],
	WebSite: ['@id', 'name', 'url', 'publisher'],
	WebPage: ['@id', 'name', 'url', 'description', 'isPartOf', 'image'],
	TechArticle: ['@id', 'headline', 'url', 'description', 'image', 'dateModified', 'author', 'publisher', 'mainEntityOfPage'],
	BreadcrumbList: ['@id', 'itemListElement'],
	HowTo: ['@id', 'name', 'url', 'step'],
};

const pages = builtTrees().map((p) => {
	const head = headOf(p.tree);
	const ids = new Set<string>();
	visit(p.tree, 'element', (el: Element) => {
		if (typeof el.properties['id'] === 'string') ids.add(el.properties['id']);
	});
	return { path: p.path, head, ids, graphs: head.jsonLd.map((text) => JSON.parse(text) as { '@context': string; '@graph': Node[] }) };
});
const indexable = pages.filter((p) => !/noindex/.test(p.head.meta.get('robots') ?? ''));
const nodesOf = (page: (typeof pages)[number]) => page.graphs.flatMap((g) => g['@graph']);
const ofType = (page: (typeof pages)[number], type: string) => nodesOf(page).filter((n) => n['@type'] === type);

/** The nodes the home page defines, which other pages refer to by @id (the site's WebSite node). */
const homeIds = new Set(pages.find((p) => p.path === '/')!.graphs.flatMap((g) => g['@graph'].map((n) => n['@id'])));

describe('structured data', { timeout: 60_000 }, () => {
	it('every indexable page has one JSON-LD graph in the schema.org context, of the types we use, each with its required properties', () => {
		const problems: string[] = [];
		for (const page of indexable) {
			if (page.graphs.length !== 1) problems.push(`${page.path}: ${page.graphs.length} JSON-LD blocks`);
			for (const graph of page.graphs) {
				if (graph['@context'] !== 'https://schema.org') problems.push(`${page.path}: @context ${graph['@context']}`);
				const ids = new Set(graph['@graph'].map((n) => n['@id']));
				const refs: string[] = [];
				const walk = (value: unknown) => {
					if (Array.isArray(value)) value.forEach(walk);
					else if (value && typeof value === 'object') {
						const keys = Object.keys(value);
						if (keys.length === 1 && keys[0] === '@id') refs.push((value as Node)['@id']!);
						Object.values(value).forEach(walk);
					}
				};
				for (const node of graph['@graph']) {
					const required = REQUIRED[node['@type'] ?? ''];
					if (!required) problems.push(`${page.path}: unexpected type ${node['@type']}`);
					for (const key of required ?? []) if (node[key] === undefined || node[key] === '') problems.push(`${page.path}: ${node['@type']} without ${key}`);
					walk(node);
				}
				for (const ref of refs) if (!ids.has(ref) && !homeIds.has(ref)) problems.push(`${page.path}: reference to ${ref}, which is neither in the graph nor on the home page`);
			}
		}
		expect(problems).toEqual([]);
	});

	it("the site's node is on the home page alone, and every other page is part of it by its @id", () => {
		expect(indexable.filter((p) => ofType(p, 'WebSite').length > 0).map((p) => p.path)).toEqual(['/']);
		const siteId = ofType(pages.find((p) => p.path === '/')!, 'WebSite')[0]!['@id'];
		for (const page of indexable) expect(ofType(page, 'WebPage')[0]?.['isPartOf'], page.path).toEqual({ '@id': siteId });
	});

	it('the page node is the page: its address, title, description, preview image and review date', () => {
		for (const page of indexable) {
			const canonical = page.head.links.find((l) => l.rel === 'canonical')!.href;
			const [webPage] = ofType(page, 'WebPage');
			expect(webPage?.['url'], page.path).toBe(canonical);
			expect(webPage?.['description'], page.path).toBe(page.head.meta.get('description'));
			expect(webPage?.['image'], page.path).toBe(page.head.meta.get('og:image'));
			expect(webPage?.['dateModified'], page.path).toBe(page.head.meta.get('article:modified_time'));
		}
	});

	it('code, platform and guide pages are TechArticles, dated by their review', () => {
		const articles = indexable.filter((p) => /^\/(5\d\d|platforms\/[a-z0-9-]+|which-5xx)\/$/.test(p.path));
		expect(articles.length).toBeGreaterThan(50);
		for (const page of articles) {
			const [article] = ofType(page, 'TechArticle');
			expect(article, page.path).toBeDefined();
			expect(String(article!['headline']).length, `${page.path}: Google shows headlines up to 110 characters`).toBeLessThanOrEqual(110);
			expect(article!['dateModified'], page.path).toBe(page.head.meta.get('article:modified_time'));
			expect(article!['mainEntityOfPage'], page.path).toEqual({ '@id': `${ORIGIN}${page.path}` });
		}
	});

	it('breadcrumbs run from the home page to the page, each step a page that exists', () => {
		const withTrail = indexable.filter((p) => ofType(p, 'BreadcrumbList').length > 0);
		expect(withTrail.map((p) => p.path)).toEqual(expect.arrayContaining(['/521/', '/521/troubleshoot/', '/platforms/cloudflare/', '/changes/']));
		for (const page of withTrail) {
			const items = ofType(page, 'BreadcrumbList')[0]!['itemListElement'] as { '@type': string; position: number; name: string; item: string }[];
			expect(items.map((i) => i.position), page.path).toEqual(items.map((_, i) => i + 1));
			expect(items.at(-1)!.item, page.path).toBe(`${ORIGIN}${page.path}`);
			for (const item of items) {
				expect(item['@type']).toBe('ListItem');
				expect(item.name.length, page.path).toBeGreaterThan(0);
				const path = new URL(item.item).pathname;
				expect(existsSync(join('dist', path, 'index.html')), `${page.path}: ${item.item}`).toBe(true);
			}
		}
	});

	it("a troubleshooter's outcomes are HowTos: each at its step's own address, with the fix and the check that proves it", () => {
		const troubleshooters = indexable.filter((p) => /troubleshoot\/$/.test(p.path));
		expect(troubleshooters.length).toBeGreaterThan(10);
		for (const page of troubleshooters.filter((p) => p.path !== '/troubleshoot/')) {
			const howTos = ofType(page, 'WebPage').flatMap((w) => (w['hasPart'] ?? []) as Node[]);
			expect(howTos.length, page.path).toBeGreaterThan(0);
			for (const howTo of howTos) {
				const anchor = new URL(String(howTo['url'])).hash.slice(1);
				expect(page.ids.has(anchor), `${page.path}: #${anchor}`).toBe(true);
				const steps = howTo['step'] as { '@type': string; name: string; text: string }[];
				expect(steps[0]?.name, `${page.path}#${anchor}`).toBe('Fix it');
				for (const step of steps) {
					expect(step['@type']).toBe('HowToStep');
					expect(step.text.length, `${page.path}#${anchor}: ${step.name}`).toBeGreaterThan(10);
					expect(step.text.length, `${page.path}#${anchor}: ${step.name}: one paragraph, not the page again`).toBeLessThanOrEqual(200);
					expect(step.text, 'no code block controls in the text').not.toMatch(/\bCopy$|Marked values are examples/m);
				}
			}
		}
	});

	it('every graph type-checks against schema.org, through schema-dts', { timeout: 120_000 }, () => {
		// Each distinct node against its own type (a Graph's nodes against every type at once takes a minute).
		const nodes = new Map<string, { path: string; type: string }>();
		for (const page of indexable) for (const node of nodesOf(page)) if (!nodes.has(JSON.stringify(node))) nodes.set(JSON.stringify(node), { path: page.path, type: node['@type']! });
		const graphs = [...nodes.values()];
		expect(graphs.length).toBeGreaterThan(100);
		const file = join(process.cwd(), 'tests/unit/__structured-data__.ts');
		const source = ["import type * as schema from 'schema-dts';", ...[...nodes].map(([json, { type }], i) => `export const n${i}: schema.WithContext<schema.${type}> = { '@context': 'https://schema.org', ...${json} };`)].join('\n');
		const options: ts.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
		const host = ts.createCompilerHost(options);
		const getSourceFile = host.getSourceFile.bind(host);
		host.getSourceFile = (name, version, ...rest) => (name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version, ...rest));
		host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
		const program = ts.createProgram([file], options, host);
		const errors = ts.getPreEmitDiagnostics(program).map((d) => {
			const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
			return `${graphs[line - 1]?.path ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300)}`;
		});
		expect(errors).toEqual([]);
	});
});
