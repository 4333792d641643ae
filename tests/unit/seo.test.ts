// The plain functions behind what pages tell search engines and previews (src/seo/): where a
// page's preview image lives, descriptions fitted to a search result, a command as a preview
// shows it, codes as ranges, and reading a built page's head back for the images and the sitemap.
import { describe, expect, it } from 'vitest';
import { cardPath, documentTitle, fitDescription, TITLE_MAX } from '../../src/seo/meta';
import { codeRanges, firstLine } from '../../src/seo/page-facts';
import { readHead } from '../../src/seo/head';
import { cardDrawer, cardKey, clip } from '../../src/seo/card';

describe('preview image addresses', () => {
	it('one per page, beside nothing else', () => {
		expect(cardPath('/')).toBe('/og/home.png');
		expect(cardPath('/521/')).toBe('/og/521.png');
		expect(cardPath('/521/troubleshoot/')).toBe('/og/521/troubleshoot.png');
		expect(cardPath('/platforms/aws-alb/')).toBe('/og/platforms/aws-alb.png');
		expect(cardPath('/404.html')).toBe('/og/404.png');
	});
});

describe('document titles fitted to a search result', () => {
	it("add the site's name only when both fit", () => {
		expect(documentTitle('521 Web server is down', 'G')).toBe('521 Web server is down | G');
		expect(documentTitle('G', 'G')).toBe('G');
		const long = 'x'.repeat(TITLE_MAX - 3);
		expect(documentTitle(long, 'Site')).toBe(long);
	});
});

describe('descriptions fitted to a search result', () => {
	it('keeps one that fits, and cuts a longer one at a clause or a word, with an ellipsis', () => {
		expect(fitDescription('  A short   one. ')).toBe('A short one.');
		const long = `The origin accepted the connection and the request, ${'but sent nothing back '.repeat(4)}before the timer ran out (125 seconds by default), so Cloudflare answered.`;
		const fitted = fitDescription(long);
		expect(fitted.length).toBeLessThanOrEqual(160);
		expect(fitted.endsWith('…')).toBe(true);
		expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
		expect(fitted).not.toMatch(/[ ,(]…$/);
		expect(fitDescription('word '.repeat(60)).length).toBeLessThanOrEqual(160);
	});
});

describe('a command as a preview shows it', () => {
	it('its first line, the placeholders as their example values, an aligned comment dropped', () => {
		expect(firstLine("sudo tail -n 50 /var/log/nginx/error.log      # or apache2\nsudo journalctl -u myapp")).toBe('sudo tail -n 50 /var/log/nginx/error.log');
		expect(firstLine('# find the listener\ncurl -sv https://{{hostname}}/ --connect-to ::{{origin-ipv4}}')).toBe('curl -sv https://www.example.com/ --connect-to ::203.0.113.10');
		expect(firstLine("grep -c '#' file")).toBe("grep -c '#' file");
	});
});

describe('codes as ranges', () => {
	it('runs of three or more become a range, pairs stay a pair', () => {
		expect(codeRanges([504, 500, 502, 503, 502])).toBe('500, 502–504');
		expect(codeRanges([520, 521, 530])).toBe('520, 521, 530');
		expect(codeRanges([])).toBe('');
	});
});

describe("a built page's head, read back", () => {
	const html = `<!doctype html><html><head><title>521 | G</title>
		<meta name="description" content="D.">
		<meta property="og:url" content="https://5xx.guide/521/"><meta property="og:title" content="521 Web server is down">
		<meta property="og:description" content="Refused."><meta property="og:image" content="https://5xx.guide/og/521.png">
		<meta property="article:modified_time" content="2026-11-24">
		<meta name="twitter:label1" content="Sent by"><meta name="twitter:data1" content="CDN edge">
		<meta name="twitter:label2" content="Check first"><meta name="twitter:data2" content="ss -ltnp">
		<meta name="twitter:label3" content="Orphan">
		</head><body><meta name="robots" content="noindex"><p>body</p></body></html>`;

	it('gives the address, title, description, image, facts and review day; only from the head', () => {
		expect(readHead(html)).toEqual({
			url: 'https://5xx.guide/521/',
			title: '521 Web server is down',
			description: 'Refused.',
			image: 'https://5xx.guide/og/521.png',
			facts: [
				{ label: 'Sent by', value: 'CDN edge' },
				{ label: 'Check first', value: 'ss -ltnp' },
			],
			modified: '2026-11-24',
			noindex: false,
		});
		expect(readHead(html.replace('<title>', '<meta name="robots" content="noindex"><title>')).noindex).toBe(true);
	});
});

describe('the preview cache key', () => {
	const card = { title: '521 Web server is down', description: 'Refused.', facts: [], address: '5xx.guide/521/' };
	it('changes with what the card shows and with what draws it, and only then', () => {
		expect(cardKey(card, 'satori@1')).toBe(cardKey({ ...card }, 'satori@1'));
		expect(cardKey(card, 'satori@1')).not.toBe(cardKey({ ...card, title: '522 Connection timed out' }, 'satori@1'));
		expect(cardKey(card, 'satori@1')).not.toBe(cardKey(card, 'satori@2'));
	});

	it('clips long text at a word, with an ellipsis', () => {
		expect(clip('short', 10)).toBe('short');
		expect(clip('one two three four five six', 16)).toBe('one two three…');
	});
});

describe('the card drawer (Satori on a thread of its own)', { timeout: 30_000 }, () => {
	const card = { title: '521 Web server is down', description: 'Refused.', facts: [], address: '5xx.guide/521/' };
	it('draws a PNG within the budget', async () => {
		const drawer = cardDrawer();
		try {
			const png = await drawer.draw(card);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
		} finally {
			await drawer.close();
		}
	});

	it('fails what it is drawing, not hangs, when its thread stops', async () => {
		const drawer = cardDrawer();
		const drawing = drawer.draw(card);
		await drawer.close();
		await expect(drawing).rejects.toThrow(/layout thread stopped/);
	});
});
