/**
 * The preview image a chat app or a social site shows for a link to a page (its `og:image`):
 * 1200 × 630, drawn at build time from what the page says about itself in its head (its title,
 * its description, up to two facts), with no browser. Satori lays the card out as SVG with the
 * text as outlines, resvg draws it, and sharp (libimagequant) stores it as a 16-colour PNG: flat
 * colours and text need no more, and it keeps each image near 15 KB, far under the 40 KB budget.
 *
 * Build-time only (Node): the integration that writes the images imports it, never a page.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { CHECK_FIRST_LABEL, type PageFact } from './meta';
import { CARD_HEIGHT_PX, CARD_WIDTH_PX } from './size';

/** The most bytes an image may have (the budget); the build fails past it. */
export const CARD_MAX_BYTES = 40 * 1024;

/** What a card shows. */
export interface Card {
	/** The page's title, large ("521 Web server is down"). */
	title: string;
	/** Shown under the facts when there is room (fewer than two facts). */
	description: string;
	/** Up to two facts ("Sent by", "Check first"); a "Check first" value is a command, set in monospace. */
	facts: readonly PageFact[];
	/** The page's address as readers would type it: `5xx.guide/521/`. */
	address: string;
}

// The site's light palette (src/styles/global.css).
const colours = { bg: '#fcfcfd', fg: '#1b1f24', soft: '#4b5563', code: '#f2f4f7', accent: '#0b5cad', brand: '#a4221b', white: '#ffffff' };

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));
/** Inter for text, JetBrains Mono for commands: both SIL Open Font License, Latin subsets (WOFF: Satori reads no WOFF2). */
const FONT_FILES = [
	'inter/files/inter-latin-400-normal.woff',
	'inter/files/inter-latin-700-normal.woff',
	'inter/files/inter-latin-ext-400-normal.woff',
	'jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff',
] as const;
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
const loadFonts = () =>
	(fonts ??= [
		{ name: 'Inter', data: font(FONT_FILES[0]), weight: 400, style: 'normal' },
		{ name: 'Inter', data: font(FONT_FILES[1]), weight: 700, style: 'normal' },
		{ name: 'Inter', data: font(FONT_FILES[2]), weight: 400, style: 'normal' },
		{ name: 'Mono', data: font(FONT_FILES[3]), weight: 400, style: 'normal' },
	]);

/** Characters the fonts lack, written with ones they have (a chain's arrows). */
const drawable = (text: string) => text.replace(/→/g, '›').replace(/\s+/g, ' ').trim();

/** At most `max` characters, cut at a word and marked with an ellipsis. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Satori's element shape (what JSX compiles to), without React. */
interface Node {
	type: string;
	props: { style: Record<string, string | number>; children?: string | Node | (string | Node)[] };
}
const el = (style: Node['props']['style'], ...children: (string | Node)[]): Node => ({ type: 'div', props: { style, children: children.length === 1 ? children[0]! : children } });

/** The card as Satori elements. */
export function cardTree(card: Card): Node {
	const title = drawable(card.title);
	const size = title.length <= 26 ? 76 : title.length <= 44 ? 64 : 54;
	const facts = card.facts.slice(0, 2);
	const body = [
		...facts.map((fact) => {
			const command = fact.label === CHECK_FIRST_LABEL;
			return el(
				{ display: 'flex', flexDirection: 'column', marginTop: 26 },
				el({ fontSize: 26, color: colours.soft }, fact.label),
				command
					? el(
							{ marginTop: 8, padding: '10px 16px', borderRadius: 8, background: colours.code, fontFamily: 'Mono', fontSize: 28, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
							drawable(fact.value)
						)
					: el({ marginTop: 4, fontSize: 36, lineHeight: 1.3 }, clip(drawable(fact.value), 90))
			);
		}),
		...(facts.length < 2 ? [el({ marginTop: 26, fontSize: 32, lineHeight: 1.4, color: colours.soft }, clip(drawable(card.description), facts.length ? 110 : 200))] : []),
	];
	// Satori lets children overflow a parent's right padding: the content gets a box of its own, with a width.
	const [border, top, side, bottom] = [14, 38, 72, 44];
	return el(
		{ width: '100%', height: '100%', display: 'flex', background: colours.bg, color: colours.fg, fontFamily: 'Inter', borderTop: `${border}px solid ${colours.brand}` },
		el(
			{ display: 'flex', flexDirection: 'column', width: CARD_WIDTH_PX - 2 * side, height: CARD_HEIGHT_PX - border - top - bottom, marginLeft: side, marginTop: top },
			el(
				{ display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: colours.soft },
				el({ padding: '2px 12px', marginRight: 14, borderRadius: 8, background: colours.brand, color: colours.white, fontFamily: 'Mono' }, '5xx'),
				'Field Guide'
			),
			el({ marginTop: 36, fontSize: size, fontWeight: 700, lineHeight: 1.12 }, clip(title, 90)),
			...body,
			el({ marginTop: 'auto', fontSize: 28, color: colours.accent }, card.address)
		)
	);
}

/** A palette of 16 colours holds the card's flat colours and the text's anti-aliasing; no dithering, which would only add noise to flat areas. */
const PNG_OPTIONS = { palette: true, colors: 16, dither: 0, effort: 1, compressionLevel: 9 } as const;

/** Draws cards as PNGs; `close` when done. */
export interface CardDrawer {
	draw(card: Card): Promise<Buffer>;
	close(): Promise<void>;
}

/**
 * Draws cards off the main thread: Satori lays each out on a worker thread
 * (card-layout-worker.mjs), then resvg draws it and sharp compresses it in libuv's pool. Cards
 * drawn side by side use both cores while the main thread goes on with the build's other steps.
 */
export function cardDrawer(): CardDrawer {
	const worker = new Worker(new URL('./card-layout-worker.mjs', import.meta.url), { workerData: { fonts: loadFonts(), width: CARD_WIDTH_PX, height: CARD_HEIGHT_PX } });
	const pending = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	const failAll = (error: Error) => {
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
	};
	worker.on('message', ({ id, svg, error }: { id: number; svg?: string; error?: string }) => {
		const waiting = pending.get(id);
		pending.delete(id);
		if (error !== undefined || svg === undefined) waiting?.reject(new Error(`Satori could not lay out a preview card: ${error}`));
		else waiting?.resolve(svg);
	});
	worker.on('error', failAll);
	worker.on('exit', (code) => failAll(new Error(`The preview cards' layout thread stopped (exit code ${code}).`)));
	const layOut = (card: Card) =>
		new Promise<string>((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			worker.postMessage({ id, tree: cardTree(card) });
		});
	return {
		async draw(card) {
			const image = await renderAsync(await layOut(card), { fitTo: { mode: 'original' } });
			return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
				.png(PNG_OPTIONS)
				.toBuffer();
		},
		close: async () => {
			await worker.terminate();
		},
	};
}

/**
 * What a card's image depends on, as a hash: the laid-out card (its text and every style, so a
 * change to the layout draws every card again), how it is stored, the fonts, and `salt` (the
 * versions of the packages that draw it).
 */
export function cardKey(card: Card, salt: string): string {
	return createHash('sha256')
		.update(JSON.stringify([cardTree(card), PNG_OPTIONS, FONT_FILES, salt]))
		.digest('hex')
		.slice(0, 32);
}

/** The packages that draw a card: their versions go into its cache key. */
export const CARD_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/inter', '@fontsource/jetbrains-mono'] as const;
