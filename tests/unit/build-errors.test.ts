import { describe, expect, it } from 'vitest';
import { buildWithContent, codePage, withEveryCode } from './build-fixture';

const validFlow = [
	'code: 521',
	'title: Find the cause',
	'start: first',
	'steps:',
	'  - id: first',
	'    question: Is it on?',
	'    answers:',
	'      - { label: "Yes", next: done }',
	'      - { label: "No", next: done }',
	'  - id: done',
	'    outcome: Fixed',
	'    fix: Turn it on.',
	'    verify: Reload.',
	'    escalate: Ask the host.',
].join('\n');

const sync = (files: Record<string, string>) => buildWithContent(files, {}, 'sync');

/** The facts every platform page gives besides its errors (retries, error bodies, uploads, incidents), valid. */
const platformFacts = [
	'retries: { default: never, note: "The proxy never sends a request twice.", source: "https://example.com/" }',
	'replacesErrors: { codes: [], note: "The proxy passes error bodies on as they are.", howToKeep: "Nothing to do for errors the app writes.", source: "https://example.com/" }',
	'bodyLimits: []',
	'incidents: { howToTell: "The proxy is software you run yourself, so the fault is in your own set-up." }',
];

// Each case runs the real `astro sync` or `astro build` on a throw-away copy of the project, so
// the message a content author sees is the one asserted here. The schemas and the flow loader run
// in the content sync (2 s); the cross-file rules need a build. The link check and the search
// index's check run their build hooks in-process over the built site (link-check.test.ts,
// pagefind-index.test.ts), and the site's own build in `npm test` shows both are wired in.
// Concurrent: two at a time (maxConcurrency in vitest.config.ts).
describe.concurrent('the content sync stops on a bad file, naming the file and the field', { timeout: 120_000 }, () => {
	it('fails on a missing frontmatter field', async () => {
		const { ok, output } = await sync({ 'content/codes/521.mdx': codePage(521, { drop: ['summary'] }) });
		expect(ok).toBe(false);
		expect(output).toMatch(/codes → 521 data does not match[\s\S]*summary/);
	});

	it('fails on a misspelt frontmatter key, naming the file, the key and the likely intended one', async () => {
		const page = codePage(521).replace('reviewed:', 'searchterms: [refused]\nreviewed:');
		const { ok, output } = await sync(withEveryCode({ 'content/codes/521.mdx': page }));
		expect(ok).toBe(false);
		expect(output).toMatch(/codes → 521 data does not match[\s\S]*unknown key "searchterms" \(did you mean "searchTerms"\?\)/);
	});

	it('fails on a source without a date, naming the field', async () => {
		const page = codePage(521).replace('    checked: 2026-11-24\n', '');
		const { ok, output } = await sync(withEveryCode({ 'content/codes/521.mdx': page }));
		expect(ok).toBe(false);
		expect(output).toMatch(/codes → 521 data does not match[\s\S]*sources\.0\.checked[\s\S]*YYYY-MM-DD/);
	});

	it('fails on a platform page without its retry, body-limit and incident facts, or a timer that does not say what it counts', async () => {
		const page = [
			'---',
			'name: Test Proxy',
			'vendor: Test',
			'kind: reverse-proxy',
			'summary: A proxy that exists only inside a build fixture.',
			'docs: https://example.com/',
			'errors:',
			'  - { id: slow, code: 504, title: Too slow, strings: [{ text: timed out, where: log }], meaning: The proxy gave up waiting for the app. }',
			'timers:',
			'  - { id: read, name: Read timeout, default: 60, changeableBy: You., meaning: How long the proxy waits for the app., produces: [{ code: 504 }], source: "https://example.com/" }',
			'sources: [{ title: Test, url: "https://example.com/", checked: 2026-11-25 }]',
			'reviewed: 2026-11-25',
			'---',
			'',
			'<PlatformError id="slow">Text.</PlatformError>',
		].join('\n');
		const { ok, output } = await sync(withEveryCode({ 'content/platforms/test.mdx': page }));
		expect(ok).toBe(false);
		expect(output).toMatch(/platforms → test data does not match/);
		for (const field of ['errors.0.reachedApp', 'timers.0.measures', 'timers.0.faces', 'timers.0.effect', 'retries', 'replacesErrors', 'bodyLimits', 'incidents']) {
			expect(output).toContain(field);
		}
	});

	it('fails on a broken flowchart, naming the flow file and the step', async () => {
		const flow = validFlow.replace('next: done }\n      - { label: "No", next: done }', 'next: done }\n      - { label: "No", next: nowhere }');
		const { ok, output } = await sync(withEveryCode({ 'content/flows/521.yaml': flow }));
		expect(ok).toBe(false);
		expect(output).toContain('content/flows/521.yaml: step "first": answers[1] ("No") leads to unknown step "nowhere"');
	});

	it('fails on a misspelt flow key, naming the flow file and the step', async () => {
		const flow = validFlow.replace('    escalate: Ask the host.', '    escalate: Ask the host.\n    casue: firewall');
		const { ok, output } = await sync(withEveryCode({ 'content/flows/521.yaml': flow }));
		expect(ok).toBe(false);
		expect(output).toContain('content/flows/521.yaml: step "done": steps[1]: unknown key "casue" (did you mean "cause"?)');
	});

	it('fails on a timer that does not say what it counts or which side it faces, naming the file and the field', async () => {
		const { ok, output } = await buildWithContent(withEveryCode({}), { 'content/platforms/nodejs.mdx': (text) => text.replace('    measures: client-keepalive\n', '').replace('    faces: client\n', '') }, 'sync');
		expect(ok).toBe(false);
		expect(output).toMatch(/platforms → nodejs data does not match[\s\S]*timers\.0\.measures[\s\S]*say what the timer counts/);
		expect(output).toMatch(/timers\.0\.faces[\s\S]*say which side the timer watches/);
	});

	it('fails on raw HTML in a flow step, naming the file and the step', async () => {
		const flow = validFlow.replace('    fix: Turn it on.', '    fix: Log in to <host> and turn it on.');
		const { ok, output } = await sync(withEveryCode({ 'content/flows/521.yaml': flow }));
		expect(ok).toBe(false);
		expect(output).toContain('content/flows/521.yaml: step "done": fix: raw HTML <host> would be markup, not text');
	});
});

