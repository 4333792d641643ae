import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostnameToAscii, placeholders, unknownPlaceholders } from '../../src/setup/placeholders';
import { checkValues, clearSetup, placeholderText, readSetup, sanitise, storeSetup, valueNote, valuesOwner } from '../../src/setup/setup';
import { stackKey } from '../../src/setup/stacks';
import { checkRayId, composeMessage, mailtoLink, nowWithZone } from '../../src/setup/message';

describe('placeholder values', () => {
	it.each([
		['hostname', 'shop.example.net'],
		['hostname', 'xn--bcher-kva.example'],
		['hostname', 'bücher.example'],
		['hostname', '例え.テスト'],
		['origin-ipv4', '10.0.0.5'],
		['origin-ipv6', 'fd12:3456::10'],
		['origin-ipv4', '198.51.100.7'],
		['origin-ipv6', '2001:db8::10'],
		['origin-ipv6', '::ffff:192.0.2.1'],
		['origin-port', '8443'],
	] as const)('accepts %s %s', (name, value) => {
		expect(placeholders[name].check(value)).toBeUndefined();
	});

	it.each([
		['hostname', 'example.com; rm -rf /'],
		['hostname', '$(curl evil.example)'],
		['hostname', '<img src=x onerror=alert(1)>'],
		['hostname', 'localhost'],
		['hostname', '-bad.example.com'],
		['hostname', 'bücher.example/path'],
		['hostname', 'bücher.example:8080'],
		['hostname', 'user@bücher.example'],
		['hostname', 'bücher.example; id'],
		['hostname', 'bücher．example／x'],
		['hostname', 'bü cher.example'],
		['origin-ipv4', '256.1.1.1'],
		['origin-ipv4', '1.2.3.4 && reboot'],
		['origin-ipv4', '01.2.3.4'],
		['origin-ipv6', '2001:db8::1::2'],
		['origin-ipv6', '2001:db8::10`id`'],
		['origin-port', '0'],
		['origin-port', '65536'],
		['origin-port', '443|sh'],
	] as const)('refuses %s %s', (name, value) => {
		expect(placeholders[name].check(value)).toMatch(/^not /);
	});

	it('puts an internationalised hostname in commands in its ASCII form, and shows it as typed', () => {
		expect(hostnameToAscii('Bücher.Example')).toBe('xn--bcher-kva.example');
		expect(hostnameToAscii('例え.テスト')).toBe('xn--r8jz45g.xn--zckzah');
		expect(placeholderText('hostname', { hostname: 'bücher.example' })).toEqual({ text: 'xn--bcher-kva.example', filled: true });
		expect(valuesOwner(['hostname'], { hostname: 'bücher.example' })).toBe('bücher.example');
	});

	it('notes a private origin address (Cloudflare cannot reach it) without refusing it', () => {
		for (const ip of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '100.64.0.1']) expect(valueNote('origin-ipv4', ip), ip).toMatch(/private address: Cloudflare/);
		for (const ip of ['172.15.0.1', '172.32.0.1', '198.51.100.7', '11.0.0.1']) expect(valueNote('origin-ipv4', ip), ip).toBeUndefined();
		expect(valueNote('origin-ipv6', 'fd00::1')).toMatch(/private address/);
		expect(valueNote('origin-ipv6', 'fc::1')).toBeUndefined();
		expect(valueNote('origin-ipv6', '2001:db8::10')).toBeUndefined();
		expect(checkValues({ 'origin-ipv4': '192.168.1.10' })).toEqual({});
	});

	it("says whose values a code block shows: the hostname, else the block's own filled values", () => {
		expect(valuesOwner(['hostname', 'origin-ipv4'], { hostname: 'shop.example.net', 'origin-ipv4': '198.51.100.7' })).toBe('shop.example.net');
		expect(valuesOwner(['origin-ipv4'], { 'origin-ipv4': '198.51.100.7', 'origin-port': '8443' })).toBe('198.51.100.7');
		expect(valuesOwner(['origin-ipv6'], { hostname: 'shop.example.net' })).toBeUndefined();
	});

	it('checks only the values given, and names each bad one', () => {
		expect(checkValues({ hostname: 'ok.example.com', 'origin-ipv4': 'nope', 'origin-port': '' })).toEqual({ 'origin-ipv4': expect.stringMatching(/IPv4/) });
	});

	it('finds placeholders content uses that do not exist', () => {
		expect(unknownPlaceholders('curl https://{{hostname}}/ --resolve {{hostnme}}:443:{{ origin-ipv4 }}')).toEqual(['hostnme']);
	});
});

