import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/diagnose';
import { contentDiagnoseData, diagnoseSamples } from './helpers/content';

const data = contentDiagnoseData();
const samples = diagnoseSamples();

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
		});
	}
});
