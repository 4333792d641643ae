import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './content/code-schema';
import { platformSchema } from './content/platform-schema';
import { flowLoader } from './wizard/loader';

/** Where each collection lives, relative to the project root. */
export const CONTENT_BASE = {
	codes: './content/codes',
	platforms: './content/platforms',
	flows: './content/flows',
} as const;

/** One MDX page per status code: `content/codes/<code>.mdx`. */
const codes = defineCollection({
	loader: glob({ base: CONTENT_BASE.codes, pattern: '**/[^_]*.mdx' }),
	schema: codeSchema,
});

/** One MDX page per layer that sends its own 5xx: `content/platforms/<slug>.mdx`. */
const platforms = defineCollection({
	loader: glob({ base: CONTENT_BASE.platforms, pattern: '**/[^_]*.mdx' }),
	schema: platformSchema,
});

/** Troubleshooting flows: `content/flows/<code>.yaml`, checked and rendered by the flow loader. */
const flows = defineCollection({ loader: flowLoader({ base: CONTENT_BASE.flows }) });

export const collections = { codes, platforms, flows };
