import { describe, expect, it } from 'vitest';
import {
	checkCodeBody,
	checkChanges,
	checkCodes,
	checkFlows,
	checkPlaceholders,
	checkPlatforms,
	formatProblem,
	type CodeInput,
	type PlatformInput,
} from '../../src/content/rules';
import { requiredSections } from '../../src/content/sections';
import { platformToc } from '../../src/platforms/toc';
import { mdxOutline } from './helpers/markdown';

const goodBody = [
	'<ForVisitors>It is not you.</ForVisitors>',
	'<ForOwners>Check the server.</ForOwners>',
	...requiredSections.map((s) => `## ${s}\n\nText.\n`),
].join('\n\n');

const goodOutline = await mdxOutline(goodBody);
function code(n: number, related: number[] = [], file = `${n}.mdx`): CodeInput {
	return { filePath: `content/codes/${file}`, body: goodBody, outline: goodOutline, data: { code: n, related } };
}
const messages = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => formatProblem({ ...p, fix: '' }));

// The rules read what the Markdown plugin records from the page's tree (helpers/markdown.ts runs it as the build does).
const checkBody = async (file: string, body: string) => checkCodeBody(file, await mdxOutline(body));

describe('code page bodies', () => {
	it('pass with every section and both first-screen answers', async () => {
		expect(await checkBody('content/codes/521.mdx', goodBody)).toEqual([]);
	});

	it('name each missing section and the file', async () => {
		const body = goodBody.replace('## Example response', '## Sample');
		expect(messages(await checkBody('content/codes/521.mdx', body))).toEqual(['content/codes/521.mdx: body: missing section "## Example response"']);
	});

	it('do not count a heading written inside a code sample', async () => {
		const body = goodBody.replace('## Example response\n\nText.\n', '```md\n## Example response\n```\n');
		expect(messages(await checkBody('content/codes/521.mdx', body))).toEqual(['content/codes/521.mdx: body: missing section "## Example response"']);
	});

	it('name only the section that moved, and where it belongs', async () => {
		const body = goodBody.replace('## What it means\n\nText.\n', '').concat('\n\n## What it means\n');
		const problems = await checkBody('content/codes/521.mdx', body);
		expect(messages(problems)).toEqual(['content/codes/521.mdx: body: section "## What it means" is out of order']);
		expect(problems[0]?.fix).toBe('Move "## What it means" before the other required sections.');
	});

	it('say after which section a moved one belongs', async () => {
		const [a, b, c, d] = requiredSections;
		const body = [`## ${a}`, `## ${c}`, `## ${d}`, `## ${b}`, '<ForVisitors>x</ForVisitors>', '<ForOwners>x</ForOwners>'].join('\n\n');
		const problems = await checkBody('f.mdx', body);
		expect(messages(problems)).toEqual([`f.mdx: body: section "## ${b}" is out of order`]);
		expect(problems[0]?.fix).toBe(`Move "## ${b}" after "## ${a}".`);
	});

	it('require the first-screen answers', async () => {
		const body = goodBody.replace('<ForOwners>Check the server.</ForOwners>', '');
		expect(messages(await checkBody('content/codes/521.mdx', body))).toEqual(['content/codes/521.mdx: body: missing <ForOwners> (the first-screen answer)']);
	});

	it('do not take a <ForVisitors> written inside a code sample for the answer', async () => {
		const body = goodBody.replace('<ForVisitors>It is not you.</ForVisitors>', '```mdx\n<ForVisitors>It is not you.</ForVisitors>\n```');
		expect(messages(await checkBody('content/codes/521.mdx', body))).toEqual(['content/codes/521.mdx: body: missing <ForVisitors> (the first-screen answer)']);
	});
});

describe('the code collection', () => {
	it('passes when consistent', () => {
		expect(checkCodes([code(521, [522]), code(522, [521])], './content/codes')).toEqual([]);
	});

	it('fails when empty, naming the base path', () => {
		expect(messages(checkCodes([], './content/codez'))).toEqual(['./content/codez: collection: no code pages found']);
	});

	it('fails a code that does not match its file name', () => {
		expect(messages(checkCodes([code(522, [], '521.mdx')], 'base'))).toEqual(['content/codes/521.mdx: code: 522 does not match the file name "521"']);
	});

	it('fails two files for one code', () => {
		expect(messages(checkCodes([code(521), code(521, [], 'cloudflare/521.mdx')], 'base'))).toEqual([
			'content/codes/cloudflare/521.mdx: code: 521 already has a page, content/codes/521.mdx',
		]);
	});

	it('fails a related code with no page, and a page related to itself', () => {
		expect(messages(checkCodes([code(521, [599, 521])], 'base'))).toEqual([
			'content/codes/521.mdx: related: 599 has no page',
			"content/codes/521.mdx: related: lists the page's own code 521",
		]);
	});
});

