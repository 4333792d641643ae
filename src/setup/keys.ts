// N.B. CLIENT-SIDE: the storage key alone, so the page's boot script stays tiny.
/** Where the reader's setup is kept in localStorage. */
export const SETUP_KEY = 'setup';
