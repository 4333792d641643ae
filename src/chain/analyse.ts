// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: plain TypeScript, no DOM.
/**
 * What a chain of layers does, from the platform pages' timers alone:
 *
 * - **A slow request.** Every timer that counts the wait for a response that has not started
 *   (`first-byte`, `between-reads`, `whole-request`, or the app's own `execution` limit) runs
 *   from the moment the request reaches its layer. The shortest runs out first (an outer layer
 *   first on a tie: it started counting earlier). Its layer answers with the code it produces,
 *   or, when it only closes the connection (a worker killed), the layer in front answers for it.
 *   Each layer further out passes that answer on, or puts its own page in place of the body.
 * - **Keep-alive.** On each hop, the layer in front keeps idle connections to the next one for
 *   reuse (`upstream-keepalive`); the next one closes idle connections from its clients
 *   (`client-keepalive`). When it closes them first, or at the same moment, a request sent on a
 *   connection that is being closed fails: intermittent errors with nothing in the app's log.
 * - **Dead timers.** An inner timer as long as, or longer than, an outer one that counts the same
 *   wait never runs out first: the outer layer answers, and the inner setting does nothing.
 */
import { variantKey, variantsOf, type Chain, type ChainData, type LayerError, type LayerInfo, type LayerTimer, type Measure } from './model';

/** A timer at work in a chain: the value in force, and which layer runs it. */
export interface Timer extends LayerTimer {
	/** Seconds, the reader's value or the default; null: never runs out. */
	value: number | null;
	/** The reader changed it. */
	own: boolean;
	/** The index of the layer that runs it. */
	owner: number;
	/** The platform page that documents it (the next layer's page for a timer it holds). */
	page: string;
}

/** What the client gets when a timer runs out. */
export interface Outcome {
	timer: Timer;
	/** The layer that writes the response; null when none does (the client's own connection is closed). */
	sender: number | null;
	/** The status the client receives; null for a closed connection. */
	code: number | null;
	/** The sender's error that describes its answer, on `page`. */
	error?: { page: string; id: string };
	/** The timer's own error, when another layer answers for it (gunicorn's WORKER TIMEOUT). */
	cause?: { page: string; id: string };
	/** The outermost layer that put its own page in place of the body, if any. */
	replacedBy?: number;
}

export interface SlowRequest {
	seconds: number;
	/** The first timer to run out within `seconds`, and what comes of it; undefined when none does. */
	outcome?: Outcome;
	/** Every timer that bounds a silent wait, shortest first (outer first on a tie); those with no value last. */
	timeline: Timer[];
}

export type HopStatus = 'race' | 'ok' | 'unknown' | 'no-pool';

/** One hop from a layer to the next (or to the app behind the last layer, `to: null`). */
export interface Hop {
	from: number;
	to: number | null;
	status: HopStatus;
	/** How long `from` keeps idle connections to the next layer. */
	pool?: Timer;
	/** How long the next layer keeps idle connections from its clients open. */
	idle?: Timer;
	/** For a race: what the client gets when a request lands on a connection being closed. */
	outcome?: Omit<Outcome, 'timer'>;
}

export interface DeadTimer {
	/** The timer that never runs out first. */
	inner: Timer;
	/** The outer timer that runs out before it (the shortest such). */
	outer: Timer;
	/** True when it never runs out at all; false when only a response that has started streaming could reach it. */
	always: boolean;
}

export interface Analysis {
	/** The timers at work, by layer. */
	timers: Timer[][];
	slow: SlowRequest;
	hops: Hop[];
	dead: DeadTimer[];
}

const WAITS: ReadonlySet<Measure> = new Set(['first-byte', 'between-reads', 'whole-request', 'execution']);
const hasRole = (t: LayerTimer, measures: Measure, faces: 'client' | 'upstream') =>
	(t.measures === measures && t.faces === faces) || (t.also ?? []).some((a) => a.measures === measures && a.faces === faces);

