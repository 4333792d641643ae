/**
 * Every platform, grouped by kind in the order of `platformKinds` (CDNs first, the application's
 * own server last: the order a request passes through them), by the name shown within a kind. The guides'
 * whole-site tables list platforms this way, so each lists every platform once.
 */
import { platformKindLabels, platformKinds, type PlatformKind } from '../content/platform-schema';
import type { PlatformEntry } from '../content/site';

export interface KindGroup {
	kind: PlatformKind;
	label: string;
	platforms: PlatformEntry[];
}

/** The name a table shows: the short name where there is one. */
export const shown = (p: PlatformEntry): string => p.data.shortName ?? p.data.name;

export function platformsByKind(platforms: readonly PlatformEntry[]): KindGroup[] {
	return platformKinds
		.map((kind) => ({
			kind,
			label: platformKindLabels[kind],
			platforms: platforms.filter((p) => p.data.kind === kind).sort((a, b) => shown(a).localeCompare(shown(b))),
		}))
		.filter((g) => g.platforms.length > 0);
}
