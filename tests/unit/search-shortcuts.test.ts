// The shortcuts the search dialog fetches (/search/shortcuts.json), as built.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXACT_KEY_WORDS, exactKey, exactString, exactStrings, type ExactString, type PlatformShortcut, type TimerValue } from '../../src/search/query';
import { builtPage } from './helpers/built';
import { frontmatter } from './helpers/content';

const shortcuts = JSON.parse(builtPage('/search/shortcuts.json')) as { exact: ExactString[]; codeTopics: Record<string, string>; timerValues: TimerValue[]; timers: string[]; timerErrors: Record<string, string>; outcomes: Record<string, string>; platforms: PlatformShortcut[] };
/** Each code page's search terms of five words or more (a message, a page's text), from its front matter. */
const messages = readdirSync('content/codes')
	.filter((n) => n.endsWith('.mdx'))
	.map((n) => frontmatter(`content/codes/${n}`) as { code: number; searchTerms: string[] })
	.flatMap(({ code, searchTerms }) => searchTerms.filter((t) => t.split(/\s+/).length >= 5).map((term) => ({ code, term, key: exactKey(term).split(' ').slice(0, EXACT_KEY_WORDS).join(' ') })));

describe('the exact strings of /search/shortcuts.json', () => {
	it("hold most of the code pages' own messages, each leading to its code's page after a layer's section as long", () => {
		const held = messages.filter(({ code, key }) => shortcuts.exact.some((e) => e[0] === key && e[1] === `/${code}/`));
		// The rest are messages several layers print alike (left to the index) or too short to tell apart.
		expect(held.length / messages.length).toBeGreaterThan(0.6);
		for (const { code, key } of held) expect(shortcuts.exact.find((e) => e[0] === key && e[1] === `/${code}/`)![2]).toBe(0);
	});

	it("send a pasted host page with a code page's message to that code", () => {
		const bandwidth = messages.find((m) => m.code === 509 && m.term.split(/\s+/).length >= 10)!;
		expect(exactString(`509 Bandwidth Limit Exceeded ${bandwidth.term}. Please try again later. Apache Server at example.com Port 80`, shortcuts.exact)?.[1]).toBe('/509/');
	});
});

describe("the exact strings of a message's pattern", () => {
	it('find the message whatever framing a line puts around its fixed text', () => {
		// Apache 2.2's wording, after an errno text the section's examples do not have.
		const line = '[Mon Jan 08 10:00:00 2024] [error] [client 10.0.0.1] (70014)End of file found: proxy: error reading status line from remote server backend:8080';
		expect(exactStrings(line, shortcuts.exact).map(([, href]) => href)).toEqual(['/platforms/apache/#read-status-line']);
	});

	it("give no section another section's message: uWSGI's page quotes nginx's line, which is nginx's to answer", () => {
		expect(exactStrings('upstream prematurely closed connection while reading response header from upstream', shortcuts.exact).map(([, href]) => href)).toEqual(['/platforms/nginx/#prematurely-closed']);
	});
});

describe('the exact strings several layers print', () => {
	it('leave an error page that several layers serve word for word to each of them alike, for the index to choose between', () => {
		const page = 'Server Error 502 - Web server received an invalid response while acting as a gateway or proxy server.';
		const layers = new Set(exactStrings(page, shortcuts.exact).map(([, href]) => href.split('#')[0]));
		expect([...layers].sort()).toEqual(['/platforms/azure-app-service/', '/platforms/azure-application-gateway/', '/platforms/iis/']);
	});

	it("give no layer a message another layer prints too, through a longer page of its own that begins with it (Tengine's)", () => {
		const found = exactStrings('The server encountered an internal error or misconfiguration and was unable to complete your request', shortcuts.exact);
		expect(found.map(([, href]) => href)).not.toEqual(['/platforms/nginx/#redirect-cycle']);
		// and no key holds an HTML tag's name as a word
		expect(shortcuts.exact.filter(([key]) => /(^| )(p|h1|hr|body|center)( |$)/.test(key))).toEqual([]);
	});
});

describe('the code topics of /search/shortcuts.json', () => {
	it('name a section every code page has', () => {
		const codes = readdirSync('dist').filter((d) => /^5\d\d$/.test(d));
		expect(codes.length).toBeGreaterThan(20);
		expect(Object.keys(shortcuts.codeTopics).sort()).toEqual(['differs', 'meaning', 'retry']);
		for (const id of Object.values(shortcuts.codeTopics)) for (const code of codes) expect(builtPage(`/${code}/`), `/${code}/#${id}`).toContain(` id="${id}"`);
	});
});

