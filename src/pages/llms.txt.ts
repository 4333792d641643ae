/** /llms.txt: the site for language models and agents, every page linked to its Markdown copy. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/consts';
import { getSite } from '../content/site';
import { llmsTxt } from '../data/llms';
import { siteOrigin, textResponse } from '../data/respond';
import { CHANGES_PATH, CODES_JSON_PATH, FEED_PATH, LLMS_FULL_PATH, markdownPath, PLATFORMS_JSON_PATH, SCHEMA_PATH } from '../data/urls';
import { codeHref, comparisonPath, flowPath, guideHref, platformHref } from '../lib/paths';
import { COMPARED_PAIRS } from '../content/comparisons';
import { TIMEOUTS_PAGE } from '../lib/timers';
import { getChains } from '../chain/site';

export const GET: APIRoute = async ({ site }) => {
	const origin = siteOrigin(site);
	const url = (path: string) => new URL(path, origin).href;
	const { codes, platforms, guides, flows, codeByNumber } = await getSite();
	const reason = (code: number) => codeByNumber.get(code)?.data.reason ?? '';
	const { chains } = await getChains();
	const troubleshooters = flows.filter((f) => f.data.code !== undefined).sort((a, b) => a.data.code! - b.data.code!);
	return textResponse(
		llmsTxt({
			name: SITE_NAME,
			summary: SITE_DESCRIPTION,
			details: [
				`Each link below is a page's Markdown copy; the page itself is the same address without ".md", ending in a slash (${url('/521.md')} is ${url('/521/')}). Every page names its copy with \`<link rel="alternate" type="text/markdown">\` and this file with \`<link rel="describedby">\`; the copies name this file in a \`Link\` header. Every page ends with its sources, each with the date it was last checked: RFCs, the IANA registry and the vendors' own documentation.`,
				`The same facts as JSON: ${url('/521.json')} for one code, ${url(CODES_JSON_PATH)} for all, ${url('/platforms/heroku.json')} for one platform, ${url(PLATFORMS_JSON_PATH)} for all, described by the JSON Schema at ${url(SCHEMA_PATH)}. Facts that changed (a default, a limit, a name) are listed at ${url(CHANGES_PATH)} and in the RSS feed ${url(FEED_PATH)}.`,
			],
			sections: [
				{ title: 'Codes', links: codes.map((e) => ({ title: `${e.data.code} ${e.data.reason}`, url: url(markdownPath(codeHref(e.data.code))), note: e.data.summary })) },
				{
					title: 'Comparisons',
					links: COMPARED_PAIRS.map(([a, b]) => ({
						title: `${a} vs ${b}`,
						url: url(markdownPath(comparisonPath(a, b))),
						note: `${a} ${reason(a)} and ${b} ${reason(b)} side by side: what each means, who sends it, what tells them apart.`,
					})),
				},
				{ title: 'Platforms', links: platforms.map((e) => ({ title: e.data.name, url: url(markdownPath(platformHref(e.id))), note: e.data.summary })) },
				{
					title: 'Guides',
					links: [
						...guides.map((e) => ({ title: e.data.title, url: url(markdownPath(guideHref(e.id))), note: e.data.summary })),
						{ title: TIMEOUTS_PAGE.title, url: url(markdownPath(TIMEOUTS_PAGE.path)), note: TIMEOUTS_PAGE.summary },
					],
				},
				{ title: 'Chains of layers', links: chains.map((c) => ({ title: c.title, url: url(markdownPath(c.href)), note: c.entry.data.summary })) },
				{
					title: 'Data',
					links: [
						{ title: 'codes.json', url: url(CODES_JSON_PATH), note: 'Every code: meaning, status and defining document, who sends it, the platform errors and timers that return it, sources with dates.' },
						{ title: 'platforms.json', url: url(PLATFORMS_JSON_PATH), note: 'Every platform: its errors with the exact strings people see, the marks that identify its responses, its timers.' },
						{ title: 'JSON Schema', url: url(SCHEMA_PATH), note: 'The shape of every JSON file, with a description of each field.' },
						{ title: 'What changed (RSS)', url: url(FEED_PATH), note: 'One item per fact that changed, newest first.' },
					],
				},
				{
					title: 'Optional',
					links: [
						{ title: 'Every page in one file', url: url(LLMS_FULL_PATH), note: 'The Markdown copies above, concatenated.' },
						...troubleshooters.map((f) => ({ title: `${f.data.code} troubleshooter`, url: url(flowPath(f.id)), note: 'Step by step, as a web page: questions, answers and fixes.' })),
						{ title: 'Find the cause of your 5xx', url: url('/troubleshoot/'), note: 'For readers who do not know the code yet.' },
						{ title: 'Your chain', url: url('/chain/'), note: 'Compose the layers a request crosses; it says which timer runs out first, which hops race on keep-alive, and what the visitor gets, in the browser.' },
						{ title: 'Diagnose', url: url('/diagnose/'), note: 'Paste response headers, an error page or a log line; it names the layer that sent the error, in the browser.' },
					],
				},
			],
		})
	);
};
