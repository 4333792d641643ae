/**
 * The site's content as JSON records (shapes in schema.ts): a code with the platform errors and
 * timers that return it, a platform with its errors, marks and timers. Every record is parsed with
 * its schema before it is written, so a file that breaks the published schema fails the build.
 */
import type { CodeEntry, PlatformEntry, Site } from '../content/site';
import type { Source } from '../content/common-schema';
import type { PlatformError, PlatformTimer } from '../content/platform-schema';
import { codeHref, platformHref } from '../lib/paths';
import { isoDay } from '../lib/format';
import { timerHref } from '../lib/timers';
import { changesForPage, type SiteChange } from './changes';
import { codeRecord, platformRecord, type ChangeRecord, type CodeRecord, type PlatformRecord } from './schema';
import { markdownPath } from './urls';
import { requiredComponents, requiredSections } from '../content/sections';
import { comparisonHref } from '../content/comparisons';
import type { PageData } from '../markdown/page-data';

/** What every record needs besides the content: where the site lives and what changed. */
export interface RecordContext {
	site: Site;
	/** The site's origin, `https://5xx.guide`. */
	origin: string;
	changes: readonly SiteChange[];
	/** Each code page's sections as data, as the Markdown plugin read them from its body. */
	pageData: ReadonlyMap<number, PageData | undefined>;
}

const absolute = (origin: string, path: string) => new URL(path, origin).href;

const sources = (list: readonly Source[]) => list.map((s) => ({ title: s.title, url: s.url, checked: isoDay(s.checked) }));

function changeRecords(ctx: RecordContext, page: { path: string; code?: number }): ChangeRecord[] {
	return changesForPage(ctx.changes, page).map(({ id, change, page: owner, codes }) => ({
		id,
		date: isoDay(change.date),
		recorded: isoDay(change.recorded),
		fact: change.fact,
		from: change.from,
		to: change.to,
		source: change.source,
		page: absolute(ctx.origin, owner.path),
		codes,
	}));
}

function errorRecord(ctx: RecordContext, platform: PlatformEntry, error: PlatformError) {
	return {
		platform: platform.id,
		platformName: platform.data.name,
		id: error.id,
		code: error.code,
		title: error.title,
		meaning: error.meaning,
		strings: error.strings.map((s) => ({ text: s.text, where: s.where, pattern: s.pattern ?? null })),
		timer: error.timer ?? null,
		reachedApp: error.reachedApp,
		url: absolute(ctx.origin, platformHref(platform.id, error.id)),
	};
}

function timerRecord(ctx: RecordContext, platform: PlatformEntry, timer: PlatformTimer) {
	return {
		platform: platform.id,
		platformName: platform.data.name,
		id: timer.id,
		name: timer.name,
		setting: timer.setting ?? null,
		defaultSeconds: timer.default,
		minSeconds: timer.range?.min ?? null,
		maxSeconds: timer.range?.max ?? null,
		changeableBy: timer.changeableBy,
		meaning: timer.meaning,
		produces: timer.produces.map((p) => ({ code: p.code, error: p.error ?? null })),
		source: timer.source,
		measures: timer.measures,
		faces: timer.faces,
		alsoMeasures: timer.alsoMeasures,
		effect: timer.effect,
		url: absolute(ctx.origin, timerHref(platform.id, timer.id)),
	};
}

/** Throws, naming the file, when a record does not match its published schema. */
function checked<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, value: unknown, file: string): T {
	const result = schema.safeParse(value);
	if (!result.success) throw new Error(`${file} would not match its JSON Schema: ${result.error.message}`);
	return result.data;
}

/** What a code's page body says as data: its owner's first check, its causes, what tells it from similar codes. */
function bodyFacts(ctx: RecordContext, entry: CodeEntry) {
	const d = entry.data;
	const path = codeHref(d.code);
	const data = ctx.pageData.get(d.code);
	const causes = data?.sections[requiredSections[1]]?.entries ?? [];
	const named = new Map((data?.sections[requiredSections[3]]?.codes ?? []).map((c) => [c.code, c.fact]));
	const others = [...new Set([...named.keys(), ...d.related])].filter((c) => c !== d.code && ctx.site.codeByNumber.has(c));
	return {
		firstCheck: data?.firstCommands[requiredComponents[1]] ?? null,
		causes: causes.map((c) => ({ title: c.title, url: absolute(ctx.origin, `${path}#${c.id}`), summary: c.summary, confirm: c.confirm, fix: c.fix })),
		comparisons: others.map((other) => ({
			code: other,
			reason: ctx.site.codeByNumber.get(other)!.data.reason,
			fact: named.get(other) ?? null,
			url: absolute(ctx.origin, comparisonHref(d.code, other)),
		})),
	};
}

