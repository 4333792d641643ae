import { SITE_PAGES, TIMEOUTS_PATH } from './site-pages';

/**
 * The page of every timer. Its title and summary are read when asked for, so a script that only
 * links to timers (timerHref) leaves the table of pages, and every page's search names, out.
 */
export const TIMEOUTS_PAGE = {
	path: TIMEOUTS_PATH,
	get title(): string {
		return SITE_PAGES.timeouts.title;
	},
	get summary(): string {
		return SITE_PAGES.timeouts.description;
	},
};

/** The anchor of a timer's row on /timeouts/: `cloudflare-tcp-connect`. */
export function timerAnchor(platform: string, timer: string): string {
	return `${platform}-${timer}`;
}

/** The link to a timer's row: `/timeouts/#cloudflare-tcp-connect`. */
export function timerHref(platform: string, timer: string): string {
	return `${TIMEOUTS_PATH}#${timerAnchor(platform, timer)}`;
}

/** "19 s", "2 min 30 s", "15 min": a duration as people say it. */
export function formatSeconds(seconds: number): string {
	if (seconds < 120 || seconds % 60 !== 0) return `${seconds.toLocaleString('en')} s`;
	const minutes = seconds / 60;
	return minutes < 120 || minutes % 60 !== 0 ? `${minutes.toLocaleString('en')} min` : `${(minutes / 60).toLocaleString('en')} h`;
}

