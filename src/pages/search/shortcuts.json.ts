/**
 * /search/shortcuts.json: what the search answers without the index, from the site's own data:
 * each platform's names and its section for each code ("502 alb"), the pages a word names
 * ("timeouts", "diagnose", "haproxy"), where two codes are compared ("504 vs 524"), the exact
 * strings of every platform (error messages, settings) with the section that explains each,
 * the common chain two or more named platforms make ("alb node 502"), every timer's row on /timeouts/, and what
 * programs print for a troubleshooter's outcome.
 */
import type { APIRoute } from 'astro';
import { getSite, isVendorsOwnCode, renderEntry } from '../../content/site';
import { headingsOf } from '../../markdown/outline';
import { codeHref, flowPath, platformHref, stepHref } from '../../lib/paths';
import { SITE_PAGES } from '../../lib/site-pages';
import { SITE_NAME } from '../../lib/consts';
import { patternRuns } from '../../lib/pattern-text';
import { EXACT_KEY_WORDS, exactKey, isTellingKey, type ChainShortcut, type CodeTopic, type ExactString, type NamedPage, type PlatformShortcut, type TimerValue } from '../../search/query';
import { timerHref } from '../../lib/timers';
import { genericStrings, printersOf, words } from '../../diagnose/data';
import { getChains } from '../../chain/site';
import { comparisonHref, DIFFERS_SECTION_ID, MEANING_SECTION_ID } from '../../content/comparisons';
import { CODE_PAGE_SECTIONS } from '../../content/sections';

/** A word written as code: snake_case, dotted, camelCase, a --flag or a-hyphenated-name. */
const isName = (w: string) => /[a-z][_.][a-z]/i.test(w) || /[a-z][A-Z]/.test(w) || /^--[a-z]/.test(w) || /^[a-z]+(-[a-z]+)+$/.test(w);

/**
 * The names in a timer's `setting` ("proxy_read_timeout (ingress-nginx proxy-read-timeout)"): in
 * each alternative, the names it starts with, up to the first plain word ("startupTimeLimit
 * (aspNetCore element in web.config)" gives startupTimeLimit and aspNetCore, not the file).
 */
