/**
 * The table of contents of a platform page, in page order: its Markdown headings and its error
 * sections (`<PlatformError id>`, whose headings the component renders, so Astro does not list
 * them). Plain TypeScript over the body, so it is unit-tested.
 */
import type { TocEntry } from '../components/toc/TableOfContents.astro';

export function platformToc(body: string, headings: readonly TocEntry[], errors: readonly { id: string; title: string }[]): TocEntry[] {
	const titles = new Map(errors.map((e) => [e.id, e.title]));
	const entries: TocEntry[] = [];
	let heading = 0;
	let fence = false;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fence = !fence;
		if (fence) continue;
		if (/^#{2,6}\s/.test(line)) {
			const next = headings[heading++];
			if (next) entries.push(next);
			continue;
		}
		for (const match of line.matchAll(/<PlatformError\s+id=["']([^"']+)["']/g)) {
			const id = match[1] ?? '';
			entries.push({ depth: 2, slug: id, text: titles.get(id) ?? id });
		}
	}
	return entries;
}
