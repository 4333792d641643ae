/** Helpers for build-time HTML strings, on a real parser. */
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const textOf = (node: ElementContent | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** The text of an HTML fragment, entities decoded, tags dropped. */
export function htmlToText(html: string): string {
	return fromHtml(html, { fragment: true }).children.map(textOf).join('');
}
