// N.B. CLIENT-SIDE: a tiny loader shipped with pages whose enhancements can wait.
/**
 * Runs `load` once the first element matching `selector` comes within a screen or so of the
 * viewport, so a reader who never scrolls to the page's code blocks never downloads their script.
 * Enhancing below the fold moves nothing the reader sees.
 */
export function whenNear(selector: string, load: () => Promise<unknown>): void {
	const elements = document.querySelectorAll(selector);
	if (elements.length === 0) return;
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			load().catch((error: unknown) => console.error(`Could not load the script for ${selector}:`, error));
		},
		{ rootMargin: '100% 0px' }
	);
	for (const element of elements) observer.observe(element);
}
