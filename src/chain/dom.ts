// N.B. CLIENT-SIDE.
/** The chain's words (explain.ts) as DOM: elements with text children only, never markup. */
import type { Line } from './explain';

export type Child = Node | string;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.append(...children);
	return el;
}

export const line = (l: Line): Child[] =>
	l.map((x) => (typeof x === 'string' ? x : x.href ? h('a', { href: x.href }, x.strong ? h('strong', {}, x.text) : x.text) : h(x.code ? 'code' : x.strong ? 'strong' : 'span', {}, x.text)));
