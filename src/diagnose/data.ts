// N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: types and a pure builder.
/**
 * What the diagnose tool knows, built at build time from the platform and code pages (the same
 * data the pages show), and embedded in /diagnose/ as JSON. Nothing is typed twice.
 */
import { platformHref } from '../lib/paths';
import { PROXY_ERROR_TYPES } from './proxy-error-types';

/** Where the build writes the data (src/pages/diagnose/data.json.ts); /diagnose/ loads it when a reader is about to use the tool. */
export const DIAGNOSE_DATA_PATH = '/diagnose/data.json';

export interface DiagnoseString {
	text: string;
	where: string;
	pattern?: string | undefined;
	/** One many layers print ("502 Bad Gateway"): it says little about who sent the response. */
	generic?: true;
}

export interface DiagnoseError {
	id: string;
	code: number;
	title: string;
	strings: DiagnoseString[];
	/** The wizard step that diagnoses this error, if a flow ends there. */
	wizard?: string | undefined;
	/** Every string of it is one many layers print ("502 Bad Gateway"): it says little about who sent it. */
	generic?: true;
	/** The client gets this code from the layer in front (PHP-FPM's 502s come from nginx). */
	answeredBy?: 'proxy';
}

export interface DiagnoseSignature {
	kind: 'header' | 'body' | 'log';
	header?: string | undefined;
	pattern: string;
	role: 'generated' | 'via';
	note: string;
	source: string;
}

export interface DiagnoseTimer {
	id: string;
	name: string;
	seconds: number;
	codes: number[];
	error?: string | undefined;
}

export interface DiagnosePlatform {
	slug: string;
	name: string;
	/** The names people write it by, lowercase ("nginx", "ingress-nginx", "elb"): a mention is a weak mark. */
	names: string[];
	/** What kind of layer (cdn, reverse-proxy, app-server…). */
	kind: string;
	/** Layers it is built on, whose own replies it may send unchanged (Google's load balancers run Envoy). */
	builtOn?: string[];
	errors: DiagnoseError[];
	signatures: DiagnoseSignature[];
	timers: DiagnoseTimer[];
}

export interface DiagnoseData {
	platforms: DiagnosePlatform[];
	/** Reason phrase of every code with a page. */
	codes: Record<string, string>;
	/** The troubleshooter of every code that has one. */
	wizards: Record<string, string>;
	/** The step a reader who knows the code enters each troubleshooter at. */
	wizardEntry: Record<string, string>;
	/** Codes only one layer sends (Cloudflare's 52x, the ALB's 561), and that layer. */
	owners: Record<string, string>;
	/** What each Proxy-Status error type (RFC 9209) means. */
	proxyErrors: Record<string, string>;
}

/** The parts of the site the builder reads: `Site` (src/content/site.ts) is one. */
export interface DiagnoseSource {
	platforms: readonly {
		id: string;
		data: {
			name: string;
			shortName?: string | undefined;
			aliases?: readonly string[];
			builtOn?: readonly string[];
			kind: string;
			errors: readonly { id: string; code: number; title: string; strings: readonly DiagnoseString[]; answeredBy?: 'proxy' | undefined }[];
			signatures: readonly DiagnoseSignature[];
			timers: readonly { id: string; name: string; default: number | null; produces: readonly { code: number; error?: string | undefined }[] }[];
		};
	}[];
	codes: readonly { data: { code: number; reason: string; vendor?: string | undefined } }[];
	/** Troubleshooter addresses by code, where a reader who knows the code enters each, and the troubleshooter step whose `cause` is each page section. */
	troubleshooterByCode: ReadonlyMap<number, string>;
	troubleshooterEntryByCode: ReadonlyMap<number, string>;
	troubleshooterStepByCause: ReadonlyMap<string, string>;
}

/** Words of a string with the numbers and punctuation taken out: "502 Bad Gateway!" → "bad gateway". */
export const words = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
/** Words that only frame a phrase: "Error 502 — Bad Gateway", "HTTP Error 503". */
const FRAMING = /(error|http|status|code|the|server)/g;

