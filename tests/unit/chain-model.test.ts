import { describe, expect, it } from 'vitest';
import { chainHash, formatChain, HASH_SHAPE, MAX_LAYERS, parseChain, readHash, type ChainData } from '../../src/chain/model';
import { builtChainData, builtElement, builtPage } from './helpers/built';
import { builtPages } from '../e2e/fixtures/pages';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

const data: ChainData = builtChainData();

describe('a chain as text', () => {
	it('round-trips layers, a variant and values', () => {
		const text = 'cloudflare,aws-api-gateway@http-api,nginx:proxy-read-timeout=300:upstream-keepalive-timeout=0.5';
		const chain = parseChain(text, data)!;
		expect(chain.layers).toEqual([
			{ slug: 'cloudflare', values: {} },
			{ slug: 'aws-api-gateway', variant: 'http-api', values: {} },
			{ slug: 'nginx', values: { 'proxy-read-timeout': 300, 'upstream-keepalive-timeout': 0.5 } },
		]);
		expect(formatChain(chain)).toBe(text);
	});

	it('drops what the data does not know, and values that are not plain numbers', () => {
		const chain = parseChain('nope,nginx@fast:proxy-read-timeout=1e9:x=5:Bad=1:proxy-send-timeout=-1:fastcgi-read-timeout=90,<b>,gunicorn:timeout=20', data)!;
		// fastcgi_read_timeout is on the PHP-FPM page, held by nginx: a value nginx can take.
		expect(formatChain(chain)).toBe('nginx:fastcgi-read-timeout=90,gunicorn:timeout=20');
		expect(parseChain('', data)).toBeUndefined();
		expect(parseChain('<script>', data)).toBeUndefined();
	});

	it('keeps at most eight layers', () => {
		expect(parseChain(Array(12).fill('nginx').join(','), data)!.layers).toHaveLength(MAX_LAYERS);
	});

	it('reads the fragment: the chain, and a duration when it is a number', () => {
		expect(readHash('cloudflare,nginx&t=45')).toEqual({ text: 'cloudflare,nginx', seconds: 45 });
		expect(readHash('cloudflare,nginx&t=soon')).toEqual({ text: 'cloudflare,nginx' });
		expect(new RegExp(HASH_SHAPE).test(chainHash(parseChain('aws-api-gateway@http-api,aws-lambda:function-timeout=60', data)!, 12.5).slice(1))).toBe(true);
	});
});

describe('the chains the site links to', () => {
	it('name only layers, variants and timers the data knows, on every page', () => {
		const links: string[] = [];
		for (const path of builtPages()) {
			visit(fromHtml(builtPage(path)), 'element', (el: Element) => {
				const href = el.properties['href'];
				if (typeof href === 'string' && href.startsWith('/chain/#')) links.push(href);
			});
		}
		const options: string[] = [];
		visit(builtElement('/chain/', (el) => el.properties['id'] === 'chain-common')!, 'element', (el: Element) => {
			if (el.tagName === 'option' && el.properties['value']) options.push(String(el.properties['value']));
		});
		// A common chain's page links to the builder with its chain, and the builder offers each.
		expect(links.length).toBeGreaterThanOrEqual(10);
		expect(options.length).toBe(links.length);
		for (const hash of [...links.map((l) => l.slice('/chain/#'.length)), ...options]) {
			const { text, seconds } = readHash(hash);
			expect(seconds, hash).toBeGreaterThan(0);
			expect(formatChain(parseChain(text, data) ?? { layers: [] }), hash).toBe(text);
		}
	});
});
