import type { AstroIntegration } from 'astro';
import { mkdir, rename, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Astro treats a page at `/500` as the site's server-error page and writes it to `500.html`
 * (core/build/common.js, STATUS_CODE_PAGES). Here `/500/` is the page about status code 500,
 * and must live at `500/index.html` like every other code. This must run before the link check.
 */
export function code500PageIntegration(): AstroIntegration {
	return {
		name: 'code-500-page',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const from = fileURLToPath(new URL('500.html', dir));
				if (!(await stat(from).catch(() => null))) return;
				await mkdir(fileURLToPath(new URL('500/', dir)), { recursive: true });
				await rename(from, fileURLToPath(new URL('500/index.html', dir)));
			},
		},
	};
}
