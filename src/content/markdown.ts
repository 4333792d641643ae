/**
 * The site's Markdown pipeline: the one plugin (src/markdown/plugin.ts), told the code page's
 * shape (sections.ts) and which codes have a comparison page (comparisons.ts), so code pages
 * become hubs. astro.config.mjs and the unit tests use this same instance.
 */
import { fieldGuideMarkdown } from '../markdown/plugin';
import { CODE_PAGE_FOLD, requiredComponents } from './sections';
import { isCompared } from './comparisons';
import { comparisonPath } from '../lib/paths';

export const siteMarkdown = fieldGuideMarkdown({
	...CODE_PAGE_FOLD,
	firstScreen: requiredComponents,
	comparisonHref: (a, b) => (isCompared(a, b) ? comparisonPath(a, b) : undefined),
});
