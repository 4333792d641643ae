// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: plain TypeScript, no DOM.
/**
 * An analysis in words: the one place the chain's sentences are written. Each line is a list of
 * segments (text, links, code), which the common chains' pages render at build time
 * (ChainResult.astro) and the builder renders as DOM text nodes, so both say the same thing.
 */
import { outcomeOf, type Analysis, type Outcome, type Timer } from './analyse';
import type { Chain, ChainData } from './model';
import { codeHref, platformHref } from '../lib/paths';
import { formatSeconds, timerHref } from '../lib/timers';

/** Text, or a link, a code span or strong text. */
export type Seg = string | { text: string; href?: string; code?: true; strong?: true };
export type Line = Seg[];

export interface Step {
	/** The layer's name. */
	layer: string;
	/** What it does: `passes` the answer on, `replaces` its body, `answers`, `timer` (its timer ran out), `waits` (still working). */
	role: 'passes' | 'replaces' | 'answers' | 'timer' | 'waits';
	text: Line;
	/** The line it writes to its log, as the platform writes it. */
	log?: string;
	/** How it retries on its own, when its timer ran out and it may try the request again. */
	retries?: string;
}

export interface Explained {
	/** The chain's layers: "Cloudflare → nginx → Gunicorn". */
	title: string;
	/** The first-screen answer for the slow request. */
	verdict: Line;
	/** What the timer that runs out first counts, in its page's words. */
	why?: Line;
	/** What each layer does, outermost first (empty when no timer runs out). */
	steps: Step[];
	/** The timers that bound the wait, shortest first. */
	timeline: { text: Line; first: boolean; dead: boolean }[];
	hops: { race: boolean; text: Line; fix?: Line; note?: string }[];
	dead: Line[];
	/** One sentence for other pages: "In your chain, Gunicorn's timeout (30 s) runs out first: …". */
	summary: Line;
}

const s = (n: number) => formatSeconds(n);

