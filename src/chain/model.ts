// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: types and tiny functions only.
/**
 * A chain: the layers a request crosses, outermost (the one the visitor reaches) first, with the
 * reader's own value for any timer. The layers' facts come from the platform pages, reduced to
 * what the analysis reads (`ChainData`, built by data.ts); the chain itself is a short string
 * kept in the URL's fragment and in Your setup: `cloudflare,nginx:proxy-read-timeout=300,gunicorn`.
 */

/** What a timer counts; the keys of `timerMeasures` in the platform schema. */
export type Measure =
	| 'connect'
	| 'first-byte'
	| 'between-reads'
	| 'between-writes'
	| 'whole-request'
	| 'request-receive'
	| 'client-keepalive'
	| 'upstream-keepalive'
	| 'queue'
	| 'execution'
	| 'other';
export type Side = 'client' | 'upstream';

/** A timer as the analysis reads it (the platform page's timer, reduced). */
export interface LayerTimer {
	id: string;
	name: string;
	setting?: string;
	/** Seconds; null when it never runs out unless set. */
	default: number | null;
	measures: Measure;
	faces: Side;
	/** Further roles of the same setting. */
	also?: { measures: Measure; faces: Side }[];
	effect: 'responds' | 'closes' | 'truncates';
	produces: { code: number; error?: string }[];
	/** Nobody can change it (the page says "Nobody"). */
	fixed?: true;
	variant?: string;
	/** The layer in front that runs it (nginx's fastcgi_read_timeout on the PHP-FPM page). */
	heldBy?: string;
	meaning: string;
}

/** An error of a layer, reduced: what the chain says when a layer answers with it. */
export interface LayerError {
	id: string;
	code: number;
	title: string;
	/** The first log line of the error, as the platform writes it. */
	log?: string;
	/** The layer in front answers for it (`answeredBy: proxy`). */
	proxy?: true;
}

/** One platform page, as a layer of a chain. */
export interface LayerInfo {
	slug: string;
	/** Its short name ("ALB"). */
	name: string;
	kind: string;
	timers: LayerTimer[];
	errors: LayerError[];
	/** The error it answers when the layer behind it closes the connection with no response. */
	upstreamClose?: string;
	/** The codes whose bodies from behind it replaces with its own page, and how to keep yours. */
	replaces?: { codes: number[]; howToKeep: string };
	/** Whether it retries on its own, when not `never`. */
	retries?: { default: string; note: string };
}

export interface ChainData {
	layers: LayerInfo[];
	/** Reason phrases, by code. */
	codes: Record<string, string>;
}

/** One layer the reader picked, with their own values, in seconds (0: off), by timer id. */
export interface ChainLayer {
	slug: string;
	/** The variant's key (`variantKey`), when not the page's first. */
	variant?: string;
	values: Record<string, number>;
}

export interface Chain {
	layers: ChainLayer[];
}

/** The most layers a chain holds. */
export const MAX_LAYERS = 8;

/** "HTTP API" → "http-api": a variant as the chain's text writes it. */
export const variantKey = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The variants a layer's timers name, in page order; the first is the default. */
export function variantsOf(layer: LayerInfo): string[] {
	return [...new Set(layer.timers.flatMap((t) => (t.variant ? [t.variant] : [])))];
}

const SLUG = /^[a-z][a-z0-9-]*$/;
const NUMBER = /^\d{1,7}(\.\d{1,3})?$/;

/** The chain's text: `cloudflare,aws-api-gateway@http-api,nginx:proxy-read-timeout=300`. */
export function formatChain(chain: Chain): string {
	return chain.layers
		.map((l) => [l.slug + (l.variant ? `@${l.variant}` : ''), ...Object.entries(l.values).map(([id, v]) => `${id}=${v}`)].join(':'))
		.join(',');
}

/**
 * Reads a chain's text, keeping only what `data` knows: unknown layers, variants and timers,
 * and values that are not plain numbers, are dropped, never shown. Undefined for no layers.
 */
export function parseChain(text: string, data: ChainData): Chain | undefined {
	const layers: ChainLayer[] = [];
	for (const part of text.split(',').slice(0, MAX_LAYERS)) {
		const [head = '', ...pairs] = part.split(':');
		const [slug = '', variant] = head.split('@');
		const info = data.layers.find((l) => l.slug === slug);
		if (!SLUG.test(slug) || !info) continue;
		const layer: ChainLayer = { slug, values: {} };
		if (variant && variantsOf(info).some((v) => variantKey(v) === variant)) layer.variant = variant;
		// Its own timers, and those another page says it holds (nginx's fastcgi_read_timeout).
		const known = new Set([...info.timers, ...data.layers.flatMap((l) => l.timers.filter((t) => t.heldBy === slug))].map((t) => t.id));
		for (const pair of pairs) {
			const [id = '', value = ''] = pair.split('=');
			if (known.has(id) && NUMBER.test(value)) layer.values[id] = Number(value);
		}
		layers.push(layer);
	}
	return layers.length ? { layers } : undefined;
}

/** The shape of the builder's fragment, for the link check (`data-fragment-state` on /chain/). */
export const HASH_SHAPE = '^[a-z][a-z0-9@:=.,-]*(&t=\\d{1,7}(\\.\\d{1,3})?)?$';

/** The builder's address fragment for a chain and a request duration: `#cloudflare,nginx&t=45`. */
export const chainHash = (chain: Chain, seconds?: number): string => `#${formatChain(chain)}${seconds === undefined ? '' : `&t=${seconds}`}`;

/** Reads the builder's fragment (without the `#`): the chain's text and the duration. */
export function readHash(hash: string): { text: string; seconds?: number } {
	const [text = '', ...params] = hash.split('&');
	const t = params.find((p) => p.startsWith('t='))?.slice(2) ?? '';
	return { text, ...(NUMBER.test(t) ? { seconds: Number(t) } : {}) };
}

/** The chain's layer names, as the site writes them: "Cloudflare → nginx → Gunicorn". */
export function chainTitle(chain: Chain, data: ChainData, labels: readonly (string | undefined)[] = []): string {
	return chain.layers.map((l, i) => labels[i] ?? data.layers.find((d) => d.slug === l.slug)?.name ?? l.slug).join(' → ');
}
