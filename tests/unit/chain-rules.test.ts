import { describe, expect, it } from 'vitest';
import { checkChains, checkPlatforms, formatProblem, type ChainInput, type PlatformInput } from '../../src/content/rules';
import { mdxOutline } from './helpers/markdown';

const messages = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => formatProblem({ ...p, fix: '' }));
const src = 'https://docs.example.com/';
const outline = await mdxOutline('<PlatformError id="timeout">\n\nText.\n\n</PlatformError>');

function platform(id: string, timers: PlatformInput['data']['timers']): PlatformInput {
	return {
		filePath: `content/platforms/${id}.mdx`,
		id,
		body: '',
		outline,
		data: { kind: 'proxy', errors: [{ id: 'timeout', code: 504, strings: [{ text: 'timed out' }] }], signatures: [], timers, sources: [{ url: src }] },
	};
}
const proxy = platform('proxy', [{ id: 'read', source: src, produces: [{ code: 504, error: 'timeout' }] }]);
const app = platform('app', [
	{ id: 'fcgi-read', source: src, heldBy: 'proxy', produces: [{ code: 504, error: 'timeout' }] },
	{ id: 'run', source: src, variant: 'Functions', produces: [{ code: 504, error: 'timeout' }] },
	{ id: 'edge', source: src, variant: 'Edge', produces: [{ code: 504, error: 'timeout' }] },
]);

describe('timers held by the layer in front', () => {
	it('pass when they name another platform page', () => {
		expect(checkPlatforms([proxy, app], new Set([504]))).toEqual([]);
	});

	it('fail a page that does not exist, or the page itself', () => {
		const wrong = platform('app', [
			{ id: 'a', source: src, heldBy: 'nginz', produces: [{ code: 504, error: 'timeout' }] },
			{ id: 'b', source: src, heldBy: 'app', produces: [{ code: 504, error: 'timeout' }] },
		]);
		expect(messages(checkPlatforms([proxy, wrong], new Set([504])))).toEqual([
			'content/platforms/app.mdx: timers[0] ("a").heldBy: no platform page "nginz"',
			'content/platforms/app.mdx: timers[1] ("b").heldBy: names this page itself',
		]);
	});
});

const F = 'content/chains/test.yaml';
function chain(layers: ChainInput['data']['layers'], sources = [{ url: src }]): ChainInput {
	return { filePath: F, data: { layers, sources } };
}

describe('common chains', () => {
	it('pass with known layers, a variant the page names, and values of timers the layer runs, sourced', () => {
		const layers = [
			{ platform: 'proxy', values: [{ timer: 'read', source: src }, { timer: 'fcgi-read', source: src }] },
			{ platform: 'app', variant: 'Edge', values: [{ timer: 'edge', source: src }] },
		];
		expect(checkChains([chain(layers)], [proxy, app])).toEqual([]);
	});

	it('fail an unknown platform, an unknown variant, a timer the layer does not run (a held one belongs to the layer in front), a value set twice and an unlisted source', () => {
		const layers = [
			{ platform: 'proxi', values: [] },
			{ platform: 'proxy', values: [{ timer: 'fcgi-read', source: src }] },
			{ platform: 'app', variant: 'Edge runtime', values: [{ timer: 'fcgi-read', source: src }, { timer: 'run', source: src }, { timer: 'run', source: 'https://elsewhere.example/' }] },
		];
		expect(messages(checkChains([chain(layers)], [proxy, app]))).toEqual([
			`${F}: layers[0] ("proxi").platform: no platform page "proxi"`,
			`${F}: layers[2] ("app").variant: "Edge runtime" is not a variant of app`,
			`${F}: layers[2] ("app").values[0].timer: app runs no timer "fcgi-read" here`,
			`${F}: layers[2] ("app").values[2].timer: "run" is set twice`,
			`${F}: layers[2] ("app").values[2].source: https://elsewhere.example/ is not in sources`,
		]);
	});
});
