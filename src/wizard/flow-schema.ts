import { z } from 'astro/zod';
import { strictObject } from '../content/common-schema';

/**
 * The authoring format of a troubleshooting flow: `content/flows/<code>.yaml` (served at
 * `/<code>/troubleshoot/`), and `content/flows/start.yaml`, the start for readers who don't know
 * their code (`/troubleshoot/`). Steps several flows share live once in `content/flows/_shared.yaml`.
 *
 * A flow is data, not MDX: a YAML file reads well in a diff (one step, one block), a zod schema
 * checks its shape, and the graph checks in `flow.ts` run as plain TypeScript, with unit tests,
 * before any page renders. Text fields are Markdown, rendered at build time.
 */

/** Step ids become URL fragments (`/521/troubleshoot/#firewall`) and element ids. */
const stepId = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens, starting with a letter');

/**
 * Where an answer leads: a step of this flow (`direct-test`), a step of another flow
 * (`522/direct-test`), or another flow's first step (`522/`).
 */
const nextStep = z
	.string()
	.regex(/^([a-z0-9][a-z0-9-]*\/)?([a-z][a-z0-9-]*)?$/, 'must be a step id, "<flow>/<step>" or "<flow>/"')
	.refine((s) => s.length > 0, 'must not be empty');

/** A page of this site, with an optional section: `/502/#keep-alive`, `/platforms/heroku/#h12`. */
const sitePath = z.string().regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'must be a path on this site such as /502/#section or /platforms/heroku/#h12');

/** One choice on a question step: it leads to a step (`next`), or out to a page section (`see`). */
export const answerSchema = strictObject({
	/** What the reader clicks ("Yes, it answers at once"). */
	label: z.string().min(1),
	/** The answer as the flowchart labels its arrow, when the label is long ("Refused at once"). */
	short: z.string().max(40).optional(),
	/** The step this answer leads to: `<step>`, `<flow>/<step>` or `<flow>/`. */
	next: nextStep.optional(),
	/** Instead of a step: the page section that covers this case (a platform's error, say). */
	see: sitePath.optional(),
	/**
	 * This answer is for readers who can't run the step's commands on the server (managed or
	 * shared hosting, no shell): it leads to what they can do instead, or to what to ask the host.
	 * Every step with a command that needs the server has one (tests/unit/no-shell.test.ts).
	 */
	noShell: z.literal(true).optional(),
});

/** What one program prints when this outcome is the cause, exactly as it prints it. */
export const messageSchema = strictObject({
	/** Who prints it, as a reader knows it ("curl", "Python requests", "Chrome"). */
	program: z.string().min(1).max(40),
	/** The message, word for word; a paste that holds it (or a run of four of its words) opens this step in search. */
	text: z.string().min(8),
});

/**
 * One step. A step with `question` asks; a step with `outcome` ends the flow with a fix.
 * Which fields each kind needs is checked by `validateFlow`, so its messages can name the step.
 */
export const stepSchema = strictObject({
	/** Unique within the flow; also the step's address. */
	id: stepId,
	/** Take every field this step leaves out from the shared step with this id (content/flows/_shared.yaml). */
	use: stepId.optional(),
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
	/**
	 * Outcome steps whose `escalate` has no message of its own: what the message to the host (the
	 * form the step shows) asks for, in one sentence ("Please send me the error-log lines for these requests.").
	 */
	ask: z.string().min(10).optional(),
	/** Outcome steps: where this cause is explained: a heading id on the flow's code page (`firewall`), or a site path (`/platforms/heroku/#h12`). */
	cause: z.string().optional(),
	/** Outcome steps: what programs print when this is the cause, shown on the step and found by search. */
	messages: z.array(messageSchema).min(1).optional(),
});

/** `content/flows/_shared.yaml`: steps several flows use, each written once. */
export const sharedStepsSchema = strictObject({
	/** Partial steps: a flow step with `use: <id>` takes the fields it does not set itself. */
	steps: z.array(stepSchema.omit({ use: true, answers: true })).min(1),
});

/** A whole flow file. */
export const flowFileSchema = strictObject({
	/** The status code whose page opens this flow (the file name); left out in start.yaml. */
	code: z.number().int().min(500).max(599).optional(),
	/** The wizard's heading ("Find the cause of your 521"). */
	title: z.string().min(5),
	/** One or two sentences under the heading. */
	intro: z.string().optional(),
	/** The id of the first step. */
	start: stepId,
	/**
	 * The answer a reader who comes from the code page has already given (the code page's "Find
	 * the cause" link opens the step after it, with a way back): the step and the answer's position.
	 */
	codePageAnswer: strictObject({ step: stepId, answer: z.number().int().nonnegative() }).optional(),
	/** Every step, in the order the no-JavaScript page lists them. */
	steps: z.array(stepSchema).min(2),
});

export type FlowFile = z.infer<typeof flowFileSchema>;
export type SharedSteps = z.infer<typeof sharedStepsSchema>;
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
	/** The escalation has its own message to send (a ```text block): the step then shows that one, not the generic form. */
	escalateHasMessage: z.boolean().default(false),
	ask: z.string().optional(),
	cause: z.string().optional(),
	/** What programs print when this is the cause (outcomes only). */
	messages: z.array(messageSchema).default([]),
	/** The shared step it is built on (`use`), if any. */
	uses: z.string().optional(),
});

/** A flow as stored by the loader. */
export const renderedFlowSchema = z.object({
	/** The file name: the code ("521"), or "start". */
	id: z.string(),
	code: z.number().optional(),
	title: z.string(),
	introHtml: z.string().optional(),
	start: z.string(),
	codePageAnswer: z.object({ step: z.string(), answer: z.number() }).optional(),
	steps: z.array(renderedStepSchema),
});

export type RenderedFlow = z.infer<typeof renderedFlowSchema>;
export type RenderedStep = z.infer<typeof renderedStepSchema>;
