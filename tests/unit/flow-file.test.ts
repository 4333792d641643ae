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
