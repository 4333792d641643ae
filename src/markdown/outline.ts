/**
 * What the Markdown plugin (plugin.ts) records about a page as it reads the tree: its headings and
 * components in document order, its code blocks, and raw HTML in Markdown that is not MDX. The
 * rules module, the tables of contents and the link targets read this record, never the raw text,
 * so a `<ForVisitors>` or a `## heading` written inside a code sample counts for nothing.
 */
import type { ElementContent } from 'hast';
import type { PageData } from './page-data';

/** A heading of the page, with the id it has in the HTML. */
export interface OutlineHeading {
	type: 'heading';
	depth: number;
	slug: string;
	text: string;
}

/** An MDX component written in the body (`<PlatformError id="h12">`), with its `id` if it has one. */
export interface OutlineComponent {
	type: 'component';
	name: string;
	id?: string;
}

/** A cause on a code page (a `###` under "Causes and fixes"): its heading and its short entry. */
export interface OutlineCause {
	/** The heading's id: the cause's own address, which opens its full text. */
	slug: string;
	/** The heading's text: the cause. */
	text: string;
	/** The `**Symptom.**` line under the heading, without its label: text, and the nodes that render it. */
	symptom?: InlineContent;
	/** The `**Quick check.**` line: how to confirm it, in one line. */
	check?: InlineContent;
}

/** A line of inline Markdown, read from the tree: its plain text, and its hast nodes (links, `code`, bold kept). */
export interface InlineContent {
	text: string;
	nodes: ElementContent[];
}

/** A row of "How it differs from similar codes": the other code, and the one fact that tells this one apart from it. */
export interface OutlineDiffer {
	code: number;
	fact: InlineContent;
}

/**
 * A `### 521 vs 522` table under "How it differs": a row per aspect, a column per code. The
 * comparison page of the pair shows its rows.
 */
export interface OutlineComparisonTable {
	codes: [number, number];
	rows: { label: InlineContent; cells: [InlineContent, InlineContent] }[];
}

export interface Outline {
	/** Headings and components, in the order they appear. */
	items: (OutlineHeading | OutlineComponent)[];
	/** Code pages only: the causes, in order. */
	causes?: OutlineCause[];
	/** Code pages only: the rows of "How it differs from similar codes" that name a code with a page. */
	differs?: OutlineDiffer[];
	/** Code pages only: the side-by-side tables under "How it differs". */
	comparisonTables?: OutlineComparisonTable[];
	/** Fenced code blocks, each now a <copy-code> block (tabbed ones included): their languages (`sh`, `text`; a tab's stack left off) and code, as written. */
	fences: { lang: string; code: string }[];
	/** Raw HTML in plain Markdown (a flow step), which would be markup, not text. */
	rawHtml: string[];
	/** The page's sections and first commands as data (page-data.ts), for its JSON and preview card; MDX pages only. */
	data?: PageData;
}

/** Where the plugin leaves the record: Astro passes `frontmatter` on as `remarkPluginFrontmatter`. */
export const OUTLINE_KEY = 'outline';

export const emptyOutline = (): Outline => ({ items: [], fences: [], rawHtml: [] });

/** The record in what `render()` or `renderMarkdown()` returned, or an error naming the file if the plugin did not run. */
export function outlineOf(frontmatter: Record<string, unknown> | undefined, file: string): Outline {
	const outline = frontmatter?.[OUTLINE_KEY] as Outline | undefined;
	if (!outline || !Array.isArray(outline.items)) {
		throw new Error(`${file}: the page was rendered without the Markdown plugin (src/markdown/plugin.ts); check markdown.processor in astro.config.mjs`);
	}
	return outline;
}

export const headingsOf = (outline: Outline, depth?: number): OutlineHeading[] =>
	outline.items.filter((i): i is OutlineHeading => i.type === 'heading' && (depth === undefined || i.depth === depth));

/** The ids given to a component, in order (`<PlatformError id="…">`). */
export const componentIds = (outline: Outline, name: string): string[] =>
	outline.items.flatMap((i) => (i.type === 'component' && i.name === name ? [i.id ?? ''] : []));

export const hasComponent = (outline: Outline, name: string): boolean => outline.items.some((i) => i.type === 'component' && i.name === name);
