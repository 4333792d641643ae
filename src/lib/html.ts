/** Build-time helpers for hast trees (HTML parsed by hast-util-from-html). */
import type { ElementContent, RootContent } from 'hast';

/** The text of a node: every text node below it, in order, as `textContent` gives it. */
export const textOf = (node: ElementContent | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