describe.concurrent('the build stops on content that disagrees across files, naming each file and field', { timeout: 180_000 }, () => {
	it('lists every problem the rules find, in one build', async () => {
		const platform = [
			'---',
			'name: Test Proxy',
			'vendor: Test',
			'kind: reverse-proxy',
			'summary: A proxy that exists only inside a build fixture.',
			'docs: https://example.com/',
			'errors:',
			'  - { id: slow, code: 504, title: Too slow, strings: [{ text: timed out, where: log }], meaning: The proxy gave up waiting for the app., reachedApp: maybe }',
			// No onUpstreamClose, which a reverse proxy must give (a cross-file rule, so it needs the build).
			...platformFacts,
			'sources: [{ title: Test, url: "https://example.com/", checked: 2026-11-25 }]',
			'reviewed: 2026-11-25',
			'---',
			'',
			'Intro.',
			'',
			'```mdx',
			'<PlatformError id="slow">',
			'```',
		].join('\n');
		const { ok, output } = await buildWithContent(
			withEveryCode({
				'content/codes/521.mdx': codePage(521, { related: [518] }),
				'content/codes/522.mdx': codePage(522).replace('## Example response', '## Sample'),
				'content/codes/523.mdx': codePage(523).replace('<ForVisitors>Not you.</ForVisitors>', '```mdx\n<ForVisitors>Not you.</ForVisitors>\n```'),
				'content/platforms/test.mdx': platform,
			})
		);
		expect(ok).toBe(false);
		expect(output).toContain('content/codes/521.mdx: related: 518 has no page');
		expect(output).toContain('content/codes/522.mdx: body: missing section "## Example response"');
		// Written inside a code sample, it is text, not the first-screen answer.
		expect(output).toContain('content/codes/523.mdx: body: missing <ForVisitors> (the first-screen answer)');
		expect(output).toContain('content/platforms/test.mdx: body: error "slow" has no <PlatformError id="slow"> section');
		expect(output).toContain('content/platforms/test.mdx: onUpstreamClose: is missing, but a reverse-proxy always has a layer behind it');
	});
});
