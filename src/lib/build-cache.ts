/**
 * Caches for build steps whose output depends only on inputs we can name: a flow's layout and its
 * steps' rendered Markdown, a page's Markdown copy, what the link check and the policy trim read
 * of a page. Each entry is a
 * file named by the hash of everything its output depends on (the input itself, and the code
 * that turns it into the output, packages included), so a changed input or a changed converter
 * misses the cache instead of serving a stale output; nothing is ever invalidated by hand.
 *
 * Entries live in Astro's cache directory (node_modules/.astro/ unless configured), beside the
 * preview images: ignored by git, and removed with it for a cold build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * The environment variable through which the build-cache integration tells code bundled into the
 * pages (which cannot see Astro's config) where the caches are: JSON of a {@link BuildCacheSetting}.
 * Unset (unit tests, scripts), nothing is cached.
 */
export const BUILD_CACHE_VARIABLE = 'FIELD_GUIDE_BUILD_CACHE';

export interface BuildCacheSetting {
	/** Astro's cache directory, absolute. */
	dir: string;
	/** Hash of the installed packages' versions ({@link lockfileHash}), for caches of what a package computes. */
	lockfile: string;
}

/** The setting the build-cache integration left for this build, or undefined outside a build. */
export function buildCacheSetting(): BuildCacheSetting | undefined {
	const value = process.env[BUILD_CACHE_VARIABLE];
	return value ? (JSON.parse(value) as BuildCacheSetting) : undefined;
}

/** SHA-256 of the parts, each prefixed with its length so that ('ab', 'c') and ('a', 'bc') differ. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
		hash.update(`${bytes.length}:`);
		hash.update(bytes);
	}
	return hash.digest('hex');
}

/** `./x` and `../y` module specifiers a source file imports or re-exports (statically or with `import()`). */
export function relativeImports(source: string): string[] {
	const found = new Set<string>();
	for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) found.add(m[1]!);
	return [...found];
}

const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

/** The file a relative specifier names from `importer`, as Vite resolves it here (the extension may be left out). */
function resolveImport(importer: string, specifier: string): string {
	const base = resolve(dirname(importer), specifier);
	for (const extension of EXTENSIONS) {
		const file = base + extension;
		if (extension === '' ? /\.[a-z]+$/.test(file) && existsSync(file) : existsSync(file)) return file;
	}
	throw new Error(`build cache: ${importer} imports ${specifier}, which is not a file; cannot tell what the cached step depends on`);
}

/** The source of `entry` and of every module it imports by a relative path, transitively, by absolute path. */
export function codeFiles(entry: string): Map<string, string> {
	const seen = new Map<string, string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		const source = readFileSync(file, 'utf8');
		seen.set(file, source);
		for (const specifier of relativeImports(source)) visit(resolveImport(file, specifier));
	};
	visit(entry);
	return seen;
}

/**
 * A hash of the code of a build step: the {@link codeFiles} of `entry`, and `lockfile`
 * ({@link lockfileHash}, so a new version of any package counts as new code). A change to any of
 * them makes a new key for every entry.
 */
export function codeHash(entry: string, lockfile: string): string {
	const files = codeFiles(entry);
	const paths = [...files.keys()].sort();
	return cacheKey(lockfile, ...paths.flatMap((path) => [path, files.get(path)!]));
}

/**
 * Hash of the versions of the installed packages: npm's record of what it installed
 * (node_modules/.package-lock.json), or else the project's package-lock.json.
 */
export function lockfileHash(root: string): string {
	for (const file of ['node_modules/.package-lock.json', 'package-lock.json']) {
		if (existsSync(join(root, file))) return cacheKey(readFileSync(join(root, file)));
	}
	throw new Error(`build cache: neither node_modules/.package-lock.json nor package-lock.json in ${root}; install with npm ci`);
}

/**
 * One cache: a folder of entries, one file each, named by key. `prune()` removes the entries this
 * build did not ask for, so the folder holds no more than one build's worth. Without a folder
 * (a step run outside a build, as the unit tests do), it stores nothing and computes every value.
 */
export class BuildCache {
	readonly #dir: string | undefined;
	readonly #used = new Set<string>();
	hits = 0;
	misses = 0;

	constructor(dir: string | undefined) {
		this.#dir = dir;
	}

	async get(key: string): Promise<string | undefined> {
		this.#used.add(key);
		if (this.#dir === undefined) {
			this.misses++;
			return undefined;
		}
		try {
			const value = await readFile(join(this.#dir, key), 'utf8');
			this.hits++;
			// Marked as used by this build, for pruneUnusedSince().
			const now = new Date();
			await utimes(join(this.#dir, key), now, now);
			return value;
		} catch {
			this.misses++;
			return undefined;
		}
	}

	async set(key: string, value: string): Promise<void> {
		this.#used.add(key);
		if (this.#dir === undefined) return;
		await mkdir(this.#dir, { recursive: true });
		// Written whole then renamed, so a build stopped half-way leaves no half-written entry.
		const partial = join(this.#dir, `${key}.${process.pid}.partial`);
		await writeFile(partial, value);
		await rename(partial, join(this.#dir, key));
	}

	/** The cached value, or `compute()`'s, stored for the next build. */
	async through(key: string, compute: () => string | Promise<string>): Promise<string> {
		const cached = await this.get(key);
		if (cached !== undefined) return cached;
		const value = await compute();
		await this.set(key, value);
		return value;
	}

	async prune(): Promise<void> {
		if (this.#dir === undefined) return;
		const dir = this.#dir;
		const names = await readdir(dir).catch(() => [] as string[]);
		await Promise.all(names.filter((name) => !this.#used.has(name)).map((name) => rm(join(dir, name), { force: true })));
	}
}

/**
 * Removes the entries of the cache in `dir` that no build has read or written since `since`
 * (ms since the epoch): for a cache filled where no single step sees every key, such as the
 * flows' layouts, computed as each page renders.
 */
export async function pruneUnusedSince(dir: string, since: number): Promise<void> {
	const names = await readdir(dir).catch(() => [] as string[]);
	await Promise.all(
		names.map(async (name) => {
			const { mtimeMs } = await stat(join(dir, name));
			if (mtimeMs < since) await rm(join(dir, name), { force: true });
		})
	);
}
