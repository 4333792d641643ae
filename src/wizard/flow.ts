/**
 * The flow graph: validation and the questions the wizard asks of it (paths, distances).
 * Plain TypeScript, no Astro: the loader runs it at build time and the unit tests run it directly.
 */
import { flowPath } from '../lib/paths';
import { SOURCES_SECTION } from '../content/sections';

/** Where an answer leads, as the graph logic reads it. */
export interface GraphAnswer {
	label: string;
	/** A step id in this flow, or `<flow>/<step>` / `<flow>/` in another. */
	next?: string | undefined;
	/** A page section outside the wizard. */
	see?: string | undefined;
}

/** The minimal shape of a step the graph logic reads. */
export interface GraphStep {
	id: string;
	question?: string | undefined;
	outcome?: string | undefined;
	answers?: readonly GraphAnswer[] | undefined;
	fix?: string | undefined;
	verify?: string | undefined;
	escalate?: string | undefined;
	ask?: string | undefined;
	messages?: readonly unknown[] | undefined;
}

export interface GraphFlow {
	start: string;
	codePageAnswer?: { step: string; answer: number } | undefined;
	steps: readonly GraphStep[];
}

/** Ids the page itself uses; a step may not take them. */
const RESERVED_IDS = new Set(['main', 'wizard', 'flowchart', SOURCES_SECTION.id]);

export const isOutcome = (step: GraphStep): boolean => step.outcome !== undefined;

/** The steps with the start first, so a page without JavaScript opens on it. */
export const startFirst = <Step extends { id: string }>(flow: { start: string; steps: readonly Step[] }): Step[] =>
	[...flow.steps].sort((a, b) => Number(b.id === flow.start) - Number(a.id === flow.start));

/** The step an answer leads to inside this flow, or undefined when it leaves the flow. */
export const nextInFlow = (answer: GraphAnswer): string | undefined =>
	answer.next !== undefined && !answer.next.includes('/') ? answer.next : undefined;


/** Where an answer's link goes, from the page of its own flow. */
export function answerHref(answer: GraphAnswer): string {
	if (answer.see !== undefined) return answer.see;
	const next = answer.next ?? '';
	if (!next.includes('/')) return `#${next}`;
	const [flow = '', step = ''] = next.split('/');
	return `${flowPath(flow)}${step ? `#${step}` : ''}`;
}

/** Answers of a step that stay in the flow, with their position among all its answers. */
const inFlow = (step: GraphStep | undefined) =>
	(step?.answers ?? []).flatMap((answer, index) => {
		const next = nextInFlow(answer);
		return next === undefined ? [] : [{ next, index }];
	});

/**
 * Every problem with a flow, each message naming the file and the step. An empty list means the
 * flow is sound: ids unique, every answer leads somewhere, every step reachable from the start,
 * questions with two or more answers, outcomes with none, and no cycles or dead ends, so every
 * path ends at an outcome.
 */
