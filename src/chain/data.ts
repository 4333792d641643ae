/**
 * The platform pages reduced to what a chain reads (model.ts): each layer's timers, the errors
 * those timers and the layer's own answers name, and whose error pages it replaces. Built once
 * per build; /chain/ embeds it, and /chain/layers.json serves it to the notes on other pages.
 */
import type { Site } from '../content/site';
import type { ChainData, LayerError, LayerInfo, LayerTimer } from './model';

export function buildChainData(site: Site): ChainData {
	const layers = site.platforms.map((platform): LayerInfo => {
		const d = platform.data;
		const timers = d.timers.map(
			(t): LayerTimer => ({
				id: t.id,
				name: t.name,
				...(t.setting ? { setting: t.setting } : {}),
				default: t.default,
				measures: t.measures,
				faces: t.faces,
				...(t.alsoMeasures.length ? { also: t.alsoMeasures } : {}),
				effect: t.effect,
				produces: t.produces.map((p) => ({ code: p.code, ...(p.error ? { error: p.error } : {}) })),
				...(/^nobody\b/i.test(t.changeableBy) ? { fixed: true as const } : {}),
				...(t.variant ? { variant: t.variant } : {}),
				...(t.heldBy ? { heldBy: t.heldBy } : {}),
				meaning: t.meaning,
			})
		);
		// The errors a chain can name: those the timers produce, and the answer to a closed connection.
		const named = new Set([...d.timers.flatMap((t) => t.produces.flatMap((p) => (p.error ? [p.error] : []))), ...(d.onUpstreamClose ? [d.onUpstreamClose] : [])]);
		const errors = d.errors
			.filter((e) => named.has(e.id))
			.map((e): LayerError => {
				const log = e.strings.find((s) => s.where === 'log')?.text;
				return { id: e.id, code: e.code, title: e.title, ...(log ? { log } : {}), ...(e.answeredBy ? { proxy: true as const } : {}) };
			});
		return {
			slug: platform.id,
			name: d.shortName ?? d.name,
			kind: d.kind,
			timers,
			errors,
			...(d.onUpstreamClose ? { upstreamClose: d.onUpstreamClose } : {}),
			...(d.replacesErrors?.codes.length ? { replaces: { codes: d.replacesErrors.codes, howToKeep: d.replacesErrors.howToKeep } } : {}),
			...(d.retries && d.retries.default !== 'never' ? { retries: { default: d.retries.default, note: d.retries.note } } : {}),
		};
	});
	return { layers, codes: Object.fromEntries(site.codes.map((c) => [String(c.data.code), c.data.reason])) };
}
