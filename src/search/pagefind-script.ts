/** Pagefind's script, built into dist/pagefind/ after Astro's build: imported by the search dialog at run time, and preloaded on intent. */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/**
 * Pagefind's WebAssembly for the pages' language: pagefind-entry.json names it after their `lang` ("en"), and
 * Pagefind asks for it only once that file has come back; preloaded on intent, beside it.
 */
export const PAGEFIND_WASM = '/pagefind/wasm.en.pagefind';