export function validateFlow(file: string, flow: GraphFlow): string[] {
	const problems: string[] = [];
	const at = (id: string) => `${file}: step "${id}"`;
	const byId = new Map<string, GraphStep>();
	const byHeading = new Map<string, string>();

	for (const step of flow.steps) {
		if (byId.has(step.id)) problems.push(`${at(step.id)}: duplicate step id`);
		else byId.set(step.id, step);
		// Each step is a region named by its heading; two alike are two places a reader can't tell apart.
		const heading = (step.question ?? step.outcome)?.trim();
		const other = heading && byHeading.get(heading);
		if (other && other !== step.id) problems.push(`${at(step.id)}: asks the same as step "${other}" ("${heading}"); word it for its branch`);
		else if (heading) byHeading.set(heading, step.id);
		if (RESERVED_IDS.has(step.id)) problems.push(`${at(step.id)}: the id is reserved by the page`);

		if (step.question !== undefined && step.outcome !== undefined) {
			problems.push(`${at(step.id)}: has both "question" and "outcome"; a step is one or the other`);
		} else if (step.question === undefined && step.outcome === undefined) {
			problems.push(`${at(step.id)}: needs a "question" or an "outcome"`);
		} else if (isOutcome(step)) {
			if (step.answers?.length) problems.push(`${at(step.id)}: an outcome cannot have answers`);
			for (const field of ['fix', 'verify', 'escalate'] as const) {
				if (!step[field]?.trim()) problems.push(`${at(step.id)}: outcome needs "${field}"`);
			}
		} else {
			const count = step.answers?.length ?? 0;
			if (count < 2) problems.push(`${at(step.id)}: a question needs at least two answers, has ${count}`);
			for (const field of ['fix', 'verify', 'escalate', 'ask', 'messages'] as const) {
				if (step[field] !== undefined) problems.push(`${at(step.id)}: "${field}" belongs on outcomes, not questions`);
			}
		}
	}

	if (!byId.has(flow.start)) problems.push(`${file}: start: no step has the id "${flow.start}"`);
	if (flow.codePageAnswer) {
		const { step, answer } = flow.codePageAnswer;
		const next = byId.get(step)?.answers?.[answer];
		if (!next) problems.push(`${file}: codePageAnswer: step "${step}" has no answer ${answer} (answers count from 0)`);
		else if (nextInFlow(next) === undefined) problems.push(`${file}: codePageAnswer: answer ${answer} of "${step}" leaves the flow`);
	}
	for (const step of flow.steps) {
		for (const [i, answer] of (step.answers ?? []).entries()) {
			const where = `${at(step.id)}: answers[${i}] ("${answer.label}")`;
			if ((answer.next === undefined) === (answer.see === undefined)) {
				problems.push(`${where} needs either "next" (a step) or "see" (a page section), not ${answer.next === undefined ? 'neither' : 'both'}`);
				continue;
			}
			const next = nextInFlow(answer);
			if (next !== undefined && !byId.has(next)) problems.push(`${where} leads to unknown step "${next}"`);
		}
	}
	if (problems.length > 0) return problems;

	// Reachability from the start.
	const reached = new Set<string>([flow.start]);
	const queue = [flow.start];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		for (const { next } of inFlow(byId.get(id))) {
			if (!reached.has(next)) {
				reached.add(next);
				queue.push(next);
			}
		}
	}
	for (const step of flow.steps) {
		if (!reached.has(step.id)) problems.push(`${at(step.id)}: unreachable from the start step "${flow.start}"`);
	}

	// Cycles: depth-first search with colours; a grey node seen again closes a cycle. Flows must
	// not loop (every path must end); the message says whether the loop at least has a way out,
	// so the author knows whether a reader could be trapped in it.
	const reachesOutcome = new Map<string, boolean>();
	const leadsOut = (id: string, seen = new Set<string>()): boolean => {
		const known = reachesOutcome.get(id);
		if (known !== undefined) return known;
		if (seen.has(id)) return false;
		seen.add(id);
		const step = byId.get(id);
		const result =
			step !== undefined &&
			(isOutcome(step) || (step.answers ?? []).some((a) => nextInFlow(a) === undefined) || inFlow(step).some(({ next }) => leadsOut(next, seen)));
		seen.delete(id);
		return result;
	};
	const colour = new Map<string, 'grey' | 'black'>();
	const visit = (id: string, trail: string[]): void => {
		colour.set(id, 'grey');
		for (const { next } of inFlow(byId.get(id))) {
			if (colour.get(next) === 'grey') {
				const loopIds = [...trail.slice(trail.indexOf(next)), id];
				const loop = [...loopIds, next].join(' → ');
				const exit = loopIds.some((step) => leadsOut(step))
					? 'flows must not loop; point one answer at a later step'
					: 'no step in it leads to an outcome, so a reader is trapped';
				problems.push(`${at(id)}: answer leads back to "${next}", a cycle (${loop}): ${exit}`);
			} else if (!colour.has(next)) {
				visit(next, [...trail, id]);
			}
		}
		colour.set(id, 'black');
	};
	visit(flow.start, []);
	return problems;
}

/** One choice made on the way: at `step`, the reader chose answer number `answer`. */
export interface PathEntry {
	step: string;
	answer: number;
}

/**
 * The shortest way from the start to `target`, as the choices made: what the wizard shows as
 * "the path so far" when someone opens a step from a link.
 */
export function shortestPath(flow: GraphFlow, target: string): PathEntry[] {
	const via = new Map<string, PathEntry>();
	const seen = new Set([flow.start]);
	const byId = new Map(flow.steps.map((s) => [s.id, s]));
	const queue = [flow.start];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		if (id === target) break;
		for (const { next, index: answer } of inFlow(byId.get(id))) {
			if (!seen.has(next)) {
				seen.add(next);
				via.set(next, { step: id, answer });
				queue.push(next);
			}
		}
	}
	const path: PathEntry[] = [];
	for (let entry = via.get(target); entry; entry = via.get(entry.step)) path.unshift(entry);
	return path;
}

/** For every step, the most questions still to answer before an outcome (0 on an outcome). */
export function questionsLeft(flow: GraphFlow): Map<string, number> {
	const byId = new Map(flow.steps.map((s) => [s.id, s]));
	const memo = new Map<string, number>();
	const longest = (id: string): number => {
		const known = memo.get(id);
		if (known !== undefined) return known;
		const step = byId.get(id);
		const answers = step?.answers ?? [];
		// An answer that leaves the flow ends this flow's part of the path.
		const value = answers.length === 0 ? 0 : 1 + Math.max(...answers.map((a) => (nextInFlow(a) === undefined ? 0 : longest(nextInFlow(a)!))));
		memo.set(id, value);
		return value;
	};
	for (const step of flow.steps) longest(step.id);
	return memo;
}
