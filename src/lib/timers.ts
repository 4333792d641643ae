/** The page of every timer. */
export const TIMEOUTS_PAGE = {
	path: '/timeouts/',
	title: 'Timeouts that end in a 5xx',
	summary: 'Every timer and limit that ends a request with a 5xx, on every platform we cover, shortest first, with the code each produces.',
} as const;

/** The anchor of a timer's row on /timeouts/: `cloudflare-tcp-connect`. */
export function timerAnchor(platform: string, timer: string): string {
	return `${platform}-${timer}`;
}

/** The link to a timer's row: `/timeouts/#cloudflare-tcp-connect`. */
export function timerHref(platform: string, timer: string): string {
	return `${TIMEOUTS_PAGE.path}#${timerAnchor(platform, timer)}`;
}

/** "19 s", "2 min 30 s", "15 min": a duration as people say it. */
export function formatSeconds(seconds: number): string {
	if (seconds < 120 || seconds % 60 !== 0) return `${seconds.toLocaleString('en')} s`;
	const minutes = seconds / 60;
	return minutes < 120 || minutes % 60 !== 0 ? `${minutes.toLocaleString('en')} min` : `${(minutes / 60).toLocaleString('en')} h`;
}
