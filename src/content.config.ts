import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './content/code-schema';
import { flowLoader } from './wizard/loader';

/** Where the code pages live, relative to the project root. */
export const CODES_BASE = './content/codes';

/** One MDX page per status code: `content/codes/<code>.mdx`. */
const codes = defineCollection({
	loader: glob({ base: CODES_BASE, pattern: '**/[^_]*.mdx' }),
	schema: codeSchema,
});

/** Troubleshooting flows: `content/flows/<code>.yaml`, checked and rendered by the flow loader. */
const flows = defineCollection({ loader: flowLoader({ base: './content/flows' }) });

export const collections = { codes, flows };
