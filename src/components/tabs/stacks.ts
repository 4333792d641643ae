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