describe('the timer values of /search/shortcuts.json', () => {
	it("are the values one platform alone has, each leading to a section or row that exists, on that platform's page or /timeouts/", () => {
		expect(shortcuts.timerValues.length).toBeGreaterThan(10);
		const platformsOf = (seconds: number) => new Set(shortcuts.timerValues.filter(([value]) => value === seconds).map(([, , platform]) => platform));
		for (const [seconds] of shortcuts.timerValues) expect(platformsOf(seconds).size, `${seconds} s`).toBe(1);
		// 60 s is many layers' default: no value of it.
		expect(shortcuts.timerValues.some(([seconds]) => seconds === 60)).toBe(false);
		for (const [seconds, href, platform] of shortcuts.timerValues) {
			expect(seconds, href).toBeGreaterThan(0);
			const [path, id] = href.split('#');
			expect(path === platform || path === '/timeouts/', href).toBe(true);
			expect(builtPage(path!), href).toContain(` id="${id}"`);
		}
	});
});

describe('the timers of /search/shortcuts.json', () => {
	it('list every timer\'s row on /timeouts/, for a title that names one by its own words', () => {
		expect(shortcuts.timers).toContain('/timeouts/#envoy-route-timeout');
		expect(shortcuts.timers.length).toBeGreaterThan(50);
		expect(shortcuts.timers.every((href) => /^\/timeouts\/#[a-z0-9-]+$/.test(href))).toBe(true);
	});

	it('name, by a timer\'s row, the section of the error it ends in, each on its platform\'s built page', () => {
		expect(shortcuts.timerErrors['/timeouts/#aws-alb-idle-timeout']).toBe('/platforms/aws-alb/#gateway-timeout');
		expect(shortcuts.timerErrors['/timeouts/#fastly-first-byte-timeout']).toBe('/platforms/fastly/#first-byte-timeout');
		expect(Object.keys(shortcuts.timerErrors).length).toBeGreaterThan(30);
		for (const [row, href] of Object.entries(shortcuts.timerErrors)) {
			expect(shortcuts.timers, row).toContain(row);
			const [path, id] = href.split('#');
			expect(row.split('#')[1]!.startsWith(path!.split('/')[2]!), row).toBe(true);
			expect(builtPage(path!), href).toContain(` id="${id}"`);
		}
	});
});

describe('the troubleshooter outcomes of /search/shortcuts.json', () => {
	it('send what a program prints when no status came back to its outcome, at the heading on the built page', () => {
		const href = '/troubleshoot/#no-response-title';
		expect(shortcuts.outcomes[href]).toBe('The server accepted the connection and closed it without an answer');
		expect(shortcuts.exact.filter(([, to]) => to === href).map(([key]) => key)).toContain(exactKey('curl: (52) Empty reply from server'));
		for (const target of Object.keys(shortcuts.outcomes)) {
			const [path, id] = target.split('#');
			expect(builtPage(path!), target).toContain(` id="${id}"`);
			expect(shortcuts.exact.some(([, to]) => to === target), target).toBe(true);
		}
	});

	it("send such a message quoted without the program's or error class's name before it to that outcome too", () => {
		expect(exactStrings('socket hang up', shortcuts.exact).map(([, href]) => href)).toEqual(['/troubleshoot/#no-response-title']);
		expect(exactStrings('connect ECONNREFUSED 10.0.0.7:8080', shortcuts.exact).map(([, href]) => href)).toEqual(['/troubleshoot/#cannot-connect-title']);
	});
});

describe('the platforms of /search/shortcuts.json', () => {
	it("list each page's sections of prose, none an error's, each one that exists on the page", () => {
		const nginx = shortcuts.platforms.find((p) => p.href === '/platforms/nginx/')!;
		expect(nginx.prose).toContain('during-a-deploy-kubernetes-and-ingress-nginx');
		for (const platform of shortcuts.platforms) {
			const page = builtPage(platform.href);
			for (const id of platform.prose ?? []) {
				expect(page, `${platform.href}#${id}`).toContain(` id="${id}"`);
				expect(Object.values(platform.codeSections).flat().includes(id) || Object.values(platform.sections).includes(`${platform.href}#${id}`), id).toBe(false);
			}
		}
	});
});
