// N.B. CLIENT-SIDE, part of the every-page script (src/layouts/every-page.ts); does nothing on a
// page without folds. What the folds are, and why they close: Folds.astro.

/** The element a fragment names; one that is not valid percent-encoding names none. */
function byHash(hash: string): Element | null {
	try {
		return document.getElementById(decodeURIComponent(hash.slice(1)));
	} catch {
		return null;
	}
}

/** Closes the page's folds, except the one the address points into, and keeps them in step with the address and printing. */
function initFolds(folds: readonly HTMLDetailsElement[]): void {
	/** Opens the folds that hold `target`, and the fold of the section or cause it heads; true if one opened. */
	const reveal = (target: Element | null): boolean => {
		const host = target?.closest('.fold-host');
		const heading = target?.closest('.heading-wrapper') ?? target;
		const closed = folds.filter((fold) => !fold.open && (fold.contains(target) || (heading?.parentElement === host && fold.parentElement === host)));
		for (const fold of closed) fold.open = true;
		return closed.length > 0;
	};
	try {
		for (const fold of folds) fold.open = false;
		const target = byHash(location.hash);
		// The browser could not scroll to a target in a fold it could not see yet.
		if (reveal(target)) target!.scrollIntoView();
	} finally {
		document.documentElement.classList.add('folded');
	}
	// A link on the page (the contents, "see below"): the browser scrolled to the heading, or could not reach a target in a fold.
	addEventListener('hashchange', () => {
		const target = byHash(location.hash);
		if (reveal(target)) target!.scrollIntoView();
	});
	const printed: HTMLDetailsElement[] = [];
	addEventListener('beforeprint', () => printed.push(...folds.filter((fold) => !fold.open && (fold.open = true))));
	addEventListener('afterprint', () => printed.splice(0).forEach((fold) => (fold.open = false)));
}

const folds = [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold]')];
if (folds.length > 0) initFolds(folds);
