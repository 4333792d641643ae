/**
 * The table of contents of a platform page, in page order: its Markdown headings and its error
 * sections (`<PlatformError id>`, whose headings the component renders from the frontmatter), as
 * the Markdown plugin recorded them from the page's tree.
 */
import type { TocEntry } from '../components/toc/TableOfContents.astro';
import type { Outline } from '../markdown/outline';

/** The sections the platform page's route adds after the body, from the frontmatter (PlatformFacts.astro). */
export const PLATFORM_SECTIONS = {
	facts: { id: 'retries-error-bodies-uploads', title: 'Retries, error bodies and uploads' },
	incidents: { id: 'is-it-them-or-me', title: 'Is it them or me?' },
} as const;

export function platformToc(outline: Outline, errors: readonly { id: string; title: string }[]): TocEntry[] {
	const titles = new Map(errors.map((e) => [e.id, e.title]));
	return outline.items.flatMap((item): TocEntry[] => {
		if (item.type === 'heading') return [{ depth: item.depth, slug: item.slug, text: item.text }];
		if (item.name === 'PlatformError' && item.id) return [{ depth: 2, slug: item.id, text: titles.get(item.id) ?? item.id }];
		return [];
	});
}