export function codeToRecord(ctx: RecordContext, entry: CodeEntry): CodeRecord {
	const d = entry.data;
	const path = codeHref(d.code);
	const troubleshooter = ctx.site.troubleshooterByCode.get(d.code);
	const errors = ctx.site.platformErrorsByCode.get(d.code) ?? [];
	const platforms = [...new Map(errors.map((ref) => [ref.platform.id, ref.platform])).values()];
	return checked(codeRecord, {
		code: d.code,
		reason: d.reason,
		summary: d.summary,
		status: d.status,
		definedBy: { title: d.definedBy.title, section: d.definedBy.section ?? null, url: d.definedBy.url },
		vendor: d.vendor ?? null,
		audience: d.audience,
		sentBy: d.sentBy,
		related: d.related,
		...bodyFacts(ctx, entry),
		retry: { reachedApp: d.retry.reachedApp, advice: d.retry.advice, retryAfter: d.retry.retryAfter ?? null },
		platforms: platforms.map((p) => ({ slug: p.id, name: p.data.name, url: absolute(ctx.origin, platformHref(p.id)) })),
		platformErrors: errors.map((ref) => errorRecord(ctx, ref.platform, ref.error)),
		timers: (ctx.site.timersByCode.get(d.code) ?? []).map(({ platform, timer }) => timerRecord(ctx, platform, timer)),
		changes: changeRecords(ctx, { path, code: d.code }),
		url: absolute(ctx.origin, path),
		markdownUrl: absolute(ctx.origin, markdownPath(path)),
		troubleshooterUrl: troubleshooter ? absolute(ctx.origin, troubleshooter) : null,
		sources: sources(d.sources),
		reviewed: isoDay(d.reviewed),
	}, entry.filePath ?? path);
}

export function platformToRecord(ctx: RecordContext, entry: PlatformEntry): PlatformRecord {
	const d = entry.data;
	const path = platformHref(entry.id);
	return checked(platformRecord, {
		slug: entry.id,
		name: d.name,
		shortName: d.shortName ?? null,
		vendor: d.vendor,
		kind: d.kind,
		summary: d.summary,
		aliases: d.aliases,
		docs: d.docs,
		errors: d.errors.map((e) => errorRecord(ctx, entry, e)),
		signatures: d.signatures.map((s) => ({
			kind: s.kind,
			header: s.header ?? null,
			pattern: s.pattern,
			example: s.example,
			role: s.role,
			note: s.note,
			source: s.source,
		})),
		timers: d.timers.map((t) => timerRecord(ctx, entry, t)),
		...(d.onUpstreamClose !== undefined ? { onUpstreamClose: d.onUpstreamClose } : {}),
		retries: { default: d.retries.default, tries: d.retries.tries ?? null, note: d.retries.note, setting: d.retries.setting ?? null, source: d.retries.source },
		replacesErrors: { codes: d.replacesErrors.codes, note: d.replacesErrors.note, howToKeep: d.replacesErrors.howToKeep, source: d.replacesErrors.source },
		bodyLimits: d.bodyLimits.map((b) => ({
			name: b.name,
			setting: b.setting ?? null,
			defaultBytes: b.default,
			code: b.code,
			changeableBy: b.changeableBy,
			note: b.note ?? null,
			source: b.source,
		})),
		incidents: { statusPage: d.incidents.statusPage ?? null, howToTell: d.incidents.howToTell },
		changes: changeRecords(ctx, { path }),
		url: absolute(ctx.origin, path),
		markdownUrl: absolute(ctx.origin, markdownPath(path)),
		sources: sources(d.sources),
		reviewed: isoDay(d.reviewed),
	}, entry.filePath ?? path);
}
