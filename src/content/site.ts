/**
 * The whole site's content, loaded and checked once per build. Every page reads its data from
 * here, so a rule broken anywhere stops the build whichever page renders first, and derived
 * views (a code's platform errors, every timer) are computed once, from one source.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { CONTENT_BASE } from '../content.config';
import { checkSite, formatProblem } from './rules';
import { COMPARED_PAIRS } from './comparisons';
import type { PlatformError, PlatformTimer } from './platform-schema';
import { codeHref, flowPath, platformHref } from '../lib/paths';
import { headingsOf, outlineOf, type Outline } from '../markdown/outline';

export type CodeEntry = CollectionEntry<'codes'>;
export type PlatformEntry = CollectionEntry<'platforms'>;
export type FlowEntry = CollectionEntry<'flows'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type ChainEntry = CollectionEntry<'chains'>;

/** A platform error with the platform it belongs to. */
export interface PlatformErrorRef {
	platform: PlatformEntry;
	error: PlatformError;
	/** `/platforms/<slug>/#<error id>` */
	href: string;
}

/** A timer with the platform it belongs to. */
export interface TimerRef {
	platform: PlatformEntry;
	timer: PlatformTimer;
}

export interface Site {
	/** Code pages, by code. */
	codes: CodeEntry[];
	/** Platform pages, by name. */
	platforms: PlatformEntry[];
	flows: FlowEntry[];
	guides: GuideEntry[];
	/** Common chains of layers, by file name. */
	chains: ChainEntry[];
	codeByNumber: ReadonlyMap<number, CodeEntry>;
	/** For each code, every platform error that returns it. */
	platformErrorsByCode: ReadonlyMap<number, PlatformErrorRef[]>;
	/** Every timer of every platform, shortest default first (those with no default last). */
	timers: TimerRef[];
	/** For each code, the timers that end a request with it, in the order of `timers`. */
	timersByCode: ReadonlyMap<number, TimerRef[]>;
	/** Codes with a troubleshooter, and its path. */
	troubleshooterByCode: ReadonlyMap<number, string>;
	/**
	 * Where a reader who already knows the code enters its troubleshooter: the question after the
	 * one the code answers (the flow's `codePageAnswer`), for the code page and /diagnose/.
	 */
	troubleshooterEntryByCode: ReadonlyMap<number, string>;
	/**
	 * The troubleshooter step that ends at each page section a flow names as its cause
	 * (`/platforms/heroku/#h12` → `/503/troubleshoot/#h12-timeout`).
	 */
	troubleshooterStepByCause: ReadonlyMap<string, string>;
}

