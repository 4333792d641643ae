/**
 * The shape every code page shares. The build fails when a page leaves one out,
 * so readers can rely on finding the same things in the same places.
 *
 * N.B. THIS FILE IS THE ONE PLACE THE PAGE SHAPE IS DEFINED: the checks and the README read it.
 */

/** `##` headings every code page must have, in this order. */
export const requiredSections = [
	'What it means',
	'Causes and fixes',
	'Example response',
	'How it differs from similar codes',
] as const;

/**
 * How a code page is laid out as a hub (src/markdown/fold.ts): each section shows its first
 * paragraph and folds the rest into a closed `<details>` that opens in place (open without
 * JavaScript, in print, and when a link, a search or find-in-page lands inside it); each cause
 * shows its short entry and folds its full check and fix.
 */
export const CODE_PAGE_FOLD = {
	/** The section whose `###` subsections are the causes. */
	causes: requiredSections[1],
	/** Sections shown whole: short, and read at a glance. */
	whole: [requiredSections[2]] as readonly string[],
	/**
	 * The section whose table rows are the comparisons with other codes: the table stays in view,
	 * its `### 521 vs 522` side-by-side tables fold (their comparison page shows them whole).
	 */
	differs: requiredSections[3],
	/** The bold lead-ins of a cause's two short lines, right under its heading: `**Symptom.** …` then `**Quick check.** …`. */
	symptom: 'Symptom.',
	check: 'Quick check.',
	/** Longest a short line may be, in characters of text: about two lines on a phone. */
	lineMax: 170,
	/** The label of a cause's fold, and of a section's. */
	causeSummary: 'How to confirm and fix',
	sectionSummary: 'Read more',
} as const;

/** MDX components every page must open with: the first-screen answers. */
export const requiredComponents = ['ForVisitors', 'ForOwners'] as const;

/** Sections the code page's layout adds after the body, generated from the platform pages. */
export const CODE_PAGE_SECTIONS = {
	retry: { id: 'is-it-safe-to-retry', title: 'Is it safe to send it again?' },
	platforms: { id: 'platforms-that-send-it', title: (code: number) => `Platforms that send ${code}` },
	timers: { id: 'timers-that-end-in-it', title: (code: number) => `Timers that end in ${code}` },
	hostMessage: { id: 'message-to-your-host', title: (to: string) => `Write to ${to}` },
} as const;

/** The sections every content page ends with: what changed (when something did), then its sources. */
export const CHANGES_SECTION = { id: 'what-changed', title: 'What changed' } as const;
export const SOURCES_SECTION = { id: 'sources', title: 'Sources' } as const;

/** The contents entries of those closing sections, in order. */
export const closingTocEntries = (hasChanges: boolean) =>
	[...(hasChanges ? [CHANGES_SECTION] : []), SOURCES_SECTION].map((section) => ({ depth: 2, slug: section.id, text: section.title }));