function settingNames(setting: string): string[] {
	const names: string[] = [];
	for (const part of setting.split(/\(|\)|;|,|\bor\b/)) {
		for (const raw of part.trim().split(/[\s=]+/)) {
			const w = raw.replace(/^['"]+|['":]+$/g, '');
			if (!isName(w)) break;
			if (w.length >= 8) names.push(w);
		}
	}
	return names;
}

/** A name's words, lowercase, as a section's id spells them ("Gunicorn worker timeout": gunicorn, worker, timeout). */
const wordsOf = (name: string) => name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

export const GET: APIRoute = async () => {
	const site = await getSite();
	// Each platform page's sections of prose (its ## headings that are not an error's: "During a deploy (GKE)"), by id.
	const prose = new Map(await Promise.all(site.platforms.map(async (p) => [p.id, headingsOf((await renderEntry(p)).outline, 2).map((h) => h.slug).filter((id) => !p.data.errors.some((e) => e.id === id))] as const)));
	// A product's name of two to four words is written as one as well ("CloudRun", "AppService", "FrontDoor").
	const joinedNames = (...names: (string | undefined)[]) =>
		names.flatMap((n) => {
			const words = (n ?? '').replace(/\(.*?\)/g, '').trim().split(/\s+/);
			return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{L}+$/u.test(w)) ? [words.join('')] : [];
		});
	const platforms: PlatformShortcut[] = site.platforms.map((p) => {
		const codes = [...new Set(p.data.errors.map((e) => e.code))];
		// A code the platform owns (Cloudflare's 521) is explained on its own page.
		const owns = (code: number) => isVendorsOwnCode(site, p, code);
		const ids = (code: number) => p.data.errors.filter((e) => e.code === code).map((e) => e.id);
		return {
			href: platformHref(p.id),
			name: p.data.shortName ?? p.data.name,
			names: [...new Set([p.data.name, p.data.shortName ?? '', ...p.data.aliases, ...joinedNames(p.data.name, p.data.shortName)].filter(Boolean).map((n) => n.toLowerCase()))],
			sections: Object.fromEntries(codes.map((code) => [String(code), owns(code) ? codeHref(code) : platformHref(p.id, ids(code)[0])])),
			codeSections: Object.fromEntries(codes.filter((code) => !owns(code) && ids(code).length > 1).map((code) => [String(code), ids(code)])),
			prose: prose.get(p.id) ?? [],
		};
	});
	const start = site.flows.find((f) => f.id === 'start');
	const pages: NamedPage[] = [
		{ href: SITE_PAGES.home.path, title: SITE_NAME, names: [...SITE_PAGES.home.names] },
		...(['timeouts', 'diagnose', 'chain', 'platforms', 'changes'] as const).map((key) => ({ href: SITE_PAGES[key].path, title: SITE_PAGES[key].title, names: [...SITE_PAGES[key].names] })),
		...(start ? [{ href: flowPath('start'), title: start.data.title, names: [...SITE_PAGES.troubleshoot.names] }] : []),
		...site.guides.map((g) => ({ href: `/${g.id}/`, title: g.data.title, names: [g.data.title.toLowerCase().replace(/[?!.]/g, ''), g.id.replace(/-/g, ' '), g.id] })),
		// A name of a platform that, without the platform's own name, names one of its errors ("h12", "harakiri", "nosrv",
		// "gunicorn worker timeout"), or a flag or code of one word that one error's title holds ("PC03": Fly.io's
		// "Connection reset or aborted … (PC03, PC04, PU02)"; "UH", "AH01114"), opens that error's section; ahead of its
		// page, which has the same name. Not a phrase a title holds: Apache's "Proxy Error" heads most of its pages.
		...site.platforms.flatMap((p) => {
			const own = new Set(wordsOf(`${p.data.name} ${p.data.shortName ?? ''}`));
			return p.data.aliases.flatMap((alias) => {
				const rest = wordsOf(alias).filter((w) => !own.has(w)).join('-');
				const flag = /^[a-z]{1,5}\d*$|^[a-z]*\d+$/i.test(alias);
				const inTitle = (title: string) => flag && ` ${wordsOf(title).join(' ')} `.includes(` ${alias.toLowerCase()} `);
				const errors = rest ? p.data.errors.filter((e) => e.id === rest || e.id.startsWith(`${rest}-`) || inTitle(e.title)) : [];
				return errors.length === 1 ? [{ href: platformHref(p.id, errors[0]!.id), title: `${p.data.shortName ?? p.data.name}: ${errors[0]!.title}`, names: [alias.toLowerCase()] }] : [];
			});
		}),
		// A platform's name alone opens its page.
		...platforms.map((p) => ({ href: p.href, title: `${p.name}: 5xx errors`, names: p.names })),
	];
	const codes = site.codes.map((c) => c.data.code);
	const comparisons: Record<string, string> = {};
	for (const a of codes) for (const b of codes) if (a < b) comparisons[`${a}-${b}`] = comparisonHref(a, b);
	// A reason phrase or a message several layers print says nothing about which section is meant.
	const generic = genericStrings(site);
	// An error page of five words or more that several layers serve word for word (IIS's, App Service's and Application
	// Gateway's "502 - Web server received an invalid response…") is each of theirs alike: the search lets the index choose
	// among those layers (a tie), where Diagnose counts it as telling none. Not a log message: one layer logs it about
	// another ("Invalid permissions on Lambda function" is API Gateway's line, which Lambda's page quotes).
	const printedBy = printersOf(site);
	const shared = (text: string, where: string) => where === 'page' && (printedBy.get(words(text))?.size ?? 0) > 1 && exactKey(text).split(' ').length >= 5;
	const genericKeys = [...generic].map((text) => ` ${exactKey(text)} `);
	const exact = new Map<string, ExactString>();
	const add = (text: string, href: string, preferred: boolean) => {
		const whole = exactKey(text);
		const key = whole.split(' ').slice(0, EXACT_KEY_WORDS).join(' ');
		if (!isTellingKey(key, text)) return;
		// A key whose words are all in a message several layers print (Tengine's error page begins with Apache's and nginx's
		// "The server encountered an internal error…", and the words that tell it apart come after the key's last) tells none.
		if (genericKeys.some((g) => g !== ` ${whole} ` && g.includes(` ${key} `))) return;
		const entry: ExactString = preferred ? [key, href] : [key, href, 0];
		const seen = exact.get(`${key} ${href}`);
		if (!seen || (seen[2] === 0 && preferred)) exact.set(`${key} ${href}`, entry);
	};
	const runs: { run: string; href: string; preferred: boolean }[] = [];
	for (const p of site.platforms) {
		for (const e of p.data.errors) {
			// A message the proxy in front prints about this layer ("upstream prematurely closed…") is the proxy's page's first.
			const href = isVendorsOwnCode(site, p, e.code) ? codeHref(e.code) : platformHref(p.id, e.id);
			const preferred = e.answeredBy !== 'proxy';
			for (const s of e.strings) {
				if (!generic.has(words(s.text)) || shared(s.text, s.where)) add(s.text, href, preferred);
				// The fixed text of its pattern, found whatever framing a line puts around it ("(70007)The timeout specified has
				// expired: proxy: error reading status line from remote server …" holds Apache 2.2's "proxy: error reading status
				// line from remote server"): a run of four words or more.
				for (const run of s.pattern ? patternRuns(s.pattern) : []) runs.push({ run, href, preferred });
			}
		}
		// A timer's settings, and its own name when it is one written as code that its setting's syntax hides
		// ("respondingTimeouts.readTimeout" inside "entryPoints.<name>.transport.respondingTimeouts.readTimeout").
		for (const t of p.data.timers) for (const name of new Set([...settingNames(t.setting ?? ''), ...settingNames(t.name)])) add(name, timerHref(p.id, t.id), true);
	}
	// Not a run that is, or holds, another section's message (uWSGI's page quotes nginx's "upstream prematurely closed
	// connection while reading response header from upstream", which is nginx's to answer), nor one two sections' patterns
	// share (Envoy's "upstream connect error or disconnect/reset before headers" begins both its reset sections' lines).
	const longEnough = (key: string) => key.split(' ').length >= 4 && key.length >= 20;
	const runKeys = runs.map(({ run, href }) => ({ key: exactKey(run), href }));
	const keys = [...[...exact.values()].map(([key, href]) => ({ key, href })), ...runKeys];
	// Part of another section's message, or holding one (of four words or more: a setting's one word is in many a line).
	const overlaps = (other: string, run: string) => ` ${other} `.includes(` ${run} `) || (longEnough(other) && ` ${run} `.includes(` ${other} `));
	runs.forEach(({ run, href, preferred }, i) => {
		const { key } = runKeys[i]!;
		if (!longEnough(key) || generic.has(words(run))) return;
		if (keys.some((other) => other.href !== href && overlaps(other.key, key))) return;
		add(run, href, preferred);
	});
	// What a program prints when a troubleshooter's outcome is the cause (curl's "Empty reply from server", Python's
	// RemoteDisconnected): that outcome, at its heading, as the step records of the index have it (search/steps.ts).
	// Their titles, for the result that shows one before the index has found it.
	const outcomes: Record<string, string> = {};
	for (const f of site.flows) {
		for (const step of f.data.steps) {
			if (step.messages.length === 0) continue;
			const href = stepHref(f.id, step.id);
			outcomes[href] = step.title;
			for (const m of step.messages) {
				add(m.text, href, true);
				// And without the program's or error class's name before it, as people quote it: "socket hang up" for Node's
				// "Error: socket hang up", "Could not resolve host" for curl's "curl: (6) Could not resolve host: …".
				const message = m.text.replace(/^[\w.]+:\s*(?:\(\d+\)\s*)?/, '');
				if (message !== m.text) add(message, href, true);
			}
		}
	}
	// A code page's own message of five words or more ("web server is returning an unknown error", the text of a
	// host's 509 page): the code's page, after any layer's section with as long a match.
	for (const c of site.codes) {
		for (const term of c.data.searchTerms) if (term.split(/\s+/).length >= 5 && !generic.has(words(term))) add(term, codeHref(c.data.code), false);
	}
	const telling = [...exact.values()];
	// Each timer's default and documented longest value, with the section of the error it ends in (else its row on
	// /timeouts/): only values one platform alone has, the only ones a value quoted alone can tell (timerQuoted()).
	const errorOf = (t: (typeof site.platforms)[number]['data']['timers'][number]) => t.produces.find((made) => made.error)?.error;
	const allTimerValues: TimerValue[] = site.platforms.flatMap((p) =>
		p.data.timers.flatMap((t) => {
			const error = errorOf(t);
			const href = error ? platformHref(p.id, error) : timerHref(p.id, t.id);
			const values = [...new Set([t.default, t.range?.max].filter((v): v is number => typeof v === 'number'))];
			return values.map((seconds): TimerValue => [seconds, href, platformHref(p.id), `${p.data.shortName ?? p.data.name}: ${t.name}`]);
		})
	);
	const platformsWith = (seconds: number) => new Set(allTimerValues.filter(([value]) => value === seconds).map(([, , platform]) => platform)).size;
	const timerValues = allTimerValues.filter(([seconds]) => platformsWith(seconds) === 1);
	// Every timer's row on /timeouts/, for a title that names one by its own words ("route timeout").
	const timers = site.platforms.flatMap((p) => p.data.timers.map((t) => timerHref(p.id, t.id)));
	// The section of the error each timer ends in, by its row: where a setting's name leads (idle_timeout: the ALB's 504).
	const timerErrors = Object.fromEntries(site.platforms.flatMap((p) => p.data.timers.flatMap((t) => {
		const error = errorOf(t);
		return error ? [[timerHref(p.id, t.id), platformHref(p.id, error)]] : [];
	})));
	const chains: ChainShortcut[] = (await getChains()).chains.map((c) => ({ href: c.href, title: c.title, platforms: c.platforms.map((slug) => platformHref(slug)) }));
	// The sections every code page has that answer a question about the code (src/content/sections.ts).
	const codeTopics: Record<CodeTopic, string> = { retry: CODE_PAGE_SECTIONS.retry.id, differs: DIFFERS_SECTION_ID, meaning: MEANING_SECTION_ID };
	return new Response(JSON.stringify({ platforms, pages, comparisons, codeTopics, timerValues, exact: telling, chains, timers, timerErrors, outcomes }), { headers: { 'content-type': 'application/json' } });
};