describe('what is stored', () => {
	it('keeps only valid values and known stack options, whatever was written to storage', () => {
		expect(
			sanitise({ values: { hostname: 'a.example.com', 'origin-ipv4': '1.2.3.4; reboot', extra: 'x' }, stacks: { webserver: 'nginx', firewall: 'pf' }, other: 1 })
		).toEqual({ values: { hostname: 'a.example.com' }, stacks: { webserver: 'nginx' } });
		expect(sanitise('nonsense')).toEqual({ values: {}, stacks: {} });
	});

	it('shows the example until the reader gives a value', () => {
		expect(placeholderText('hostname', {})).toEqual({ text: 'www.example.com', filled: false });
		expect(placeholderText('hostname', { hostname: 'a.example.com' })).toEqual({ text: 'a.example.com', filled: true });
	});
});

describe('the stack choice has one record, shared by the tabs and the setup panel', () => {
	const stored = new Map<string, string>();
	beforeEach(() => {
		stored.clear();
		globalThis.localStorage = {
			getItem: (key: string) => stored.get(key) ?? null,
			setItem: (key: string, value: string) => void stored.set(key, value),
			removeItem: (key: string) => void stored.delete(key),
		} as Storage;
	});
	afterEach(() => {
		Reflect.deleteProperty(globalThis, 'localStorage');
	});

	it('the panel opens on the stack a tab was last set to, after a save', () => {
		storeSetup({ values: { hostname: 'a.example.com' }, stacks: { webserver: 'nginx' } });
		// The reader then picks the Apache tab on some page: the tabs write only their key.
		localStorage.setItem(stackKey('webserver'), 'apache');
		expect(readSetup()).toEqual({ values: { hostname: 'a.example.com' }, stacks: { webserver: 'apache' } });
	});

	it('saving with no stack chosen forgets the stored one; clearing forgets everything', () => {
		localStorage.setItem(stackKey('os'), 'debian');
		localStorage.setItem(stackKey('firewall'), 'not-an-option');
		expect(readSetup().stacks).toEqual({ os: 'debian' });
		storeSetup({ values: {}, stacks: {} });
		expect(stored.has(stackKey('os'))).toBe(false);
		storeSetup({ values: { hostname: 'a.example.com' }, stacks: { os: 'macos' } });
		clearSetup();
		expect(readSetup()).toEqual({ values: {}, stacks: {} });
		expect(stored.size).toBe(0);
	});
});

describe('the message to a host', () => {
	it('contains exactly what was entered, and the facts', () => {
		const { subject, body } = composeMessage({
			code: 521,
			reason: 'Web server is down',
			url: 'https://shop.example.net/cart',
			when: '2026-11-25 23:41 (Europe/Berlin, UTC+01:00)',
			ray: '8a2b3c4d5e6f7a8b-FRA',
			checked: 'nginx is running',
			facts: ['Cloudflare connects from the ranges at https://www.cloudflare.com/ips/.'],
		});
		expect(subject).toBe('Error 521 on https://shop.example.net/cart');
		expect(body).toContain('Visitors to https://shop.example.net/cart get error 521 (Web server is down) since 2026-11-25 23:41 (Europe/Berlin, UTC+01:00).');
		expect(body).toContain('Ray ID: 8a2b3c4d5e6f7a8b-FRA');
		expect(body).toContain('nginx is running');
		expect(body).toContain('https://www.cloudflare.com/ips/');
	});

	it('validates a Ray ID', () => {
		expect(checkRayId('8a2b3c4d5e6f7a8b')).toBeUndefined();
		expect(checkRayId('8a2b3c4d5e6f7a8b-SJC')).toBeUndefined();
		expect(checkRayId('8a2b3c4d; rm')).toMatch(/16 letters/);
	});

	it('puts the time with its zone and offset', () => {
		expect(nowWithZone(new Date(Date.UTC(2026, 10, 25, 22, 41)), 'Europe/Berlin')).toBe('2026-11-25 23:41 (Europe/Berlin, UTC+01:00)');
		expect(nowWithZone(new Date(Date.UTC(2026, 10, 25, 22, 41)), 'UTC')).toBe('2026-11-25 22:41 (UTC, UTC+00:00)');
	});

	it('encodes every part of a mailto link', () => {
		expect(mailtoLink({ subject: 'a&b', body: 'x\ny?' })).toBe('mailto:?subject=a%26b&body=x%0Ay%3F');
	});
});
