import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './content/code-schema';

/** Where the code pages live, relative to the project root. */
export const CODES_BASE = './content/codes';

/** One MDX page per status code: `content/codes/<code>.mdx`. */
const codes = defineCollection({
	loader: glob({ base: CODES_BASE, pattern: '**/[^_]*.mdx' }),
	schema: codeSchema,
});

export const collections = { codes };
