import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');

/**
 * A throw-away copy of the project whose content is only `files` (paths relative to the project
 * root), run through the real `astro build`, or `astro sync` (`command: 'sync'`): the content
 * sync alone, in about 2 s instead of 10, which is where the schemas and the flow loader check
 * each file. Source and config are copied (Vite resolves links to their real paths, which would
 * mix the two projects); dependencies are linked.
 */
export async function buildWithContent(
	files: Record<string, string>,
	/** Edits to the copied source, by path: to prove a build check fails when what it guards breaks. */
	patches: Record<string, (text: string) => string> = {},
	command: 'build' | 'sync' = 'build'
): Promise<{ ok: boolean; output: string }> {
	const dir = mkdtempSync(join(tmpdir(), '5xx-fixture-'));
	try {
		for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			cpSync(join(root, name), join(dir, name), { recursive: true });
		}
		// A node_modules of links, not one link: Astro keeps its cache in node_modules/.astro.
		mkdirSync(join(dir, 'node_modules'));
		for (const name of readdirSync(join(root, 'node_modules'))) {
			if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
		}
		mkdirSync(join(dir, 'content/codes'), { recursive: true });
		// The real platform pages, guides, flows and chains: the site's own pages link to them.
		for (const name of ['platforms', 'guides', 'flows', 'chains']) cpSync(join(root, 'content', name), join(dir, 'content', name), { recursive: true });
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		for (const [path, patch] of Object.entries(patches)) {
			const text = readFileSync(join(dir, path), 'utf8');
			const patched = patch(text);
			if (patched === text) throw new Error(`the patch to ${path} changed nothing`);
			writeFileSync(join(dir, path), patched);
		}
		// Asynchronous, so the concurrent tests that call this really build side by side.
		const build = promisify(execFile)(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			timeout: 120_000,
			maxBuffer: 64 * 1024 * 1024,
		});
		try {
			const { stdout, stderr } = await build;
			return { ok: true, output: `${stdout}\n${stderr}` };
		} catch (error) {
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			return { ok: false, output: `${stdout}\n${stderr}` };
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A valid code page, with frontmatter overrides given as raw YAML lines. */
export function codePage(code: number, { related = [] as number[], drop = [] as string[], body = '' } = {}): string {
	const fields: Record<string, string> = {
		code: `code: ${code}`,
		reason: 'reason: Test reason',
		summary: 'summary: A test page that exists only inside a build fixture.',
		status: 'status: unofficial',
		sentBy: 'sentBy: [cdn]',
		definedBy: 'definedBy:\n  title: Test\n  url: https://example.com/',
		related: `related: [${related.join(', ')}]`,
		retry: "retry:\n  reachedApp: 'no'\n  advice: A test page; nothing here was ever sent to an app.",
		sources: 'sources:\n  - title: Test\n    url: https://example.com/\n    checked: 2026-11-24',
		reviewed: 'reviewed: 2026-11-24',
	};
	for (const key of drop) delete fields[key];
	return `---\n${Object.values(fields).join('\n')}\n---\n\n${body || defaultBody}`;
}

/**
 * `files` over the site's real code pages, so the links the site's own templates and the real
 * platform pages make into code pages still land; a test replaces the one page it breaks.
 */
export function withEveryCode(files: Record<string, string>): Record<string, string> {
	const all: Record<string, string> = {};
	for (const name of readdirSync(join(root, 'content/codes'))) {
		all[`content/codes/${name}`] = readFileSync(join(root, 'content/codes', name), 'utf8');
	}
	return { ...all, ...files };
}

const defaultBody = `<ForVisitors>Not you.</ForVisitors>

<ForOwners>Check the server.</ForOwners>

## What it means

Text.

## Causes and fixes

Text.

## Example response

Text.

## How it differs from similar codes

Text.
`;

