/** Pagefind's script, built into dist/pagefind/ after Astro's build: imported by the search dialog at run time, and preloaded on intent. */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

