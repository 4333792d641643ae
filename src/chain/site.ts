/**
 * The chains at build time: the layers' data, and each common chain (`content/chains/`) analysed
 * once, for its own page, the lists on the platform and code pages it involves, and search.
 */
import { getSite, type ChainEntry, type Site } from '../content/site';
import type { Source } from '../content/common-schema';
import { analyse, outcomeOf, type Analysis } from './analyse';
import { buildChainData } from './data';
import { explain, type Explained } from './explain';
import { formatChain, variantKey, type Chain, type ChainData } from './model';

/** A common chain, analysed. */
export interface CommonChain {
	entry: ChainEntry;
	/** `/chain/<slug>/` */
	href: string;
	chain: Chain;
	/** The chain's text, for the builder's address: `/chain/#<text>`. */
	text: string;
	title: string;
	analysis: Analysis;
	explained: Explained;
	/** The platform pages of its layers. */
	platforms: string[];
	/** The codes a visitor can get from it: the slow request's, and each keep-alive race's. */
	codes: number[];
	/** The sources of every timer and error the page names, from the platform pages, and the chain's own. */
	sources: Source[];
}

export const chainHref = (slug: string): string => `/chain/${slug}/`;

function common(site: Site, data: ChainData, entry: ChainEntry): CommonChain {
	const d = entry.data;
	const chain: Chain = {
		layers: d.layers.map((l) => ({
			slug: l.platform,
			...(l.variant ? { variant: variantKey(l.variant) } : {}),
			values: Object.fromEntries(l.values.map((v) => [v.timer, v.value])),
		})),
	};
	const labels = d.layers.map((l) => l.label);
	const analysis = analyse(chain, data, d.slow);
	const explained = explain(chain, data, analysis, labels);
	const codes = [
		...new Set(
			[analysis.slow.outcome, ...analysis.hops.map((h) => h.outcome), ...analysis.dead.map((d) => outcomeOf(chain, data, d.outer))].flatMap((o) => (o?.code ? [o.code] : []))
		),
	].sort();
	// Every timer at work, and the pages of the errors the findings name, with their sources.
	const timers = analysis.timers.flat();
	const pages = site.platforms.filter((p) => chain.layers.some((l) => l.slug === p.id));
	const urls = new Set([
		...timers.map((t) => site.platforms.find((p) => p.id === t.page)?.data.timers.find((x) => x.id === t.id)?.source),
		...pages.flatMap((p) => [p.data.replacesErrors?.source, p.data.retries?.source]),
	]);
	const sources = [
		...d.sources,
		...site.platforms.flatMap((p) => p.data.sources.filter((s) => urls.has(s.url))),
	].filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i);
	return {
		entry,
		href: chainHref(entry.id),
		chain,
		text: formatChain(chain),
		title: d.title ?? explained.title,
		analysis,
		explained,
		platforms: [...new Set(d.layers.map((l) => l.platform))],
		codes,
		sources,
	};
}

let loaded: Promise<{ data: ChainData; chains: CommonChain[] }> | undefined;

/** The layers' data and every common chain, analysed; computed once per build. */
export function getChains(): Promise<{ data: ChainData; chains: CommonChain[] }> {
	loaded ??= getSite().then((site) => {
		const data = buildChainData(site);
		return { data, chains: site.chains.map((entry) => common(site, data, entry)) };
	});
	return loaded;
}

/** The sections that list a platform's or a code's common chains (ChainsFor.astro). */
export const CHAINS_FOR = {
	platform: { id: 'chains-with-this-layer', title: (name: string) => `Common chains with ${name}` },
	code: { id: 'chains-that-end-in-it', title: (code: number) => `Common chains that can end in ${code}` },
} as const;

/** The common chains with a platform as a layer, or in which a visitor can get a code. */
export async function chainsFor(of: { platform: string } | { code: number }): Promise<CommonChain[]> {
	const { chains } = await getChains();
	return chains.filter((c) => ('platform' in of ? c.platforms.includes(of.platform) : c.codes.includes(of.code)));
}
