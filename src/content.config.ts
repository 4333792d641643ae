import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chainSchema } from './content/chain-schema';
import { codeSchema } from './content/code-schema';
import { guideSchema } from './content/guide-schema';
import { platformSchema } from './content/platform-schema';
import { flowLoader } from './wizard/loader';

/** Where each collection lives, relative to the project root. */
export const CONTENT_BASE = {
	codes: './content/codes',
	platforms: './content/platforms',
	flows: './content/flows',
	guides: './content/guides',
	chains: './content/chains',
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

/** Pages about more than one code or platform ("Which 5xx is it?"): `content/guides/<slug>.mdx`. */
const guides = defineCollection({
	loader: glob({ base: CONTENT_BASE.guides, pattern: '**/[^_]*.mdx' }),
	schema: guideSchema,
});

/** Common chains of layers, each a page at `/chain/<slug>/`: `content/chains/<slug>.yaml`. */
const chains = defineCollection({
	loader: glob({ base: CONTENT_BASE.chains, pattern: '**/[^_]*.yaml' }),
	schema: chainSchema,
});

/** Troubleshooting flows: `content/flows/<code>.yaml`, checked and rendered by the flow loader. */
const flows = defineCollection({ loader: flowLoader({ base: CONTENT_BASE.flows }) });

export const collections = { codes, platforms, guides, flows, chains };
