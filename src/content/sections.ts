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