const F = 'content/platforms/test.mdx';
const src = 'https://docs.example.com/';
const defaultPlatformOutline = await mdxOutline('<PlatformError id="timeout">\n\nText.\n\n</PlatformError>');
function platform(overrides: Partial<PlatformInput['data']> = {}, outline = defaultPlatformOutline): PlatformInput {
	return {
		filePath: F,
		id: 'test',
		body: '',
		outline,
		data: {
			errors: [{ id: 'timeout', code: 504, strings: [{ text: 'timed out after 30000 ms', pattern: 'timed out after \\d+ ms' }], timer: 'read' }],
			signatures: [{ kind: 'header', header: 'server', pattern: '^exproxy', example: 'exproxy/2', source: src }],
			timers: [{ id: 'read', source: src, produces: [{ code: 504, error: 'timeout' }] }],
			sources: [{ url: src }],
			...overrides,
		},
	};
}
const pages = new Set([502, 504]);

describe('platform pages', () => {
	it('pass when errors, timers, signatures and sections agree', () => {
		expect(checkPlatforms([platform()], pages)).toEqual([]);
	});

	it('fail a builtOn that names no platform', () => {
		expect(messages(checkPlatforms([platform({ builtOn: ['test'] })], pages))).toEqual([]);
		expect(messages(checkPlatforms([platform({ builtOn: ['envoi'] })], pages))).toEqual([`${F}: builtOn[0]: no platform with id "envoi"`]);
	});

	it('fail an error whose code has no page', () => {
		const p = platform({ errors: [{ id: 'timeout', code: 599, strings: [{ text: 'x' }] }], timers: [] });
		expect(messages(checkPlatforms([p], pages))).toEqual([`${F}: errors[0] ("timeout").code: 599 has no code page`]);
	});

	it('fail a pattern that does not match its own text', () => {
		const p = platform({ errors: [{ id: 'timeout', code: 504, strings: [{ text: 'timed out after 30 s', pattern: 'timed out after \\d+ ms' }], timer: 'read' }] });
		expect(messages(checkPlatforms([p], pages))).toEqual([`${F}: errors[0] ("timeout").strings[0].pattern: does not match its own text "timed out after 30 s"`]);
	});

	it('fail a timer with no source in the sources list, and an unknown timer', () => {
		const p = platform({ timers: [{ id: 'slow', source: 'https://elsewhere.example/', produces: [{ code: 504 }] }] });
		expect(messages(checkPlatforms([p], pages))).toEqual([
			`${F}: errors[0] ("timeout").timer: no timer with id "read"`,
			`${F}: timers[0] ("slow").source: https://elsewhere.example/ is not in sources`,
		]);
	});

	it('fail a timer that names an error with another code', () => {
		const p = platform({ timers: [{ id: 'read', source: src, produces: [{ code: 502, error: 'timeout' }] }] });
		expect(messages(checkPlatforms([p], pages))).toEqual([`${F}: timers[0] ("read").produces[0].code: 502, but error "timeout" has code 504`]);
	});

	it('fail a signature whose example does not match, or a header signature with no header', () => {
		const p = platform({ signatures: [{ kind: 'header', pattern: '^envoy$', example: 'nginx', source: src }] });
		expect(messages(checkPlatforms([p], pages))).toEqual([
			`${F}: signatures[0].header: a header signature needs the header name`,
			`${F}: signatures[0].pattern: does not match its example "nginx"`,
		]);
	});

	it('fail an error with no section, a section with no error, and a repeated section', async () => {
		const body = '<PlatformError id="other">x</PlatformError>\n<PlatformError id="other">y</PlatformError>';
		expect(messages(checkPlatforms([platform({}, await mdxOutline(body))], pages))).toEqual([
			`${F}: body: <PlatformError id="other"> has no error "other" in the frontmatter`,
			`${F}: body: error "timeout" has no <PlatformError id="timeout"> section`,
		]);
		const twice = '<PlatformError id="timeout">x</PlatformError>\n<PlatformError id="timeout">y</PlatformError>';
		expect(messages(checkPlatforms([platform({}, await mdxOutline(twice))], pages))).toEqual([`${F}: body: <PlatformError id="timeout"> appears 2 times`]);
	});

	it('do not count a section written inside a code sample', async () => {
		const body = '<PlatformError id="timeout">\n\n```mdx\n<PlatformError id="timeout">\n```\n\n</PlatformError>';
		expect(checkPlatforms([platform({}, await mdxOutline(body))], pages)).toEqual([]);
	});
});

