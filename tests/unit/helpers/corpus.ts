/**
 * How the diagnose tool does on the corpus of real pastes (tests/fixtures/diagnose/, each with its
 * source): for each sample, whether the verdict names the layer that sent it, says it cannot tell,
 * or is wrong, and how sure it said it was. The unit test asserts the totals; `npm run bench`
 * prints the confusion matrix from reports/diagnose-corpus.json.
 */
import type { DiagnoseData } from '../../../src/diagnose/data';
import { diagnose, type Report } from '../../../src/diagnose/diagnose';
import type { Sample } from './content';

/**
 * `right`: named the layer (hedged or not); `cannot-tell`: said it could not, or that the marks
 * conflict; `hedged-wrong`: a guess it said was a guess; `confidently-wrong`: "sure" or "most
 * likely", and wrong. For a paste that cannot be told, saying so (or hedging) is right.
 */
export type Outcome = 'right' | 'cannot-tell' | 'hedged-wrong' | 'confidently-wrong';

export function judge(sample: Sample, report: Report): { outcome: Outcome; said: string; confidence: string } {
	if (report.kind !== 'response' && report.kind !== 'log') return { outcome: sample.expect.layer === 'unknown' ? 'right' : 'cannot-tell', said: report.kind, confidence: 'none' };
	const { confidence, sender } = report.verdict;
	const said = sender ?? confidence;
	const confident = confidence === 'sure' || confidence === 'likely';
	if (sample.expect.layer === 'unknown') return { outcome: confident ? 'confidently-wrong' : 'right', said, confidence };
	// A conflict that says which layer most marks point at, and says it is a guess, names it.
	if (sender === sample.expect.layer) return { outcome: 'right', said, confidence };
	if (!sender || confidence === 'none') return { outcome: 'cannot-tell', said, confidence };
	return { outcome: confident ? 'confidently-wrong' : 'hedged-wrong', said, confidence };
}

export interface CorpusScore {
	total: number;
	counts: Record<Outcome, number>;
	/** Expected layer → layer said → samples. */
	matrix: Record<string, Record<string, number>>;
	misses: { id: string; expected: string; said: string; confidence: string; outcome: Outcome }[];
}

export function scoreCorpus(samples: readonly Sample[], data: DiagnoseData): CorpusScore {
	const counts: Record<Outcome, number> = { right: 0, 'cannot-tell': 0, 'hedged-wrong': 0, 'confidently-wrong': 0 };
	const matrix: Record<string, Record<string, number>> = {};
	const misses: CorpusScore['misses'] = [];
	for (const sample of samples) {
		const { outcome, said, confidence } = judge(sample, diagnose(sample.input, data));
		counts[outcome]++;
		const row = (matrix[sample.expect.layer] ??= {});
		row[said] = (row[said] ?? 0) + 1;
		if (outcome !== 'right') misses.push({ id: sample.id, expected: sample.expect.layer, said, confidence, outcome });
	}
	return { total: samples.length, counts, matrix, misses };
}