/** The layer's variant in force: the reader's, else the page's first. */
function variantOf(info: LayerInfo, key: string | undefined): string | undefined {
	const variants = variantsOf(info);
	return variants.find((v) => variantKey(v) === key) ?? variants[0];
}

/** The timers each layer runs: its own (of its variant), and those the next layer's page says it holds. */
export function chainTimers(chain: Chain, data: ChainData): Timer[][] {
	const infos = chain.layers.map((l) => data.layers.find((d) => d.slug === l.slug));
	const inVariant = (i: number) => (t: LayerTimer) => !t.variant || t.variant === variantOf(infos[i]!, chain.layers[i]!.variant);
	return chain.layers.map((layer, i) => {
		const info = infos[i];
		if (!info) return [];
		const next = infos[i + 1];
		const held = next ? next.timers.filter((t) => t.heldBy === info.slug && inVariant(i + 1)(t)) : [];
		// A held timer replaces the holder's own that counts the same thing on this hop; and a layer
		// that reaches the next through another protocol module (FastCGI, uwsgi) keeps no idle
		// connections to it unless told to (fastcgi_keep_conn, enablereuse), so its pool goes too.
		const replaced = (t: LayerTimer) => t.faces === 'upstream' && held.length > 0 && (t.measures === 'upstream-keepalive' || held.some((h) => h.measures === t.measures));
		const own = info.timers.filter((t) => !t.heldBy && inVariant(i)(t) && !replaced(t));
		return [...own.map((t) => ({ t, page: info.slug })), ...held.map((t) => ({ t, page: next!.slug }))].map(({ t, page }) => {
			const set = layer.values[t.id];
			return { ...t, value: set === undefined ? t.default : set === 0 ? null : set, own: set !== undefined, owner: i, page };
		});
	});
}

/** Does the timer run out on a response that has not started? A between-reads timer of a layer with its own first-byte timer counts only once the response has started. */
function boundsSilentWait(t: Timer, sameLayer: readonly Timer[]): boolean {
	if (t.effect === 'truncates' || !(WAITS.has(t.measures) || (t.also ?? []).some((a) => WAITS.has(a.measures))) || t.faces !== 'upstream') return false;
	return !(t.measures === 'between-reads' && sameLayer.some((o) => o.measures === 'first-byte' && o.faces === 'upstream'));
}

/** Shortest first, an outer layer first on a tie; timers with no value last. */
const byValue = (a: Timer, b: Timer) => (a.value ?? Infinity) - (b.value ?? Infinity) || a.owner - b.owner;

const errorOf = (data: ChainData, page: string, id: string | undefined): LayerError | undefined =>
	id === undefined ? undefined : data.layers.find((l) => l.slug === page)?.errors.find((e) => e.id === id);

/** The outermost layer in front of `sender` that replaces the body of a `code` with its own page. */
function replacer(chain: Chain, data: ChainData, sender: number, code: number | null): number | undefined {
	let found: number | undefined;
	for (let j = sender - 1; j >= 0; j--) {
		if (code !== null && data.layers.find((l) => l.slug === chain.layers[j]!.slug)?.replaces?.codes.includes(code)) found = j;
	}
	return found;
}

/** What the layer in front answers when the layer at `closer` closes the connection with no response. */
function closedUnder(chain: Chain, data: ChainData, closer: number, fallback: { code: number; error?: string } | undefined, page: string): Omit<Outcome, 'timer'> {
	const sender = closer - 1;
	const cause = fallback?.error ? { page, id: fallback.error } : undefined;
	if (sender < 0) return { sender: null, code: null, ...(cause ? { cause } : {}) };
	const front = data.layers.find((l) => l.slug === chain.layers[sender]!.slug);
	const own = errorOf(data, front?.slug ?? '', front?.upstreamClose);
	const code = own?.code ?? fallback?.code ?? 502;
	const replacedBy = replacer(chain, data, sender, code);
	return {
		sender,
		code,
		...(own ? { error: { page: front!.slug, id: own.id } } : {}),
		...(cause ? { cause } : {}),
		...(replacedBy !== undefined ? { replacedBy } : {}),
	};
}

