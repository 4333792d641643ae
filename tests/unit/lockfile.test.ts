import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	optionalDependencies?: Record<string, string>;
	os?: string[];
	cpu?: string[];
}

// Deploy pipelines (GitHub Actions, Cloudflare Pages, Netlify) run `npm ci` on macOS, Windows and
// Linux. npm installs a package's platform binaries (Pagefind's, Rolldown's, esbuild's, Astro's
// compiler, Sätteri's) only if the lock file lists them, and a lock made on one platform may list
// that platform's alone. `npm ci --dry-run` cannot tell: it plans for this machine whatever
// `--os`/`--cpu` say, so the lock itself is read.
describe('package-lock.json', { timeout: 60_000 }, () => {
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

	it("lists every platform's optional binaries of every package that has them, so npm ci works on macOS, Windows and Linux", () => {
		const missing: string[] = [];
		let platformSpecific = 0;
		for (const [path, entry] of Object.entries(lock.packages)) {
			for (const name of Object.keys(entry.optionalDependencies ?? {})) {
				// npm puts a dependency beside its dependent, or higher up the tree.
				const candidates = path.split('/node_modules/').map((_, i, parts) => `${parts.slice(0, i + 1).join('/node_modules/')}/node_modules/${name}`);
				const found = [`node_modules/${name}`, ...candidates].map((p) => lock.packages[p]).find(Boolean);
				if (!found) missing.push(`${path || '(root)'} → ${name}`);
				else if (found.os || found.cpu) platformSpecific++;
			}
		}
		expect(missing).toEqual([]);
		// Binaries for darwin, win32 and linux, arm64 and x64, of Pagefind, Rolldown, esbuild, Sätteri…
		expect(platformSpecific).toBeGreaterThan(40);
		const oses = new Set(Object.values(lock.packages).flatMap((e) => e.os ?? []));
		expect([...oses]).toEqual(expect.arrayContaining(['darwin', 'win32', 'linux']));
	});

	it('agrees with package.json (npm ci --dry-run accepts it)', () => {
		const result = spawnSync('npm', ['ci', '--dry-run', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', timeout: 60_000 });
		expect(result.stderr).not.toMatch(/npm error/);
		expect(result.status).toBe(0);
	});
});
