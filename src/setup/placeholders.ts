// N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no Node APIs, nothing heavy.
/**
 * The values a reader can fill in once ("Your setup") and see in every command: the names
 * content writes as `{{hostname}}`, the documentation value each shows until then, and what a
 * valid value looks like. A value that fails its check is never put into a command.
 */

export interface Placeholder {
	/** What the setup panel calls it. */
	label: string;
	/** Shown (and copied) until the reader gives their own: a reserved documentation value. */
	example: string;
	/** Why a value is refused, or undefined if it is fine. */
	check(value: string): string | undefined;
	/** The value as a command needs it (a hostname's ASCII form); the value itself when left out. */
	toCommand?(value: string): string;
	/** Something the reader should know about a valid value (a private address), shown but not refused. */
	note?(value: string): string | undefined;
}

/** Only letters, digits, dots, hyphens: nothing a shell or HTML could read as syntax. */
const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

/**
 * A hostname as commands need it: an internationalised name (`bücher.example`) in its ASCII form
 * (`xn--bcher-kva.example`), converted by the platform's own URL parser (IDNA, as browsers do);
 * undefined for anything that is not a hostname. Its ASCII characters must already be letters,
 * digits, dots and hyphens (so `a.example/path` or `a.example:8080` is refused, not trimmed), and
 * the converted name must pass the same check as any typed one.
 */
export function hostnameToAscii(value: string): string | undefined {
	if (!/^[a-z0-9.\-\u0080-\u{10ffff}]+$/iu.test(value)) return undefined;
	let ascii: string;
	try {
		ascii = new URL(`http://${value}`).hostname;
	} catch {
		return undefined;
	}
	return HOSTNAME.test(ascii) ? ascii : undefined;
}

/**
 * The ranges Cloudflare's docs list as private origins, which it reaches only through a tunnel
 * ("Private network routing", developers.cloudflare.com/dns/manage-dns-records/how-to/private-network-routing/,
 * checked 2026-12-06): RFC 1918's three, RFC 6598's shared (CGNAT) space, RFC 4193's fc00::/7.
 */
const PRIVATE_NOTE = 'a private address: Cloudflare connects to origins over the internet and cannot reach it (only through a Cloudflare Tunnel). The commands use it as you typed it.';

function privateIpv4(value: string): boolean {
	const [a = 0, b = 0] = value.split('.').map(Number);
	return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

function checkIpv4(value: string): string | undefined {
	const parts = value.split('.');
	if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return 'not an IPv4 address (four numbers 0–255 with dots)';
	return undefined;
}

function checkIpv6(value: string): string | undefined {
	if (!/^[0-9a-f:.]+$/i.test(value) || value.length > 45) return 'not an IPv6 address';
	const [head = '', tail, extra] = value.split('::');
	if (extra !== undefined) return 'not an IPv6 address (only one "::")';
	const groups = (s: string) => (s === '' ? [] : s.split(':'));
	const all = [...groups(head), ...groups(tail ?? '')];
	// An embedded IPv4 address (::ffff:192.0.2.1) counts as two groups.
	const last = all.at(-1) ?? '';
	const v4 = last.includes('.');
	if (v4 && checkIpv4(last)) return 'not an IPv6 address';
	const hex = v4 ? all.slice(0, -1) : all;
	if (!hex.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return 'not an IPv6 address';
	const count = hex.length + (v4 ? 2 : 0);
	if (tail === undefined ? count !== 8 : count > 7) return 'not an IPv6 address (wrong number of groups)';
	return undefined;
}

export const placeholders = {
	hostname: {
		label: 'Hostname',
		example: 'www.example.com',
		check: (value: string) => (hostnameToAscii(value) ? undefined : 'not a hostname (letters, digits, dots and hyphens, like www.example.com or bücher.example)'),
		toCommand: (value: string) => hostnameToAscii(value) ?? value,
	},
	'origin-ipv4': { label: 'Origin IPv4 address', example: '203.0.113.10', check: checkIpv4, note: (value: string) => (privateIpv4(value) ? PRIVATE_NOTE : undefined) },
	'origin-ipv6': { label: 'Origin IPv6 address', example: '2001:db8::10', check: checkIpv6, note: (value: string) => (/^f[cd][0-9a-f]{2}:/i.test(value) ? PRIVATE_NOTE : undefined) },
	'origin-port': {
		label: 'Origin port',
		example: '443',
		check: (value: string) => (/^[1-9]\d{0,4}$/.test(value) && Number(value) <= 65535 ? undefined : 'not a port (1–65535)'),
	},
} as const satisfies Record<string, Placeholder>;

export type PlaceholderName = keyof typeof placeholders;
export const placeholderNames = Object.keys(placeholders) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
	return Object.hasOwn(placeholders, name);
}

/** How content marks a placeholder: `{{hostname}}`. Names are lowercase with hyphens. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** Every `{{name}}` in a text that is not a known placeholder. */
export function unknownPlaceholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? '').filter((name) => !isPlaceholderName(name));
}