/** What the client gets when `timer` runs out. */
export function outcomeOf(chain: Chain, data: ChainData, timer: Timer): Outcome {
	const produced = timer.produces[0];
	if (timer.effect !== 'responds') return { timer, ...closedUnder(chain, data, timer.owner, produced, timer.page) };
	const error = errorOf(data, timer.page, produced?.error);
	// An error the page says the proxy in front answers (Lambda's timeout: API Gateway's 502) is sent from there.
	const sender = error?.proxy && !timer.heldBy && timer.owner > 0 ? timer.owner - 1 : timer.owner;
	const code = produced?.code ?? null;
	const replacedBy = replacer(chain, data, sender, code);
	return {
		timer,
		sender,
		code,
		...(error ? { error: { page: timer.page, id: error.id } } : {}),
		...(replacedBy !== undefined ? { replacedBy } : {}),
	};
}

/** A request whose response takes `seconds` to start. */
export function slowRequest(chain: Chain, data: ChainData, seconds: number, timers = chainTimers(chain, data)): SlowRequest {
	const timeline = timers.flatMap((layer) => layer.filter((t) => boundsSilentWait(t, layer))).sort(byValue);
	const first = timeline.find((t) => t.value !== null && t.value <= seconds);
	return { seconds, timeline, ...(first ? { outcome: outcomeOf(chain, data, first) } : {}) };
}

/** The smallest value among timers with a role, or the one with no value when none has one. */
function shortest(timers: readonly Timer[], measures: Measure, faces: 'client' | 'upstream'): Timer | undefined {
	return timers.filter((t) => hasRole(t, measures, faces)).sort(byValue)[0];
}

/** Each hop's keep-alive: does the next layer close idle connections before this one stops reusing them? */
export function keepAlive(chain: Chain, data: ChainData, timers = chainTimers(chain, data)): Hop[] {
	return chain.layers.map((_, i): Hop => {
		const to = i + 1 < chain.layers.length ? i + 1 : null;
		const pool = shortest(timers[i] ?? [], 'upstream-keepalive', 'upstream');
		const idle = to === null ? undefined : shortest(timers[to] ?? [], 'client-keepalive', 'client');
		const base = { from: i, to, ...(pool ? { pool } : {}), ...(idle ? { idle } : {}) };
		if (!pool) return { ...base, status: 'no-pool' };
		if (!idle) return { ...base, status: 'unknown' };
		if (idle.value === null || (pool.value !== null && idle.value > pool.value)) return { ...base, status: 'ok' };
		// The next layer closes the connection; the layer in front answers for it, as for a worker killed mid-request.
		return { ...base, status: 'race', outcome: closedUnder(chain, data, to!, idle.produces[0], idle.page) };
	});
}

/** Does an outer timer that counts `outer` always run out no later than an inner one of the same value that counts `inner`? */
function alwaysFirst(outer: Measure, inner: Measure): boolean {
	if (outer === 'whole-request') return true;
	if (outer === 'between-reads') return inner === 'between-reads' || inner === 'first-byte';
	return outer === 'first-byte' && inner === 'first-byte';
}

/** Inner timers that an outer one always (or for any silent response) beats. */
export function deadTimers(timeline: readonly Timer[]): DeadTimer[] {
	const dead: DeadTimer[] = [];
	for (const inner of timeline) {
		if (inner.value === null) continue;
		const outer = timeline.filter((o) => o.owner < inner.owner && o.value !== null && o.value <= inner.value!).sort(byValue)[0];
		if (outer) dead.push({ inner, outer, always: alwaysFirst(outer.measures, inner.measures) });
	}
	return dead;
}

/** Everything the page shows for a chain and a request that takes `seconds`. */
export function analyse(chain: Chain, data: ChainData, seconds: number): Analysis {
	const timers = chainTimers(chain, data);
	const slow = slowRequest(chain, data, seconds, timers);
	return { timers, slow, hops: keepAlive(chain, data, timers), dead: deadTimers(slow.timeline) };
}
