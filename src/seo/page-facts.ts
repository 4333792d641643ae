/**
 * What each kind of page puts in its preview and its description for search results, from its
 * content: a code's sender and first check, a platform's codes and kind, a troubleshooter's
 * outcomes as HowTos. Computed here, once, from the data the pages already hold.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CodeEntry, PlatformEntry, Site } from '../content/site';
import { codeHref, platformHref } from '../lib/paths';
import { senderLabels } from '../content/code-schema';
import { requiredComponents } from '../content/sections';
import type { PageData } from '../markdown/page-data';
import { placeholders, type PlaceholderName } from '../setup/placeholders';
import type { RenderedFlow } from '../wizard/flow-schema';
import { CHECK_FIRST_LABEL, DESCRIPTION_MAX, type PageFact } from './meta';
import type { HowToInput } from './structured-data';


/** A command as a reader first sees it: its first line, the placeholders as their example values, a trailing aligned comment dropped. */
export function firstLine(code: string): string {
	const line = (code.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '').replace(/\s{2,}#.*$/, '').trim();
	return line.replace(/\{\{([a-z0-9-]+)\}\}/g, (whole, name: string) => (name in placeholders ? placeholders[name as PlaceholderName].example : whole));
}

/** A code page's preview facts: who sends it, and the owner's first check. */
export function codeFacts(entry: CodeEntry, data: PageData | undefined): PageFact[] {
	const { sentBy, vendor } = entry.data;
	const senders = sentBy.map((s) => senderLabels[s]).join(', ');
	const check = data?.firstCommands[requiredComponents[1]];
	return [{ label: 'Sent by', value: vendor ? `${senders} (${vendor})` : senders }, ...(check ? [{ label: CHECK_FIRST_LABEL, value: firstLine(check.code) }] : [])];
}

/** Codes as a reader scans them: `500, 502–504, 520–527`. */
export function codeRanges(codes: readonly number[]): string {
	const sorted = [...new Set(codes)].sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const code of sorted) {
		const last = runs.at(-1);
		if (last && code === last[1] + 1) last[1] = code;
		else runs.push([code, code]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}

/**
 * A platform page's description for search results: what the page holds, from its data. Its
 * summary (the page's opening sentence) says what the layer is, and is often longer than a
 * search result shows.
 */
export function platformDescription(entry: PlatformEntry): string {
	const { name, shortName, errors, timers } = entry.data;
	const who = shortName ?? name;
	const parts = [`${who}'s own 5xx errors (${codeRanges(errors.map((e) => e.code))}): the exact text of each, what it means, how to confirm and fix it`];
	const full = `${parts[0]}${timers.length ? `, and the timers behind them` : ''}.`;
	return full.length <= DESCRIPTION_MAX ? full : `${parts[0]}.`;
}

/** The newest of some days, for a page that shows many reviewed pages (a list, a table). */
export const newest = (dates: readonly Date[]): Date | undefined => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined);

/**
 * The day a troubleshooter was last checked, as far as the site knows: flows carry no review date
 * of their own, so it is the newest review of the pages its outcomes send readers to (its code's
 * page, the platform sections that explain a cause).
 */
export function flowReviewed(site: Pick<Site, 'codeByNumber' | 'platforms'>, flow: RenderedFlow): Date | undefined {
	const pages = new Set(flow.code !== undefined ? [codeHref(flow.code)] : []);
	for (const step of flow.steps) if (step.cause?.startsWith('/')) pages.add(step.cause.split('#')[0]!);
	const dates = [...site.codeByNumber.values()].filter((c) => pages.has(codeHref(c.data.code))).map((c) => c.data.reviewed);
	dates.push(...site.platforms.filter((p) => pages.has(platformHref(p.id))).map((p) => p.data.reviewed));
	return newest(dates);
}

/**
 * The first paragraph of rendered step HTML as text, at most `max` characters: what a HowTo step
 * says, without repeating the page's commands and tables in its head (the step's address has them).
 */
function firstParagraph(html: string, max = 200): string {
	// A part that is only a block of code or a table says what the block says.
	const lines = htmlText(html, false).split('\n');
	// A paragraph that ends in a colon ("Pick one:") goes on into what follows.
	let first = lines[0] ?? '';
	for (let i = 1; first.endsWith(':') && i < lines.length; i++) first = `${first} ${lines[i]}`;
	first ||= htmlText(html, true).split('\n').slice(0, 3).join(' ');
	if (first.length <= max) return first;
	const cut = first.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Text of rendered step HTML, a line a block, without the controls of its code blocks and tabs. */
function htmlText(html: string, blocks: boolean): string {
	const parts: string[] = [];
	const skip = (el: Element) => {
		const classes = el.properties['className'];
		const list = Array.isArray(classes) ? classes.map(String) : [];
		return el.tagName === 'button' || list.some((c) => ['code-block__bar', 'sr-only', 'tabs__label'].includes(c));
	};
	const walk = (node: ElementContent | RootContent) => {
		if (node.type === 'text') parts.push(node.value);
		else if (node.type === 'element') {
			if (skip(node)) return;
			if (!blocks && (node.tagName === 'pre' || node.tagName === 'table')) return;
			const block = /^(p|pre|li|h[1-6]|div|tr)$/.test(node.tagName);
			if (block) parts.push('\n');
			node.children.forEach(walk);
			if (block) parts.push('\n');
		}
	};
	fromHtml(html, { fragment: true }).children.forEach(walk);
	return parts
		.join('')
		.split('\n')
		.map((l) => l.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/** A troubleshooter's outcomes as HowTos: the fix, and the check that proves it (whom to tell if it does not is at the step's address). */
export function outcomeHowTos(flow: RenderedFlow, pageUrl: string): HowToInput[] {
	return flow.steps
		.filter((s) => s.kind === 'outcome')
		.map((s) => ({
			name: s.title,
			url: `${pageUrl}#${s.id}`,
			steps: [
				{ name: 'Fix it', html: s.fixHtml },
				{ name: 'Check that it worked', html: s.verifyHtml },
			]
				.flatMap(({ name, html }) => (html ? [{ name, text: firstParagraph(html) }] : [])),
		}))
		.filter((h) => h.steps.length > 0);
}
