// N.B. CLIENT-SIDE CODE, unit-tested: no DOM.
/** What the /timeouts/ filter chooses: a platform id, a code (or `none`), a kind of timer; empty for any. */
export const filterKeys = ['platform', 'code', 'kind'] as const;
export type TimerFilterValues = Record<(typeof filterKeys)[number], string>;

/** A timer row as the filter sees it: its platform, the codes it gives (`none` for no response), what it counts. */
export interface FilterableTimer {
	platform: string;
	codes: readonly string[];
	kinds: readonly string[];
}

/** Whether a timer matches every chosen value. */
export function matchesFilter(timer: FilterableTimer, { platform, code, kind }: TimerFilterValues): boolean {
	return (!platform || timer.platform === platform) && (!code || timer.codes.includes(code)) && (!kind || timer.kinds.includes(kind));
}
