// Code pages as hubs (src/markdown/fold.ts), their rules, and the comparison pages: the plugin
// through the site's own pipeline, the rules over what it records, and the built site.
import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkCauses, checkComparisons, formatProblem, type CodeInput } from '../../src/content/rules';
import { compare, type ComparedCode } from '../../src/content/comparison-table';
import { COMPARED_PAIRS } from '../../src/content/comparisons';
import { requiredSections } from '../../src/content/sections';
import { textOf } from '../../src/lib/html';
import { builtPage, classesOf } from './helpers/built';
import { mdxOutline } from './helpers/markdown';

const [means, causes, example, differs] = requiredSections;
/** A code page body: the first-screen answers, a cause with its two lines, "How it differs" with a row and a side-by-side table. */
const body = (cause: string, rows = '| [522](/522/) | No answer at all. |') =>
	[
		'<ForVisitors>It is not you.</ForVisitors>',
		'<ForOwners>\nCheck first:\n\n```sh\nss -ltnp\n```\n\nThen the firewall.\n</ForOwners>',
		`## ${means}\n\nLead.\n\nMore.`,
		`## ${causes}\n\n### Stopped\n\n${cause}\n\n**How to fix.** Start it.`,
		`## ${example}\n\nText.`,
		`## ${differs}\n\n| Code | The one fact that tells it apart |\n|---|---|\n${rows}\n\n### 521 vs 522\n\n| Compared | 521 | 522 |\n|---|---|---|\n| Wait | none | 19 s |`,
	].join('\n\n');
const twoLines = '**Symptom.** Every request fails at once.\n\n**Quick check.** `systemctl status nginx` says `failed`.';
const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const page = async (code: number, source: string): Promise<CodeInput> => ({ filePath: `content/codes/${code}.mdx`, body: source, outline: await mdxOutline(source), data: { code, related: [] } });

describe('the Markdown plugin on a code page', () => {
	it('records each cause with its two lines, each "How it differs" row and the side-by-side table', async () => {
		const outline = await mdxOutline(body(twoLines));
		expect(outline.causes).toEqual([
			expect.objectContaining({ slug: 'stopped', text: 'Stopped', symptom: expect.objectContaining({ text: 'Every request fails at once.' }), check: expect.objectContaining({ text: 'systemctl status nginx says failed.' }) }),
		]);
		expect(outline.differs?.map((d) => [d.code, d.fact.text])).toEqual([[522, 'No answer at all.']]);
		expect(outline.comparisonTables).toEqual([{ codes: [521, 522], rows: [expect.objectContaining({ label: expect.objectContaining({ text: 'Wait' }) })] }]);
	});

	it('does not fold a page that is not a code page', async () => {
		const outline = await mdxOutline(`## ${causes}\n\n### Stopped\n\nText.`);
		expect(outline.causes).toBeUndefined();
	});
});

