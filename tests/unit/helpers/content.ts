/** Content files read as their authors wrote them (for checks that must stay apart from them), and the diagnose samples. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The YAML frontmatter of a content file (the part between the first two `---` lines). */
export function frontmatter(path: string): Record<string, unknown> {
	return parse(readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

/** A real paste from a public source, and what sent it (tests/fixtures/diagnose/). */
export interface Sample {
	id: string;
	source: string;
	/** What kind of paste: headers, page, log, access-log, curl, har, json, mixed, prose, wrapped. */
	kind?: string;
	/** Why the expected layer is right, from the thread. */
	note?: string;
	input: string;
	expect: {
		/** The status the client got, where the paste can show it. */
		code?: number;
		/** The platform page of the layer that sent the response, or `unknown` when the paste alone cannot say. */
		layer: string;
		/** The error (on the sender's page, or the next layer's) that fits. */
		error?: string;
		/** The layer behind the sender to look at next. */
		next?: string;
	};
}

export function diagnoseSamples(dir = 'tests/fixtures/diagnose'): Sample[] {
	return readdirSync(dir)
		.filter((n) => n.endsWith('.yaml'))
		.flatMap((n) => parse(readFileSync(`${dir}/${n}`, 'utf8')) as Sample[]);
}
