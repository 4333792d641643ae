/**
 * The frontmatter of `content/guides/<slug>.mdx`: pages that are not about one code or one
 * platform ("Which 5xx is it?"). Their maps of a request's stages are data, so each timer is
 * taken from the platform page that documents it, never typed again.
 */
import { z } from 'astro/zod';
import { changeSchema, isoDate, sentence, slug, sourceSchema, statusCode, strictObject } from './common-schema';

/** `<platform slug>/<id>`: a timer or error on a platform page ("cloudflare/tcp-connect"). */
const platformRef = z.string().regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/, 'must be "<platform>/<id>", e.g. cloudflare/tcp-connect');

/** One way a stage can fail. Text fields are plain text; `backticks` mark code. */
const stageFailureSchema = strictObject({
	/** What fails, in one sentence. */
	what: z.string().min(5),
	/** The codes a reader gets; each must have a page. */
	codes: z.array(statusCode).min(1),
	/** A word on the codes ("with error 1016 (DNS) or 1033 (Tunnel) on the page"). */
	codeNote: z.string().optional(),
	/** The timer behind it, from a platform page. */
	timer: platformRef.optional(),
	/** What to say about timing when there is no timer, or what to add to it. */
	timerNote: z.string().optional(),
	/** The platform section that explains it. */
	error: platformRef.optional(),
});

/** One stage of a request, in order. */
const stageSchema = strictObject({
	/** The stage's name ("TCP connect"). */
	name: z.string().min(3),
	failures: z.array(stageFailureSchema).min(1),
});

/** A map of the stages a request passes through one kind of front end. */
export const stageMapSchema = strictObject({
	/** Anchor of the map's section, and what `<StageMap id>` names. */
	id: slug,
	stages: z.array(stageSchema).min(2),
});

/** A short table of named timers, shown where the body places `<TimerTable id="…" />`. */
export const timerTableSchema = strictObject({
	/** What `<TimerTable id>` names. */
	id: slug,
	/** What the table shows, for screen readers ("Timers that decide how a deploy drains"). */
	caption: z.string().min(10),
	/** The timers, as `<platform>/<timer id>`, in the order shown. */
	timers: z.array(platformRef).min(1),
});

export const guideSchema = strictObject({
	/** The page's heading and title. */
	title: z.string().min(3),
	/** One sentence under the heading, and the description in search results and link previews (cut at about 160 characters: say the essential first). */
	summary: sentence(),
	/** Maps of request stages, shown where the body places `<StageMap id="…" />`. */
	maps: z.array(stageMapSchema).default([]),
	/** Tables of timers from platform pages, shown where the body places `<TimerTable id="…" />`. */
	timerTables: z.array(timerTableSchema).default([]),
	/** Facts on this page that changed, newest first. */
	changes: z.array(changeSchema).default([]),
	/** Every document the page was checked against. */
	sources: z.array(sourceSchema).min(1),
	/** The day the whole page was last reviewed against its sources. */
	reviewed: isoDate,
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
export type StageMap = z.infer<typeof stageMapSchema>;
