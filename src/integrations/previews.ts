/**
 * After the build: a preview image for every page, drawn from what the page's head says (its
 * title, description and facts, written by PageMeta.astro), and each page's review date for the
 * sitemap. Pages are not listed anywhere: a new kind of page gets both by using the base layout.
 *
 * Drawing costs about 0.1 s of CPU an image, so images are kept in Astro's cache directory, by a
 * hash of what they show and of the versions of what draws them: a build draws only the cards
 * that changed, and drops cached images no page uses any more. The build fails if an image is over
 * its 40 KB budget or two pages name one image for different cards.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_MAX_BYTES, CARD_PACKAGES, cardDrawer, cardKey, type Card } from '../seo/card';
import { readHead } from '../seo/head';

export interface PreviewsIntegration extends AstroIntegration {
	/** The day the page at `url` was last reviewed (YYYY-MM-DD), once the build is done; for the sitemap. */
	lastmodOf(url: string): string | undefined;
	/** Whether the page at `url` asks not to be indexed; for the sitemap. */
	isNoindex(url: string): boolean;
	/**
	 * Listed after the steps that follow this one: the images are drawn while those steps run
	 * (Satori on a worker thread, resvg and sharp in libuv's pool, beside the main thread's
	 * Markdown copies and link check), and this waits for them, reports, and fails the build on an image over budget.
	 */
	finish: AstroIntegration;
}

export function previewsIntegration(): PreviewsIntegration {
	let cacheDir = '';
	let root = '';
	let origin = '';
	const lastmod = new Map<string, string>();
	const noindex = new Set<string>();
	let drawing: Promise<string> | undefined;
	return {
		name: 'previews',
		lastmodOf: (url) => lastmod.get(url),
		isNoindex: (url) => noindex.has(url),
		finish: {
			name: 'previews-done',
			hooks: {
				'astro:build:done': async ({ logger }) => {
					if (!drawing) return;
					const done = drawing;
					drawing = undefined;
					logger.info(await done);
				},
			},
		},
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!config.site) throw new Error('previews: set `site` in astro.config.mjs; previews are linked by absolute URL.');
				origin = new URL(config.site).origin;
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(new URL('previews/', config.cacheDir));
			},
			'astro:build:done': async ({ dir }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
				const cards = new Map<string, { card: Card; page: string }>();
				for (const file of pages) {
					const head = readHead(await readFile(join(out, file), 'utf8'));
					if (!head.url) continue;
					if (head.modified) lastmod.set(head.url, head.modified);
					if (head.noindex) noindex.add(head.url);
					if (!head.image?.startsWith(`${origin}/`) || !head.title) continue;
					const path = new URL(head.image).pathname;
					const card: Card = { title: head.title, description: head.description ?? '', facts: head.facts, address: `${new URL(head.url).host}${new URL(head.url).pathname}` };
					const other = cards.get(path);
					if (other && JSON.stringify(other.card) !== JSON.stringify(card)) throw new Error(`${other.page} and ${file} both use ${path} for different previews`);
					cards.set(path, { card, page: file });
				}

				drawing = draw(out, cards, started);
				// Any failure is thrown where `finish` awaits it; until then it is not unhandled.
				drawing.catch(() => {});
			},
		},
	};

	/** Draws (or copies from the cache) every card into `out`; what it did, as the line to log. */
	async function draw(out: string, cards: ReadonlyMap<string, { card: Card; page: string }>, started: number): Promise<string> {
		const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
		const salt = CARD_PACKAGES.map((name) => `${name}@${pkg.dependencies?.[name] ?? '?'}`).join(' ');
		await mkdir(cacheDir, { recursive: true });
		const cached = new Set(await readdir(cacheDir));
		const used = new Set<string>();
		let drawn = 0;
		let largest = 0;
		// Three at a time, so each stage always has a card: Satori lays one out on its thread while
		// resvg and sharp draw and compress earlier ones in libuv's pool.
		const queue = [...cards];
		const drawer = cardDrawer();
		const lane = async () => {
			for (let next = queue.shift(); next; next = queue.shift()) {
				const [path, { card, page }] = next;
				const name = `${cardKey(card, salt)}.png`;
				used.add(name);
				const target = join(out, path);
				await mkdir(dirname(target), { recursive: true });
				if (cached.has(name)) {
					await copyFile(join(cacheDir, name), target);
					continue;
				}
				const png = await drawer.draw(card);
				if (png.length > CARD_MAX_BYTES)
					throw new Error(`The preview image of ${page} is ${(png.length / 1024).toFixed(1)} KB, over the ${CARD_MAX_BYTES / 1024} KB budget: shorten its title or facts.`);
				largest = Math.max(largest, png.length);
				drawn++;
				await writeFile(join(cacheDir, name), png);
				await writeFile(target, png);
			}
		};
		try {
			await Promise.all([lane(), lane(), lane()]);
		} finally {
			await drawer.close();
		}
		await Promise.all([...cached].filter((n) => !used.has(n)).map((n) => rm(join(cacheDir, n), { force: true })));
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		return `Preview images for ${cards.size} pages: ${drawn} drawn${drawn ? ` (largest ${(largest / 1024).toFixed(1)} KB)` : ''}, ${cards.size - drawn} from the cache, in ${seconds} s, beside the steps after it.`;
	}
}