let loaded: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const [codes, platforms, guides, flows, chains] = await Promise.all([
		getCollection('codes'),
		getCollection('platforms'),
		getCollection('guides'),
		getCollection('flows'),
		getCollection('chains'),
	]);
	// Rendering compiles each page once (Astro caches it for the page routes); the Markdown plugin
	// records what the rules read.
	const outlined = <E extends CodeEntry | PlatformEntry | GuideEntry>(entries: E[]) =>
		Promise.all(entries.map(async (entry) => ({ entry, outline: (await renderEntry(entry)).outline })));
	const [codeOutlines, platformOutlines, guideOutlines] = await Promise.all([outlined(codes), outlined(platforms), outlined(guides)]);
	const slugs = (outline: Outline) => headingsOf(outline).map((h) => h.slug);
	const anchors = new Map<string, Set<string>>([
		...codeOutlines.map(({ entry, outline }) => [codeHref(entry.data.code), new Set(slugs(outline))] as const),
		...platformOutlines.map(({ entry, outline }) => [platformHref(entry.id), new Set([...entry.data.errors.map((e) => e.id), ...slugs(outline)])] as const),
	]);
	const problems = checkSite({
		codesBase: CONTENT_BASE.codes,
		codes: codeOutlines.map(({ entry, outline }) => ({ filePath: entry.filePath ?? entry.id, body: entry.body ?? '', outline, data: entry.data })),
		anchors,
		platforms: platformOutlines.map(({ entry, outline }) => ({ filePath: entry.filePath ?? entry.id, id: entry.id, body: entry.body ?? '', outline, data: entry.data })),
		guides: guideOutlines.map(({ entry, outline }) => ({ filePath: entry.filePath ?? entry.id, body: entry.body ?? '', outline, data: entry.data })),
		flows: flows.map((e) => ({ filePath: e.filePath ?? e.id, id: e.id, data: e.data })),
		comparisons: COMPARED_PAIRS,
		chains: chains.map((e) => ({ filePath: e.filePath ?? e.id, data: e.data })),
	});
	if (problems.length > 0) {
		throw new AstroError(
			`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
			problems.map((p) => `${p.file} (${p.field}): ${p.fix}`).join('\n')
		);
	}

	codes.sort((a, b) => a.data.code - b.data.code);
	chains.sort((a, b) => a.id.localeCompare(b.id));
	platforms.sort((a, b) => a.data.name.localeCompare(b.data.name));
	const platformErrorsByCode = new Map<number, PlatformErrorRef[]>();
	for (const platform of platforms) {
		for (const error of platform.data.errors) {
			const list = platformErrorsByCode.get(error.code) ?? [];
			list.push({ platform, error, href: platformHref(platform.id, error.id) });
			platformErrorsByCode.set(error.code, list);
		}
	}
	const timers = platforms
		.flatMap((platform) => platform.data.timers.map((timer) => ({ platform, timer })))
		.sort((a, b) => (a.timer.default ?? Infinity) - (b.timer.default ?? Infinity) || a.platform.data.name.localeCompare(b.platform.data.name));
	const timersByCode = new Map<number, TimerRef[]>();
	for (const ref of timers) {
		for (const code of new Set(ref.timer.produces.map((p) => p.code))) timersByCode.set(code, [...(timersByCode.get(code) ?? []), ref]);
	}
	const troubleshooterByCode = new Map(flows.flatMap((f) => (f.data.code === undefined ? [] : [[f.data.code, flowPath(f.id)] as const])));
	const troubleshooterEntryByCode = new Map<number, string>();
	for (const flow of flows) {
		const given = flow.data.codePageAnswer;
		const next = given && flow.data.steps.find((s: { id: string }) => s.id === given.step)?.answers[given.answer]?.next;
		if (flow.data.code !== undefined && next) troubleshooterEntryByCode.set(flow.data.code, next);
	}
	const troubleshooterStepByCause = new Map<string, string>();
	for (const flow of flows) {
		for (const step of flow.data.steps) {
			if (step.cause?.startsWith('/') && !troubleshooterStepByCause.has(step.cause)) troubleshooterStepByCause.set(step.cause, `${flowPath(flow.id)}#${step.id}`);
		}
	}
	return {
		codes,
		platforms,
		flows,
		guides,
		chains,
		codeByNumber: new Map(codes.map((c) => [c.data.code, c])),
		platformErrorsByCode,
		timers,
		timersByCode,
		troubleshooterByCode,
		troubleshooterEntryByCode,
		troubleshooterStepByCause,
	};
}

/**
 * A page's content, rendered, and the outline the Markdown plugin recorded as it read the page:
 * its headings and components in order (for the contents and the rules) and its code blocks.
 */
export async function renderEntry(entry: CodeEntry | PlatformEntry | GuideEntry): Promise<{ Content: Awaited<ReturnType<typeof render>>['Content']; outline: Outline }> {
	const { Content, remarkPluginFrontmatter } = await render(entry);
	return { Content, outline: outlineOf(remarkPluginFrontmatter, entry.filePath ?? entry.id) };
}

/** Vendor names compared loosely: "Cloudflare, Inc." is "Cloudflare". */
const vendorKey = (name: string) => name.toLowerCase().replace(/[,.]?\s*(inc|llc|ltd|gmbh|corporation|corp)\.?$/, '').trim();

/**
 * Whether a code belongs to the platform's own vendor (Cloudflare's 521 on the Cloudflare page):
 * such a code has its own page, which explains it in full.
 */
export function isVendorsOwnCode(site: Site, platform: PlatformEntry, code: number): boolean {
	const vendor = site.codeByNumber.get(code)?.data.vendor;
	return vendor !== undefined && vendorKey(vendor) === vendorKey(platform.data.vendor);
}

/** A platform's timer or error from a `<platform>/<id>` reference the rules have already checked. */
export function platformTimer(site: Site, ref: string): TimerRef {
	const [slug, id] = ref.split('/');
	const found = site.timers.find((t) => t.platform.id === slug && t.timer.id === id);
	if (!found) throw new Error(`unchecked timer reference ${ref}`);
	return found;
}

export function platformError(site: Site, ref: string): PlatformErrorRef {
	const [slug, id] = ref.split('/');
	for (const list of site.platformErrorsByCode.values()) {
		const found = list.find((e) => e.platform.id === slug && e.error.id === id);
		if (found) return found;
	}
	throw new Error(`unchecked error reference ${ref}`);
}

/** The checked content of the whole site. The first call loads it; later calls share the result. */
export function getSite(): Promise<Site> {
	loaded ??= load();
	return loaded;
}
