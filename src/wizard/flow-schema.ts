import { z } from 'astro/zod';
import { strictObject } from '../content/common-schema';

/**
 * The authoring format of a troubleshooting flow: `content/flows/<code>.yaml`.
 *
 * A flow is data, not MDX: a YAML file reads well in a diff (one step, one block), a zod schema
 * checks its shape, and the graph checks in `flow.ts` run as plain TypeScript, with unit tests,
 * before any page renders. Text fields are Markdown, rendered at build time.
 */

/** Step ids become URL fragments (`/521/troubleshoot/#firewall`) and element ids. */
const stepId = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter');

/** One choice on a question step. */
export const answerSchema = strictObject({
	/** What the reader clicks ("Yes, it answers at once"). */
	label: z.string().min(1),
	/** The id of the step this answer leads to. */
	next: stepId,
});

/**
 * One step. A step with `question` asks; a step with `outcome` ends the flow with a fix.
 * Which fields each kind needs is checked by `validateFlow`, so its messages can name the step.
 */
export const stepSchema = strictObject({
	/** Unique within the flow; also the step's address. */
	id: stepId,
	/** Question steps: what to find out, phrased as a question. */
	question: z.string().min(1).optional(),
	/** Outcome steps: the diagnosis, as a short statement ("A firewall refuses Cloudflare"). */
	outcome: z.string().min(1).optional(),
	/** A short name for the diagram (defaults to the question or outcome). */
	short: z.string().max(48).optional(),
	/** Markdown: how to find the answer (commands welcome), or, on outcomes, why this is the diagnosis. */
	explain: z.string().optional(),
	/** Question steps: two or more answers. */
	answers: z.array(answerSchema).optional(),
	/** Outcome steps, Markdown: the fix, with commands. */
	fix: z.string().optional(),
	/** Outcome steps, Markdown: the command or check that proves the fix worked. */
	verify: z.string().optional(),
	/** Outcome steps, Markdown: where to go if it did not help (what to send the host, say). */
	escalate: z.string().optional(),
	/** Outcome steps: the heading id on the code's page that explains this cause ("firewall-…"). */
	cause: z.string().optional(),
});

/** A whole flow file. */
export const flowFileSchema = strictObject({
	/** The status code whose page opens this flow; must have a page in content/codes. */
	code: z.number().int().min(500).max(599),
	/** The wizard's heading ("Find the cause of your 521"). */
	title: z.string().min(5),
	/** One or two sentences under the heading. */
	intro: z.string().optional(),
	/** The id of the first step. */
	start: stepId,
	/** Every step, in the order the no-JavaScript page lists them. */
	steps: z.array(stepSchema).min(2),
});

export type FlowFile = z.infer<typeof flowFileSchema>;
export type FlowStepSource = z.infer<typeof stepSchema>;

/** A step after the build has rendered its Markdown: what pages read from the `flows` collection. */
export const renderedStepSchema = z.object({
	id: z.string(),
	kind: z.enum(['question', 'outcome']),
	/** The question or the outcome, as plain text. */
	title: z.string(),
	/** The label on the diagram. */
	short: z.string(),
	explainHtml: z.string().optional(),
	answers: z.array(answerSchema),
	fixHtml: z.string().optional(),
	verifyHtml: z.string().optional(),
	escalateHtml: z.string().optional(),
	cause: z.string().optional(),
});

/** A flow as stored by the loader. */
export const renderedFlowSchema = z.object({
	code: z.number(),
	title: z.string(),
	introHtml: z.string().optional(),
	start: z.string(),
	steps: z.array(renderedStepSchema),
});

export type RenderedFlow = z.infer<typeof renderedFlowSchema>;
export type RenderedStep = z.infer<typeof renderedStepSchema>;
