// The preview-image step as the build runs it, in-process on built pages in a scratch folder: its
// images are drawn while the steps after it run, and `finish` waits for them, so the build neither
// ends before they are written nor loses an error drawing one.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { previewsIntegration } from '../../src/integrations/previews';
import { builtPage } from './helpers/built';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** Runs the step's hooks over /521/ and /522/ as built; `before` may change the scratch folder first. */
async function run(before: (out: string) => void = () => {}) {
	const scratch = mkdtempSync(join(tmpdir(), '5xx-previews-'));
	const out = join(scratch, 'dist');
	for (const path of ['521', '522']) {
		mkdirSync(join(out, path), { recursive: true });
		writeFileSync(join(out, path, 'index.html'), builtPage(`/${path}/`));
	}
	before(out);
	const previews = previewsIntegration();
	const logged: string[] = [];
	const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
	const config = { site: 'https://5xx.guide', root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(join(scratch, 'cache/')) };
	previews.hooks['astro:config:done']!({ config } as never);
	const dir = pathToFileURL(`${out}/`);
	return { scratch, out, logged, previews, started: previews.hooks['astro:build:done']!({ dir, logger } as never), finish: () => previews.finish.hooks['astro:build:done']!({ dir, logger } as never) };
}

describe('the preview images step', { timeout: 60_000 }, () => {
	it('reads what the sitemap needs at once, draws beside the next steps, and has every image written when finish resolves', async () => {
		const { scratch, out, logged, previews, started, finish } = await run();
		try {
			await started;
			expect(previews.lastmodOf('https://5xx.guide/521/')).toMatch(/^\d{4}-\d\d-\d\d$/);
			await finish();
			for (const path of ['521', '522']) expect(readFileSync(join(out, 'og', `${path}.png`)).subarray(0, 4)).toEqual(PNG);
			expect(logged.join('\n')).toMatch(/Preview images for 2 pages: 2 drawn/);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	it('fails the build at finish when an image cannot be written, naming the cause', async () => {
		// A folder where an image should go: writing it fails.
		const { scratch, started, finish } = await run((out) => mkdirSync(join(out, 'og', '522.png'), { recursive: true }));
		try {
			await started;
			await expect(finish()).rejects.toThrow(/EISDIR|illegal operation on a directory/);
			expect(existsSync(scratch)).toBe(true);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});
