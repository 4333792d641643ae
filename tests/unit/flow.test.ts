import { describe, expect, it } from 'vitest';
import { questionsLeft, shortestPath, validateFlow, type GraphFlow, type GraphStep } from '../../src/wizard/flow';

const F = 'content/flows/521.yaml';
const q = (id: string, ...next: string[]): GraphStep => ({
	id,
	question: `${id}?`,
	answers: next.map((n) => ({ label: `to ${n}`, next: n })),
});
const o = (id: string, extra: Partial<GraphStep> = {}): GraphStep => ({
	id,
	outcome: id,
	fix: 'Fix it.',
	verify: 'Check it.',
	escalate: 'Ask the host.',
	...extra,
});

/** start → (a | done-1); a → (done-1 | done-2) */
const sound: GraphFlow = { start: 'start', steps: [q('start', 'a', 'done-1'), q('a', 'done-1', 'done-2'), o('done-1'), o('done-2')] };

describe('validateFlow', () => {
	it('accepts a sound flow', () => {
		expect(validateFlow(F, sound)).toEqual([]);
	});

	it('names a duplicate step id', () => {
		const flow = { ...sound, steps: [...sound.steps, o('done-2')] };
		expect(validateFlow(F, flow)).toEqual([`${F}: step "done-2": duplicate step id`]);
	});

	it('names two steps with the same heading, which a reader could not tell apart', () => {
		const flow = { ...sound, steps: [q('start', 'a', 'done-1'), { ...q('a', 'done-1', 'done-2'), question: 'start?' }, o('done-1'), o('done-2')] };
		expect(validateFlow(F, flow)).toEqual([`${F}: step "a": asks the same as step "start" ("start?"); word it for its branch`]);
	});

	it('names an answer that points at an unknown step', () => {
		const flow = { ...sound, steps: [q('start', 'a', 'nowhere'), ...sound.steps.slice(1)] };
		expect(validateFlow(F, flow)).toEqual([`${F}: step "start": answers[1] ("to nowhere") leads to unknown step "nowhere"`]);
	});

	it('names an unknown start step', () => {
		expect(validateFlow(F, { ...sound, start: 'begin' })).toEqual([`${F}: start: no step has the id "begin"`]);
	});

	it('names a step unreachable from the start', () => {
		const flow = { ...sound, steps: [...sound.steps, o('orphan')] };
		expect(validateFlow(F, flow)).toEqual([`${F}: step "orphan": unreachable from the start step "start"`]);
	});

	it('names a question with fewer than two answers (a dead end)', () => {
		const flow = { ...sound, steps: [q('start', 'a', 'done-1'), q('a', 'done-1'), o('done-1'), o('done-2', {})] };
		expect(validateFlow(F, flow)).toContain(`${F}: step "a": a question needs at least two answers, has 1`);
	});

	it('names an outcome with answers', () => {
		const flow = { ...sound, steps: [...sound.steps.slice(0, 3), o('done-2', { answers: [{ label: 'x', next: 'start' }] })] };
		expect(validateFlow(F, flow)).toContain(`${F}: step "done-2": an outcome cannot have answers`);
	});

	it('names a question that lists the messages only an outcome has', () => {
		const flow = { ...sound, steps: [{ ...q('start', 'a', 'done-1'), messages: [{ program: 'curl', text: 'curl: (52) Empty reply from server' }] }, ...sound.steps.slice(1)] };
		expect(validateFlow(F, flow)).toEqual([`${F}: step "start": "messages" belongs on outcomes, not questions`]);
	});

	it('names an outcome without its fix, check and escalation', () => {
		const flow = { ...sound, steps: [...sound.steps.slice(0, 3), o('done-2', { fix: undefined, verify: ' ' })] };
		expect(validateFlow(F, flow)).toEqual([
			`${F}: step "done-2": outcome needs "fix"`,
			`${F}: step "done-2": outcome needs "verify"`,
		]);
	});

	it('names a cycle whose steps lead out, without calling it a trap', () => {
		const flow = { start: 'start', steps: [q('start', 'a', 'done-1'), q('a', 'b', 'done-1'), q('b', 'a', 'done-1'), o('done-1')] };
		expect(validateFlow(F, flow)).toEqual([
			`${F}: step "b": answer leads back to "a", a cycle (a → b → a): flows must not loop; point one answer at a later step`,
		]);
	});

	it('names a cycle with no way out as a trap', () => {
		const flow = { start: 'start', steps: [q('start', 'a', 'done-1'), q('a', 'b', 'b'), q('b', 'a', 'a'), o('done-1')] };
		expect(validateFlow(F, flow)).toContain(
			`${F}: step "b": answer leads back to "a", a cycle (a → b → a): no step in it leads to an outcome, so a reader is trapped`
		);
	});

	it('names a step that is neither a question nor an outcome, or both', () => {
		const flow = { ...sound, steps: [...sound.steps, { id: 'x' }, { id: 'y', question: '?', outcome: '!' }] };
		const problems = validateFlow(F, flow);
		expect(problems).toContain(`${F}: step "x": needs a "question" or an "outcome"`);
		expect(problems).toContain(`${F}: step "y": has both "question" and "outcome"; a step is one or the other`);
	});
});

describe('paths and distances', () => {
	it('finds the shortest path of choices to a step', () => {
		expect(shortestPath(sound, 'done-2')).toEqual([
			{ step: 'start', answer: 0 },
			{ step: 'a', answer: 1 },
		]);
		expect(shortestPath(sound, 'start')).toEqual([]);
	});

	it('counts the most questions left before an outcome', () => {
		const left = questionsLeft(sound);
		expect(left.get('start')).toBe(2);
		expect(left.get('a')).toBe(1);
		expect(left.get('done-1')).toBe(0);
	});
});
