/**
 * A common chain, `content/chains/<slug>.yaml`, served at `/chain/<slug>/`: the layers a request
 * crosses in a setup many people run, outermost first. Only the choice of layers (and any value
 * that differs from the platform page's default, with its source) is written here; every timer,
 * error and finding on the page comes from the platform pages, through the chain analysis.
 */
import { z } from 'astro/zod';
import { isoDate, sentence, slug, sourceSchema, strictObject, httpsUrl } from './common-schema';

/** A value that differs from the platform page's default in this setup. */
const chainValueSchema = strictObject({
	/** The timer's id on the layer's platform page, or of a timer that page's next layer says this one holds. */
	timer: slug,
	/** Seconds; 0 turns the timer off. */
	value: z.number().nonnegative(),
	/** Why it differs here, in one sentence ("ingress-nginx's ConfigMap sets 5 seconds."). */
	why: sentence(10),
	/** Where the value is documented; must also be in `sources`. */
	source: httpsUrl,
});

/** One layer of the chain. */
const chainLayerSchema = strictObject({
	/** The platform page's slug (`content/platforms/<slug>.mdx`). */
	platform: slug,
	/** The name to show when it differs from the page's short name ("ingress-nginx" for nginx). */
	label: z.string().min(2).max(40).optional(),
	/** The variant of the platform, when its timers name more than one ("HTTP API"); the page's first otherwise. */
	variant: z.string().min(2).optional(),
	values: z.array(chainValueSchema).default([]),
});

export const chainSchema = strictObject({
	/** The page's heading, when the layers' names alone do not say it ("ingress-nginx → a pod"); they are joined with arrows otherwise. */
	title: z.string().min(3).max(80).optional(),
	/** One sentence: who runs this chain, and what the page answers. */
	summary: sentence(),
	/** The layers, outermost (the one visitors reach) first. */
	layers: z.array(chainLayerSchema).min(1).max(8),
	/** The duration of the slow request the page works through, in seconds. */
	slow: z.number().positive(),
	/** Wording people search for ("alb node 502"); indexed, not shown. */
	searchTerms: z.array(z.string().min(2)).default([]),
	/** Sources of the values above; the timers' own sources come from the platform pages. */
	sources: z.array(sourceSchema).default([]),
	/** The day the page was last reviewed. */
	reviewed: isoDate,
});

export type ChainFrontmatter = z.infer<typeof chainSchema>;
