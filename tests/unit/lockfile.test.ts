import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Deploy pipelines (GitHub Actions, Cloudflare Pages, Netlify) run `npm ci`, which refuses a lock
// file that lacks another platform's optional binaries. Ask npm itself, for the platforms people
// build on. `--dry-run` changes nothing on disk.
const platforms = [
	['darwin', 'arm64'],
	['darwin', 'x64'],
	['win32', 'x64'],
	['linux', 'arm64'],
	['linux', 'x64'],
] as const;

describe('package-lock.json', { timeout: 60_000 }, () => {
	it.each(platforms)('installs with npm ci on %s-%s', (os, cpu) => {
		const result = spawnSync('npm', ['ci', '--dry-run', `--os=${os}`, `--cpu=${cpu}`, '--no-audit', '--no-fund', '--loglevel=error'], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(result.stderr, `npm ci --dry-run --os=${os} --cpu=${cpu}`).not.toMatch(/npm error/);
		expect(result.status).toBe(0);
	});

	it("lists Pagefind's binary for every platform it ships one for", () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };
		const wanted = Object.keys((lock.packages['node_modules/pagefind'] as { optionalDependencies: Record<string, string> }).optionalDependencies);
		expect(wanted.filter((name) => !lock.packages[`node_modules/${name}`])).toEqual([]);
	});
});
