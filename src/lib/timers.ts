import { SITE_PAGES } from './site-pages';

/** The page of every timer. */
export const TIMEOUTS_PAGE = { path: SITE_PAGES.timeouts.path, title: SITE_PAGES.timeouts.title, summary: SITE_PAGES.timeouts.description } as const;

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

