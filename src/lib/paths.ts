// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no imports.
/**
 * The paths of the site's pages, in one place. Like the data URLs (`src/data/urls.ts`), they are
 * a promise to readers' bookmarks: add to them, never move them.
 */

/** A code's page: `/521/`. */
export const codeHref = (code: number): string => `/${code}/`;

/** The list of a code page's sources, each with the day it was checked: `/521/sources/`. */
export const codeSourcesHref = (code: number): string => `/${code}/sources/`;

/** A platform's page, or one of its sections: `/platforms/heroku/#h12`. */
export const platformHref = (slug: string, anchor?: string): string => `/platforms/${slug}/${anchor ? `#${anchor}` : ''}`;

/** A guide's page: `/which-5xx/`. */
export const guideHref = (id: string): string => `/${id}/`;

/** A flow's wizard: `/521/troubleshoot/`, or `/troubleshoot/` for the start. */
export const flowPath = (flowId: string): string => (flowId === 'start' ? '/troubleshoot/' : `/${flowId}/troubleshoot/`);

/** The id of a troubleshooter step's heading (`firewall-title`): where links to the step land, which the wizard reads as the step. */
export const stepHeadingId = (stepId: string): string => `${stepId}-title`;

/** A troubleshooter step, at its heading: `/521/troubleshoot/#firewall-title`. */
export const stepHref = (flowId: string, stepId: string): string => `${flowPath(flowId)}#${stepHeadingId(stepId)}`;

/** A page comparing two codes, lower first: `/504-vs-524/`. */
export const comparisonPath = (a: number, b: number): string => `/${Math.min(a, b)}-vs-${Math.max(a, b)}/`;