describe('the rules for causes', () => {
	it('pass a cause with both lines', async () => {
		expect(checkCauses('content/codes/521.mdx', await mdxOutline(body(twoLines)))).toEqual([]);
	});

	it('name the cause that lacks its symptom, or its quick check', async () => {
		expect(messages(checkCauses('content/codes/521.mdx', await mdxOutline(body('**How to confirm.** Look.'))))).toEqual(['content/codes/521.mdx: body: ### Stopped: the cause has no "Symptom." line under its heading']);
		expect(messages(checkCauses('content/codes/521.mdx', await mdxOutline(body('**Symptom.** It fails.\n\n**Confirm.** Look.'))))).toEqual(['content/codes/521.mdx: body: ### Stopped: the cause has no "Quick check." line after its symptom']);
	});

	it('refuse a line too long for a phone to show', async () => {
		const long = `**Symptom.** ${'It fails again and again. '.repeat(8)}\n\n**Quick check.** Look.`;
		expect(messages(checkCauses('f.mdx', await mdxOutline(body(long))))).toEqual([expect.stringMatching(/^f\.mdx: body: ### Stopped: its "Symptom\." line is \d+ characters long$/)]);
	});
});

describe('the rules for comparisons', () => {
	it('pass when both pages have a row for each other', async () => {
		const pages = [await page(521, body(twoLines)), await page(522, body(twoLines, '| [521](/521/) | Refused at once. |'))];
		expect(checkComparisons(pages, [[521, 522]])).toEqual([]);
	});

	it('name the page that lacks the other code\'s row, and a pair that is not lower first', async () => {
		const pages = [await page(521, body(twoLines)), await page(522, body(twoLines, '| [520](/520/) | A bad reply. |'))];
		expect(messages(checkComparisons(pages, [[522, 521]]))).toEqual([
			'src/content/comparisons.ts: COMPARED_PAIRS: [522, 521] is not lower code first',
			'content/codes/522.mdx: body: ## How it differs from similar codes: has no row for 521, which /522-vs-521/ compares it with',
		]);
	});

	it('refuse a side-by-side table for a pair with no comparison page', async () => {
		const pages = [await page(521, body(twoLines))];
		expect(messages(checkComparisons(pages, []))).toEqual(['content/codes/521.mdx: body: ### 521 vs 522: the side-by-side table compares 521 and 522, which have no comparison page']);
	});
});

describe('a comparison', () => {
	const side = async (code: number, rows: string): Promise<ComparedCode> => ({
		data: { code, reason: `Reason ${code}`, summary: `Summary ${code}.`, status: 'unofficial', vendor: 'Cloudflare', sentBy: ['cdn'], definedBy: { title: 'Docs', url: 'https://example.com/' }, retry: { reachedApp: 'no', advice: 'Send it again.' } },
		outline: await mdxOutline(body(twoLines, rows)),
	});

	it("sets each code beside the other page's row about it, and makes that page's own links point there", async () => {
		const a = await side(521, '| [522](/522/) | No answer at all. |');
		const b = await side(522, '| [521](/521/) | Refused at once; see [the firewall](#firewall). |');
		const { apart, rows } = compare(a, b);
		expect(textOf({ type: 'element', tagName: 'p', properties: {}, children: apart[0] })).toBe('Refused at once; see the firewall.');
		expect(JSON.stringify(apart[0])).toContain('"/522/#firewall"');
		expect(textOf({ type: 'element', tagName: 'p', properties: {}, children: apart[1] })).toBe('No answer at all.');
		expect(rows.map((r) => ('text' in r.label ? r.label.text : 'nodes'))).toContain('Quick check');
		// The side-by-side table of the pair, in the pair's column order.
		expect(rows.at(-1)?.cells.map((c) => ('nodes' in c ? c.nodes.map((n) => (n.type === 'text' ? n.value : '')).join('') : c.text))).toEqual(['none', '19 s']);
	});

	it('refuses a pair whose page has no row for the other', async () => {
		const [a, b] = [await side(521, '| [520](/520/) | x |'), await side(522, '| [521](/521/) | y |')];
		expect(() => compare(a, b)).toThrow('521 has no "How it differs" row for 522');
	});
});

/** Every element of a built page. */
function elements(path: string): Element[] {
	const all: Element[] = [];
	visit(fromHtml(builtPage(path)), 'element', (el: Element) => void all.push(el));
	return all;
}
const codePaths = readdirSync('dist').filter((d) => /^5\d\d$/.test(d)).map((d) => `/${d}/`);

describe('the built code pages', () => {
	it('are hubs: each cause shows its heading and two lines, with its full text in a fold that is open in the HTML', () => {
		expect(codePaths.length).toBeGreaterThanOrEqual(26);
		const problems: string[] = [];
		let causeCount = 0;
		for (const path of codePaths) {
			const all = elements(path);
			for (const cause of all.filter((el) => classesOf(el).includes('cause'))) {
				causeCount++;
				const kids = cause.children.filter((c): c is Element => c.type === 'element');
				const [heading, symptom, check] = kids;
				const name = `${path} ${textOf(heading!).trim()}`;
				if (!textOf(symptom!).startsWith('Symptom.') || !textOf(check!).startsWith('Quick check.')) problems.push(`${name}: no short entry`);
				const fold = kids.find((k) => k.tagName === 'details');
				if (fold && (fold.properties['open'] === undefined || fold.properties['dataFold'] === undefined)) problems.push(`${name}: its fold is not open in the HTML`);
			}
			const closed = all.filter((el) => el.tagName === 'details' && el.properties['dataFold'] !== undefined && el.properties['open'] === undefined);
			if (closed.length) problems.push(`${path}: ${closed.length} folds closed in the HTML`);
		}
		expect(problems).toEqual([]);
		expect(causeCount).toBeGreaterThanOrEqual(100);
	});
});

describe('the comparison pages', () => {
	const shortcuts = JSON.parse(readFileSync('dist/search/shortcuts.json', 'utf8')) as { comparisons: Record<string, string> };
	const llms = readFileSync('dist/llms.txt', 'utf8');
	const links = (path: string) => elements(path).flatMap((el) => (el.tagName === 'a' && typeof el.properties['href'] === 'string' ? [el.properties['href']] : []));
	const home = links('/');

	it.each(COMPARED_PAIRS.map(([a, b]) => [`/${a}-vs-${b}/`, a, b] as const))('%s exists, both code pages and the home page link to it, and search and llms.txt know it', (path, a, b) => {
		expect(elements(path).find((el) => el.tagName === 'h1')).toBeDefined();
		expect(links(`/${a}/`)).toContain(path);
		expect(links(`/${b}/`)).toContain(path);
		expect(home).toContain(path);
		expect(shortcuts.comparisons[`${a}-${b}`]).toBe(path);
		expect(llms).toContain(`${path.slice(0, -1)}.md)`);
	});

	it('cover the pairs people ask about', () => {
		const pairs = COMPARED_PAIRS.map(([a, b]) => `${a}/${b}`);
		for (const wanted of ['500/502', '502/503', '502/504', '504/524', '520/522', '520/524', '521/522', '522/524', '525/526', '503/529']) expect(pairs).toContain(wanted);
	});
});
