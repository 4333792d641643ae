// N.B. THIS FILE IS IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
/**
 * The stacks a reader can have, by kind. Tabs in the content pick their `sync` kind and `value`
 * from here (the build rejects anything else), and the reader's choice is remembered per kind.
 */
export const stacks = {
	webserver: { label: 'Web server', options: { nginx: 'nginx', apache: 'Apache', caddy: 'Caddy', iis: 'IIS', node: 'Node.js', litespeed: 'LiteSpeed' } },
	firewall: {
		label: 'Firewall',
		options: { ufw: 'ufw', firewalld: 'firewalld', iptables: 'iptables', nftables: 'nftables', csf: 'CSF', cloud: 'Cloud security group' },
	},
	os: { label: 'Operating system', options: { debian: 'Debian / Ubuntu', rhel: 'RHEL / Fedora / Rocky', windows: 'Windows', macos: 'macOS' } },
} as const;

export type StackKind = keyof typeof stacks;
export const stackKinds = Object.keys(stacks) as StackKind[];

export function isStackKind(value: string): value is StackKind {
	return Object.hasOwn(stacks, value);
}

/** The label of a stack option, or undefined when the kind has no such option. */
export function stackOptionLabel(kind: StackKind, value: string): string | undefined {
	const options: Record<string, string> = stacks[kind].options;
	return Object.hasOwn(options, value) ? options[value] : undefined;
}

/**
 * Where the reader's choice for a kind of stack is kept: the one record of it, written by the tabs
 * when a tab is picked and by the setup panel, read by both.
 */
export const stackKey = (kind: StackKind) => `stack:${kind}`;

/** The stored choice for a kind, if it is still one of its options. */
export function storedStack(kind: StackKind): string | undefined {
	try {
		const value = localStorage.getItem(stackKey(kind));
		return value !== null && stackOptionLabel(kind, value) !== undefined ? value : undefined;
	} catch {
		return undefined;
	}
}
