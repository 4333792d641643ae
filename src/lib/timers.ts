import { SITE_PAGES } from './site-pages';
import type { TimerMeasure } from '../content/platform-schema';

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

/**
 * What a timer counts, in a few words, for the filter and the rows of /timeouts/ (the schema's
 * `timerMeasures` says it in full).
 */
export const timerKindLabels = {
	connect: 'Connecting',
	'first-byte': 'Waiting for the first byte',
	'between-reads': 'Idle while reading the response',
	'between-writes': 'Idle while sending the request',
	'whole-request': 'The whole request',
	'request-receive': 'Receiving the client’s request',
	'client-keepalive': 'Idle client connection (keep-alive)',
	'upstream-keepalive': 'Idle pooled connection (keep-alive)',
	queue: 'Waiting in a queue',
	execution: 'Run time of the app',
	other: 'Other',
} as const satisfies Record<TimerMeasure, string>;

/** What running out of a timer does when it gives no status code, as /timeouts/ says it. */
export const timerEffectLabels = { closes: 'No response: closes the connection', truncates: 'Cuts off a response under way' } as const;
