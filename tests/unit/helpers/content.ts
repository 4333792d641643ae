/** The site's content read straight from content/, for unit tests that need the real data. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildDiagnoseData, type DiagnoseData, type DiagnoseSource } from '../../../src/diagnose/data';

/** The YAML frontmatter of a content file (the part between the first two `---` lines). */
export function frontmatter(path: string): Record<string, unknown> {
	return parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

export function contentDiagnoseData(): DiagnoseData {
	const platforms = readdirSync('content/platforms')
		.filter((n) => n.endsWith('.mdx'))
		.map((n) => ({ id: n.replace(/\.mdx$/, ''), data: frontmatter(`content/platforms/${n}`) as DiagnoseSource['platforms'][number]['data'] }));
	const codes = readdirSync('content/codes')
		.filter((n) => n.endsWith('.mdx'))
		.map((n) => ({ data: frontmatter(`content/codes/${n}`) as { code: number; reason: string } }));
	return buildDiagnoseData({ platforms: platforms.map((p) => ({ ...p, data: { ...p.data, signatures: p.data.signatures ?? [], timers: p.data.timers ?? [] } })), codes, wizards: new Map(), stepsByCause: new Map() });
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
