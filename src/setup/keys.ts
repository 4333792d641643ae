// N.B. CLIENT-SIDE: the storage key alone, so the page's boot script stays tiny.
/** Where the reader's setup is kept in localStorage. */
export const SETUP_KEY = 'setup';
/** Where the reader's chain of layers is kept (chain-store.ts). */
export const CHAIN_KEY = 'chain';
