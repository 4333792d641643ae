// N.B. CLIENT-SIDE CODE (search and diagnose import it): no DOM, no Node APIs.

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
