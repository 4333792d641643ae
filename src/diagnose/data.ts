// N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: types and a pure builder.
/**
 * What the diagnose tool knows, built at build time from the platform and code pages (the same
 * data the pages show), and embedded in /diagnose/ as JSON. Nothing is typed twice.
 */
import { platformHref } from '../lib/paths';

export interface DiagnoseString {
	text: string;
	where: string;
	pattern?: string | undefined;
}

export interface DiagnoseError {
	id: string;
	code: number;
	title: string;
	strings: DiagnoseString[];
	/** The wizard step that diagnoses this error, if a flow ends there. */
	wizard?: string | undefined;
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
	/** What kind of layer (cdn, reverse-proxy, app-server…). */
	kind: string;
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
}

/** The parts of the site the builder reads: `Site` (src/content/site.ts) is one. */
export interface DiagnoseSource {
	platforms: readonly {
		id: string;
		data: {
			name: string;
			shortName?: string | undefined;
			kind: string;
			errors: readonly { id: string; code: number; title: string; strings: readonly DiagnoseString[] }[];
			signatures: readonly DiagnoseSignature[];
			timers: readonly { id: string; name: string; default: number | null; produces: readonly { code: number; error?: string | undefined }[] }[];
		};
	}[];
	codes: readonly { data: { code: number; reason: string } }[];
	/** Troubleshooter addresses by code, and the troubleshooter step whose `cause` is each page section. */
	troubleshooterByCode: ReadonlyMap<number, string>;
	troubleshooterStepByCause: ReadonlyMap<string, string>;
}

export function buildDiagnoseData(site: DiagnoseSource): DiagnoseData {
	return {
		platforms: site.platforms.map((p) => ({
			slug: p.id,
			name: p.data.shortName ?? p.data.name,
			kind: p.data.kind,
			errors: p.data.errors.map((e) => {
				const wizard = site.troubleshooterStepByCause.get(platformHref(p.id, e.id));
				return {
					id: e.id,
					code: e.code,
					title: e.title,
					strings: e.strings.map((s) => ({ text: s.text, where: s.where, ...(s.pattern ? { pattern: s.pattern } : {}) })),
					...(wizard ? { wizard } : {}),
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
	};
}