/**
 * The strings that say little about who sent a response: a reason phrase any server prints
 * ("502 Bad Gateway", "Gateway Time-out"), or a string several layers share.
 */
/** Each error string, by its words (`words()`), with the platforms whose pages list it. */
export function printersOf(site: DiagnoseSource): Map<string, Set<string>> {
	const byText = new Map<string, Set<string>>();
	for (const p of site.platforms) for (const e of p.data.errors) for (const s of e.strings) byText.set(words(s.text), (byText.get(words(s.text)) ?? new Set()).add(p.id));
	return byText;
}

export function genericStrings(site: DiagnoseSource): Set<string> {
	const phrases = new Set(site.codes.map((c) => words(c.data.reason).replace(FRAMING, ' ').replace(/\s+/g, ' ').trim()));
	for (const extra of ['gateway time out', 'service temporarily unavailable', 'temporarily unavailable', 'request timeout', 'timeout', 'bad request', 'server error']) phrases.add(extra);
	const generic = new Set<string>();
	for (const [text, platforms] of printersOf(site)) {
		const bare = text.replace(FRAMING, ' ').replace(/\s+/g, ' ').trim();
		if (platforms.size > 1 || phrases.has(bare) || bare.length < 4) generic.add(text);
	}
	return generic;
}

export function buildDiagnoseData(site: DiagnoseSource): DiagnoseData {
	const generic = genericStrings(site);
	const senders = new Map<number, Set<string>>();
	for (const p of site.platforms) for (const e of p.data.errors) senders.set(e.code, (senders.get(e.code) ?? new Set()).add(p.id));
	return {
		platforms: site.platforms.map((p) => ({
			slug: p.id,
			name: p.data.shortName ?? p.data.name,
			names: [...new Set([p.data.name, p.data.shortName ?? '', ...(p.data.aliases ?? [])].map((n) => n.toLowerCase()).filter((n) => n.length >= 3))],
			kind: p.data.kind,
			...(p.data.builtOn?.length ? { builtOn: [...p.data.builtOn] } : {}),
			errors: p.data.errors.map((e) => {
				const wizard = site.troubleshooterStepByCause.get(platformHref(p.id, e.id));
				const shown = e.strings.filter((s) => s.where !== 'metric');
				return {
					id: e.id,
					code: e.code,
					title: e.title,
					strings: e.strings.map((s) => ({ text: s.text, where: s.where, ...(s.pattern ? { pattern: s.pattern } : {}), ...(generic.has(words(s.text)) ? { generic: true as const } : {}) })),
					...(wizard ? { wizard } : {}),
					...(e.answeredBy ? { answeredBy: e.answeredBy } : {}),
					...(shown.length > 0 && shown.every((s) => generic.has(words(s.text))) ? { generic: true as const } : {}),
				};
			}),
			signatures: p.data.signatures.map((s) => ({ kind: s.kind, ...(s.header ? { header: s.header } : {}), pattern: s.pattern, role: s.role, note: s.note, source: s.source })),
			timers: p.data.timers.flatMap((t) =>
				t.default === null
					? []
					: [{ id: t.id, name: t.name, seconds: t.default, codes: [...new Set(t.produces.map((x) => x.code))], ...(t.produces[0]?.error ? { error: t.produces[0].error } : {}) }]
			),
		})),
		codes: Object.fromEntries(site.codes.map((c) => [String(c.data.code), c.data.reason])),
		wizards: Object.fromEntries([...site.troubleshooterByCode].map(([code, href]) => [String(code), href])),
		wizardEntry: Object.fromEntries([...site.troubleshooterEntryByCode].map(([code, step]) => [String(code), step])),
		proxyErrors: Object.fromEntries(Object.entries(PROXY_ERROR_TYPES).map(([type, { meaning }]) => [type, meaning])),
		owners: Object.fromEntries(
			site.codes.flatMap((c) => {
				const only = senders.get(c.data.code);
				return c.data.vendor && only?.size === 1 ? [[String(c.data.code), [...only][0]!]] : [];
			})
		),
	};
}