export function explain(chain: Chain, data: ChainData, a: Analysis, labels: readonly (string | undefined)[] = []): Explained {
	const info = (i: number) => data.layers.find((l) => l.slug === chain.layers[i]?.slug);
	const name = (i: number) => labels[i] ?? info(i)?.name ?? '';
	const title = chain.layers.map((_, i) => name(i)).join(' → ');
	const code = (c: number): Seg => ({ text: `${c} ${data.codes[String(c)] ?? ''}`.trim(), href: codeHref(c), strong: true });
	const timer = (t: Timer): Line => [`${name(t.owner)}’s `, { text: t.name, href: timerHref(t.page, t.id) }, ` (${t.value === null ? 'no limit' : s(t.value)}${t.own ? ', your value' : ''})`];
	const err = (ref: { page: string; id: string } | undefined): Line => {
		const e = ref && data.layers.find((l) => l.slug === ref.page)?.errors.find((x) => x.id === ref.id);
		return e ? [' (', { text: e.title, href: platformHref(ref.page, e.id) }, ')'] : [];
	};
	const logOf = (ref: { page: string; id: string } | undefined) => (ref ? data.layers.find((l) => l.slug === ref.page)?.errors.find((x) => x.id === ref.id)?.log : undefined);
	/** "502 Bad Gateway from nginx, on Cloudflare's own page" */
	const gets = (o: Omit<Outcome, 'timer'>): Line =>
		o.code === null || o.sender === null
			? ['no response at all: the connection is closed']
			: [code(o.code), ` from ${name(o.sender)}`, ...(o.replacedBy !== undefined ? [`, on ${name(o.replacedBy)}’s own error page`] : [])];

	const { slow } = a;
	const o = slow.outcome;
	const first = slow.timeline.find((t) => t.value !== null);
	const verdict: Line = o
		? [`A request that takes ${s(slow.seconds)} fails after ${s(o.timer.value!)}: the visitor gets `, ...gets(o), '. ', ...timer(o.timer), ' runs out first.']
		: [
				`A request that takes ${s(slow.seconds)} gets through: no timer in this chain runs out before it. `,
				...(first ? ['The first to run out would be ', ...timer(first), '.'] : ['Nothing in this chain limits how long the wait may be.']),
			];

	const steps: Step[] = [];
	if (o) {
		const { timer: t, sender } = o;
		chain.layers.forEach((_, i) => {
			const layer = name(i);
			const log = i === sender ? logOf(o.error) : i === t.owner ? logOf(o.cause) : undefined;
			// A layer that retries idempotent requests (nginx's proxy_next_upstream) may send a GET on before it answers.
			const retries = i === t.owner && t.effect === 'responds' && info(i)?.retries?.default === 'idempotent' ? info(i)!.retries!.note : undefined;
			const step = (role: Step['role'], text: Line): Step => ({ layer, role, text, ...(log ? { log } : {}), ...(retries ? { retries } : {}) });
			if (sender !== null && i < sender) {
				const replaces = o.code !== null && info(i)?.replaces?.codes.includes(o.code);
				steps.push(replaces ? step('replaces', [`Puts its own ${o.code} page in place of the body from ${name(sender)}. To keep yours: ${info(i)!.replaces!.howToKeep}`]) : step('passes', ['Passes the answer on.']));
			} else if (i === sender && i === t.owner) {
				steps.push(step('answers', ['Its ', { text: t.name, href: timerHref(t.page, t.id) }, ` runs out after ${s(t.value!)}; it answers `, code(o.code!), ...err(o.error), '.']));
			} else if (i === sender) {
				steps.push(step('answers', ['Answers ', code(o.code!), ...err(o.error), ` for ${name(t.owner)}.`]));
			} else if (i === t.owner) {
				const closes = t.effect !== 'responds';
				steps.push(step('timer', ['Its ', { text: t.name, href: timerHref(t.page, t.id) }, ` runs out after ${s(t.value!)}`, ...(closes ? [': it closes the connection without a response'] : []), ...err(o.cause ?? (closes ? undefined : o.error)), '.']));
			} else if (i > t.owner) {
				steps.push(step('waits', [`Still working on the request when ${name(t.owner)} gives up; it finishes for no one.`]));
			}
		});
	}

	const deadBy = new Map(a.dead.map((d) => [d.inner, d]));
	const timeline = slow.timeline.map((t) => ({
		text: [t.value === null ? 'no limit: ' : `${s(t.value)}: `, ...timer(t).slice(0, 2), t.own ? ' (your value)' : ''],
		first: t === o?.timer,
		dead: deadBy.has(t),
	}));

	const hops: Explained['hops'] = [];
	for (const hop of a.hops) {
		const { pool, idle } = hop;
		if (hop.status === 'no-pool' || !pool) continue;
		const from = name(hop.from);
		const to = hop.to === null ? 'your app' : name(hop.to);
		const head = `${from} → ${to}: `;
		if (hop.status === 'race' && idle && hop.outcome) {
			const link = (t: Timer): Seg => ({ text: t.name, href: timerHref(t.page, t.id) });
			// Lowering a timer that also bounds slow requests (the ALB's idle timeout) would cut them short.
			const lowerable = !pool.fixed && pool.measures === 'upstream-keepalive' && !pool.also;
			const read = [hop.outcome.error, hop.outcome.cause].flatMap((ref) => err(ref).slice(1, 2));
			hops.push({
				race: true,
				text: [
					head,
					{ text: 'keep-alive race.', strong: true },
					' ',
					`${to}’s `,
					link(idle),
					` closes idle connections after ${s(idle.value!)}; ${from}’s `,
					link(pool),
					` keeps them for reuse ${pool.value === null ? 'with no limit' : `for ${s(pool.value)}`}. A request sent just as ${to} closes one gets `,
					...gets(hop.outcome),
					', now and then, with nothing in the app’s log.',
				],
				fix: [
					`Fix: raise ${to}’s `,
					link(idle),
					pool.value === null ? '' : ` above ${s(pool.value)}`,
					...(lowerable ? [`, or lower ${from}’s `, link(pool), ` below ${s(idle.value!)}`] : pool.fixed ? [` (${from}’s cannot be changed)`] : []),
					'.',
					...(read.length ? [' Read: ', ...read.flatMap((r, i) => (i ? [', ', r] : [r])), '.'] : []),
				],
				note: idle.meaning,
			});
		} else if (hop.status === 'ok' && idle) {
			hops.push({ race: false, text: [head, `no race: ${to} keeps idle connections open `, idle.value === null ? 'with no limit' : `for ${s(idle.value)}`, `, longer than ${from} reuses them (${pool.value === null ? 'no limit' : s(pool.value)}).`] });
		} else {
			hops.push({
				race: false,
				text: [head, `${from} reuses idle connections for ${pool.value === null ? 'as long as they stay open' : s(pool.value)} (`, ...timer(pool).slice(1, 2), `). ${hop.to === null ? 'Keep your app server’s' : `${to}’s page gives no`} idle keep-alive timeout ${hop.to === null ? '' : 'for its clients; check that it is '}longer than that.`],
			});
		}
	}

	const dead = a.dead.map(({ inner, outer, always }): Line => {
		const oc = outcomeOf(chain, data, outer);
		return [
			...timer(inner),
			always ? ' never runs out: ' : ' runs out only on a response that has already started streaming: ',
			...timer(outer),
			inner.value === outer.value ? ' runs out at the same time and started counting first' : ' runs out before it',
			', and the visitor gets ',
			...gets(oc),
			`. ${name(inner.owner)} keeps working after that, for no one.`,
		];
	});

	const races = hops.filter((h) => h.race).length;
	const summary: Line = [
		`In your chain (${title}), `,
		...(first ? [...timer(first), ' runs out first: a request slower than that gets ', ...gets(outcomeOf(chain, data, first)), '.'] : ['no timer limits a slow request.']),
		...(races ? [` ${races} hop${races > 1 ? 's race' : ' races'} on keep-alive.`] : []),
	];
	return { title, verdict, ...(o ? { why: [{ text: o.timer.name, strong: true }, `: ${o.timer.meaning}`] } : {}), steps, timeline, hops, dead, summary };
}
