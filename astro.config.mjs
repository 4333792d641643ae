// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { buildCacheIntegration } from './src/integrations/build-cache.ts';
import { code500PageIntegration } from './src/integrations/code-500-page.ts';
import { cspTrimIntegration } from './src/integrations/csp.ts';
import { everyPageChunkIntegration } from './src/integrations/every-page-chunk.ts';
import { linkCheckIntegration } from './src/integrations/link-check.ts';
import { markdownCopiesIntegration } from './src/integrations/markdown-copies.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteMarkdown } from './src/content/markdown.ts';
import { previewsIntegration } from './src/integrations/previews.ts';

const SITE = 'https://5xx.guide';
// Preview images and each page's review date, read back from the built pages' heads; the sitemap dates its entries with them.
const previews = previewsIntegration();
const search = pagefindIntegration();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: SITE,
	// `/521/`: short, permanent URLs, one folder per code, served by any static host. 'ignore', not
	// 'always': `astro preview` would answer `/code/521` with its own page instead of our 404.
	trailingSlash: 'ignore',
	// The whole stylesheet goes inline so the first screen renders from the first response alone.
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Astro 7's default ('jsx') drops the white space between inline elements written on separate
	// lines; prose-heavy templates read better with the v6 behaviour, and gzip makes up the bytes.
	compressHTML: true,
	markdown: {
		// Astro's own highlighters are off: Shiki colours with inline `style` attributes, which a
		// strict CSP forbids. Our plugin (src/markdown/plugin.ts) reads every page's tree once,
		// records its outline, and builds code blocks highlighted with classes; it runs on the MDX
		// pages and on the flows' Markdown alike.
		syntaxHighlight: false,
		processor: satteri({ hastPlugins: [siteMarkdown] }),
	},
	// Order matters: each runs after the build, in this order.
	integrations: [
		buildCacheIntegration(),
		mdx(),
		everyPageChunkIntegration(),
		code500PageIntegration(),
		cspTrimIntegration(),
		// The last step above changes the pages' HTML: Pagefind starts reading them here.
		search.startEarly,
		previews,
		sitemap({
			// The integration leaves out /404 and /500 as error pages; /500/ here is the page about code 500.
			customPages: [`${SITE}/500/`],
			filter: (url) => !previews.isNoindex(url),
			// Each page's <lastmod> is the day it was last reviewed against its sources, not the build's.
			serialize: (item) => {
				const lastmod = previews.lastmodOf(item.url);
				return lastmod ? { ...item, lastmod } : item;
			},
		}),
		markdownCopiesIntegration(),
		linkCheckIntegration(),
		search,
		// The preview images are drawn while the steps since `previews` run; this waits for them.
		previews.finish,
	],
	devToolbar: { enabled: false },
	vite: {
		// Module workers (/diagnose/ reads in one), split like the pages' scripts: a parser the
		// worker needs for some pastes only (Proxy-Status) stays out of its first download.
		worker: { format: 'es' },
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Every MDX page makes Rolldown warn that the "use astro:head-inject" directive "may not
					// be preserved when bundling": 26 boxed warnings per build that bury real ones. It is
					// harmless (withastro/astro#18087, open); silence exactly that and nothing else.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
					warn(warning);
				},
			},
		},
	},
	// A strict Content-Security-Policy in a <meta> on every page: Astro hashes the scripts and
	// styles it inlines, so neither directive needs 'unsafe-inline'. Pagefind's search runs in
	// WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
	// Directives a <meta> cannot carry (frame-ancestors) are in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
