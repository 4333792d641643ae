/**
 * Astro writes one Content-Security-Policy `<meta>` per page listing the hashes of every inline
 * script and style the build produced, most of them for other pages: on /521/, 32 hashes for 5
 * scripts and 1 stylesheet, about 1.1 KB gzip that cannot compress (hashes are random). Keeping
 * only the hashes of the page's own inline scripts and styles makes the policy stricter and the
 * page lighter; a hash the page does not use allowed nothing on it.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { textOf } from './html';

const POLICY = 'content-security-policy';
/** Script types the browser runs (and so checks against script-src); JSON-LD and the like it does not. */
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy, and the hashes of the inline scripts and styles it holds. */
function read(tree: Root): { policy: string | undefined; inline: Set<string> } {
	let policy: string | undefined;
	const inline = new Set<string>();
	visit(tree, 'element', (el: Element) => {
		const p = el.properties;
		if (el.tagName === 'meta' && String(p['httpEquiv'] ?? '').toLowerCase() === POLICY) policy = String(p['content'] ?? '');
		if (el.tagName === 'script' && p['src'] === undefined && RUNS.has(String(p['type'] ?? '').toLowerCase())) inline.add(hashOf(textOf(el)));
		if (el.tagName === 'style') inline.add(hashOf(textOf(el)));
	});
	return { policy, inline };
}

/** The policy with only the hashes in `keep`; every other source and directive as it was. */
export function trimPolicy(policy: string, keep: ReadonlySet<string>): string {
	return policy
		.split(';')
		.map((directive) =>
			directive
				.split(' ')
				.filter((source) => !source.startsWith("'sha256-") || keep.has(source))
				.join(' ')
		)
		.join(';');
}

/** What the trim reads of a page, as plain data (the build caches it by the page's HTML). */
export interface PagePolicy {
	/** The page's Content-Security-Policy, if it has one. */
	policy?: string;
	/** The hashes of its inline scripts and styles. */
	inline: string[];
}

/** The page's policy and the hashes of its inline scripts and styles. */
export function readPagePolicy(html: string): PagePolicy {
	const { policy, inline } = read(fromHtml(html));
	return policy === undefined ? { inline: [...inline] } : { policy, inline: [...inline] };
}

/** A built page with its policy trimmed to its own inline scripts and styles (unchanged without a policy). */
export function trimPagePolicy(html: string, { policy, inline }: PagePolicy = readPagePolicy(html)): string {
	if (!policy) return html;
	const trimmed = trimPolicy(policy, new Set(inline));
	// The attribute as Astro wrote it, escaped the way the HTML has it: only the policy's own text changes.
	const written = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	if (!html.includes(written)) throw new Error('the Content-Security-Policy is written in a form this step does not recognise');
	return html.replace(written, trimmed.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
}
