import type { TimerMeasure } from '../content/platform-schema';

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