describe('flows', () => {
	const anchors = new Map([
		['/521/', new Set(['firewall'])],
		['/platforms/heroku/', new Set(['h12'])],
	]);
	type Step = { id: string; cause?: string; answers: { label: string; next?: string; see?: string }[] };
	const flow = (id: string, steps: Step[], codeNumber: number | undefined = Number(id) || undefined) => ({
		filePath: `content/flows/${id}.yaml`,
		id,
		data: { code: codeNumber, start: steps[0]!.id, steps },
	});
	const code521 = code(521);

	it('pass when each cause is a heading on the code page or a page section', () => {
		const steps = [{ id: 'fw', cause: 'firewall', answers: [] }, { id: 'h', cause: '/platforms/heroku/#h12', answers: [] }];
		expect(checkFlows([flow('521', steps)], [code521], anchors)).toEqual([]);
	});

	it('fail a cause that is not a heading, naming the step', () => {
		expect(messages(checkFlows([flow('521', [{ id: 'fw', cause: 'firewal', answers: [] }])], [code521], anchors))).toEqual([
			'content/flows/521.yaml: step "fw": cause: "firewal": /521/ has no section "#firewal"',
		]);
	});

	it('fail a flow for a code with no page', () => {
		expect(messages(checkFlows([flow('599', [{ id: 'x', answers: [] }])], [code521], anchors))).toEqual(['content/flows/599.yaml: code: 599 has no page in content/codes']);
	});

	it('fail an answer into an unknown flow, an unknown step of another flow, or an unknown page section', () => {
		const start = flow('start', [
			{
				id: 'what',
				answers: [
					{ label: 'A', next: '599/' },
					{ label: 'B', next: '521/nope' },
					{ label: 'C', see: '/platforms/heroku/#h13' },
					{ label: 'D', next: '521/a' },
				],
			},
		]);
		const problems = messages(checkFlows([start, flow('521', [{ id: 'a', answers: [] }])], [code521], anchors));
		expect(problems).toEqual([
			'content/flows/start.yaml: step "what": answers[0] ("A").next: "599/": no flow "599" (content/flows/599.yaml)',
			'content/flows/start.yaml: step "what": answers[1] ("B").next: "521/nope": flow 521 has no step "nope"',
			'content/flows/start.yaml: step "what": answers[2] ("C").see: "/platforms/heroku/#h13": /platforms/heroku/ has no section "#h13"',
		]);
	});

	it('fail answers that loop back through other flows', () => {
		const a = flow('521', [{ id: 'q', answers: [{ label: 'to 522', next: '522/' }, { label: 'ok', next: 'end' }] }, { id: 'end', answers: [] }]);
		const b = flow('522', [{ id: 'r', answers: [{ label: 'back', next: '521/q' }, { label: 'ok', next: 'end' }] }, { id: 'end', answers: [] }]);
		const problems = messages(checkFlows([a, b], [code521, code(522)], anchors));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/flows\/522\.yaml: step "r": leads back through other flows to where it started \(521\/q → 522\/r → 521\/q\)$/);
	});
});

describe('platform page table of contents', () => {
	it('lists Markdown headings and error sections in page order, ignoring code', async () => {
		const body = ['Intro.', '## How to tell', '<PlatformError id="h12">', '```sh', '## not a heading', '<PlatformError id="h99">', '```', '</PlatformError>', '<PlatformError id="h10">x</PlatformError>', '## Logs'].join('\n\n');
		const toc = platformToc(await mdxOutline(body), [{ id: 'h10', title: 'H10 App crashed' }, { id: 'h12', title: 'H12 Request timeout' }]);
		expect(toc.map((e) => `${e.slug} ${e.text}`)).toEqual(['how-to-tell How to tell', 'h12 H12 Request timeout', 'h10 H10 App crashed', 'logs Logs']);
	});
});

describe('placeholders in commands', () => {
	it('name the file and line of a placeholder that does not exist', () => {
		const problems = checkPlaceholders([{ filePath: 'content/codes/521.mdx', body: 'Text\n```sh\ncurl https://{{hostname}}/ {{orgin-ipv4}}\n```' }]);
		expect(messages(problems)).toEqual(['content/codes/521.mdx: body, line 3: unknown placeholder {{orgin-ipv4}}']);
	});
});

describe('change records', () => {
	const change = (date: string, codes: number[] = [], fact = 'Proxy Read Timeout default') => ({ date: new Date(date), fact, codes });
	const page = (...changes: ReturnType<typeof change>[]) => ({ filePath: 'content/platforms/cloudflare.mdx', data: { changes } });

	it('accepts changes newest first that name pages that exist', () => {
		expect(checkChanges([page(change('2026-07-22', [524]), change('2025-10-03', [524]))], new Set([524]))).toEqual([]);
	});

	it('names a change listed above a newer one', () => {
		expect(messages(checkChanges([page(change('2025-10-03'), change('2026-07-22'))], new Set()))).toEqual([
			'content/platforms/cloudflare.mdx: changes[1].date: 2026-07-22 is newer than the change above it (2025-10-03)',
		]);
	});

	it('names a code with no page', () => {
		expect(messages(checkChanges([page(change('2026-07-22', [524, 518]))], new Set([524])))).toEqual([
			'content/platforms/cloudflare.mdx: changes[0].codes: 518 has no code page',
		]);
	});

	it('names two changes that would share an id (same day, same first words of the fact)', () => {
		const day = '2026-07-22';
		expect(checkChanges([page(change(day, [], 'Timeout raised'), change(day, [], 'Limit lowered'))], new Set())).toEqual([]);
		expect(messages(checkChanges([page(change(day), change(day, [], 'Proxy read timeout default!'))], new Set()))).toEqual([
			'content/platforms/cloudflare.mdx: changes[1]: has the same id as changes[0] (2026-07-22-proxy-read-timeout-default)',
		]);
	});
});
