/** `2026-11-24` — an unambiguous date for "checked" and "reviewed" lines. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
