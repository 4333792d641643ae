import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../src/wizard/loader';

const F = 'content/flows/521.yaml';
const valid = `code: 521
title: Find the cause
start: first
steps:
  - id: first
    question: Is it on?
    answers:
      - { label: "Yes", next: done }
      - { label: "No", next: off }
  - id: done
    outcome: Ask the host
    fix: Send them the Ray ID.
    verify: Reload the page.
    escalate: Open a ticket.
  - id: off
    outcome: It is off
    fix: Turn it on.
    verify: Reload the page.
    escalate: Ask the host.
`;

describe('parseFlowFile', () => {
	it('reads a valid flow', () => {
		const { flow, problems } = parseFlowFile(F, valid);
		expect(problems).toEqual([]);
		expect(flow?.steps.map((s) => s.id)).toEqual(['first', 'done', 'off']);
	});

	it('names the file for YAML that does not parse', () => {
		const { problems } = parseFlowFile(F, 'code: 521\nsteps: [\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/flows\/521\.yaml: not valid YAML: /);
	});

	it('names the step and the field for a wrong shape', () => {
		const { problems } = parseFlowFile(F, valid.replace('id: off', 'id: Off Step'));
		expect(problems).toEqual([
			`${F}: step "Off Step": steps[2].id: must be lowercase letters, digits and hyphens, starting with a letter`,
		]);
	});

	it('names a missing top-level field', () => {
		const { problems } = parseFlowFile(F, valid.replace('title: Find the cause\n', ''));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/flows\/521\.yaml: title: /);
	});

	it('passes graph problems through, naming the step', () => {
		const { flow, problems } = parseFlowFile(F, valid.replace('next: off', 'next: of'));
		expect(flow).toBeUndefined();
		expect(problems).toContain(`${F}: step "first": answers[1] ("No") leads to unknown step "of"`);
	});
});

describe('shared steps and links out of a flow', () => {
	const shared = { steps: [{ id: 'origin-direct', question: 'Does the origin answer?', short: 'Origin answers?', explain: 'Run curl.' }] };

	it('fill in the fields a step leaves out from the shared step it uses', () => {
		const text = valid.replace('  - id: first\n    question: Is it on?\n', '  - id: first\n    use: origin-direct\n');
		const { flow, problems } = parseFlowFile(F, text, shared);
		expect(problems).toEqual([]);
		expect(flow?.steps[0]).toMatchObject({ id: 'first', question: 'Does the origin answer?', explain: 'Run curl.' });
	});

	it('let a step override a shared field', () => {
		const text = valid.replace('  - id: first\n    question: Is it on?\n', '  - id: first\n    use: origin-direct\n    question: Does it answer you?\n');
		expect(parseFlowFile(F, text, shared).flow?.steps[0]?.question).toBe('Does it answer you?');
	});

	it('name a step that uses a shared step that does not exist', () => {
		const text = valid.replace('  - id: first\n    question: Is it on?\n', '  - id: first\n    use: origin-directt\n');
		expect(parseFlowFile(F, text, shared).problems).toEqual([`${F}: step "first": use: no shared step "origin-directt" in content/flows/_shared.yaml (it has: origin-direct)`]);
	});

	it('accept answers that lead to another flow or out to a page section', () => {
		const text = valid.replace('      - { label: "No", next: off }', '      - { label: "No", next: 522/ }\n      - { label: "Maybe", see: /platforms/heroku/#h12 }\n      - { label: "Off", next: off }');
		expect(parseFlowFile(F, text).problems).toEqual([]);
	});

	it('reject an answer with both next and see, or neither', () => {
		const both = valid.replace('{ label: "No", next: off }', '{ label: "No", next: off, see: /502/ }');
		expect(parseFlowFile(F, both).problems).toEqual([`${F}: step "first": answers[1] ("No") needs either "next" (a step) or "see" (a page section), not both`]);
		const neither = valid.replace('{ label: "No", next: off }', '{ label: "No" }');
		expect(parseFlowFile(F, neither).problems).toEqual([`${F}: step "first": answers[1] ("No") needs either "next" (a step) or "see" (a page section), not neither`]);
	});
});
