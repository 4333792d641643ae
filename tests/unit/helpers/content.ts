/** Content files read as their authors wrote them (for checks that must stay apart from them), and the diagnose samples. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The YAML frontmatter of a content file (the part between the first two `---` lines). */
export function frontmatter(path: string): Record<string, unknown> {
	return parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

export interface Sample {
	id: string;
	source: string;
	input: string;
	expect: { code: number; layer: string; error?: string };
}

export function diagnoseSamples(): Sample[] {
	return readdirSync('tests/fixtures/diagnose')
		.filter((n) => n.endsWith('.yaml'))
		.flatMap((n) => parse(readFileSync(`tests/fixtures/diagnose/${n}`, 'utf8')) as Sample[]);
}
