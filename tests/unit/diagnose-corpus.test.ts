import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, nextSteps } from '../../src/diagnose/diagnose';
import { diagnoseSamples } from './helpers/content';
import { builtDiagnoseData } from './helpers/built';

// The data /diagnose/ ships with, read from the built page: what a reader's paste is matched against.
const data = builtDiagnoseData();
const samples = diagnoseSamples();
/** Codes with a built troubleshooter page. */
const troubleshooters = [...Array(100).keys()].map((n) => 500 + n).filter((code) => existsSync(`dist/${code}/troubleshoot/index.html`));

describe('the data /diagnose/ ships with', () => {
	it('links every code that has a troubleshooter to it', () => {
		expect(troubleshooters.length).toBeGreaterThan(10);
		expect(Object.keys(data.wizards).map(Number).sort()).toEqual(troubleshooters);
		for (const [code, href] of Object.entries(data.wizards)) expect(href).toBe(`/${code}/troubleshoot/`);
	});

	it('links platform errors to the troubleshooter step that diagnoses them', () => {
		const linked = data.platforms.flatMap((p) => p.errors.flatMap((e) => (e.wizard ? [`${p.slug}#${e.id} ${e.wizard}`] : [])));
		expect(linked).toContain('heroku#h10 /503/troubleshoot/#heroku-no-web');
		for (const line of linked) expect(line).toMatch(/ \/(\d{3}\/)?troubleshoot\/#[a-z0-9-]+$/);
	});
});

describe('the diagnose sample corpus (real responses and log lines, each with its source)', () => {
	it('has at least 40 samples, every one with a source', () => {
		expect(samples.length).toBeGreaterThanOrEqual(40);
		for (const s of samples) expect(s.source, s.id).toMatch(/^https:\/\//);
	});

	for (const sample of samples) {
		it(`${sample.id}: ${sample.expect.code} from ${sample.expect.layer}`, () => {
			const result = diagnose(sample.input, data);
			expect({ code: result.status?.code, layer: result.sender?.slug }).toEqual({ code: sample.expect.code, layer: sample.expect.layer });
			if (sample.expect.error) expect(result.sender?.errors.map((e) => e.id)).toContain(sample.expect.error);
			// One step onward: every verdict with a code that has a troubleshooter offers it.
			if (troubleshooters.includes(sample.expect.code)) expect(nextSteps(result, data).map((s) => s.kind)).toContain('troubleshooter');
		});
	}
});
