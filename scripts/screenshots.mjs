#!/usr/bin/env node
// Screenshots of key pages in light and dark, desktop and 360 px, into screenshots/ (for review,
// and docs/screenshot.png for the README). Needs a built site served at BASE (default: preview).
//   node scripts/screenshots.mjs [path ...]
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchOptions } from './browser.mjs';

const base = process.env['BASE'] ?? 'http://127.0.0.1:4322';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/521/', '/521/troubleshoot/', '/', '/which-5xx/'];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
/** @type {[string, { width: number, height: number }][]} */
const viewports = [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 360, height: 780 }]];
for (const path of paths) {
	for (const [label, viewport] of viewports) {
		for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
			const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
			await page.goto(base + path);
			const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${label}-${colorScheme}`;
			await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env['FULL'] === '1', animations: 'disabled' });
			await page.close();
		}
	}
}
// docs/screenshot.png for the README: /521/ on a desktop and at 360 px, light and dark, side by side.
if (paths.includes('/521/')) {
	const image = (/** @type {string} */ name) => `data:image/png;base64,${readFileSync(`screenshots/521-${name}.png`).toString('base64')}`;
	const page = await browser.newPage({ viewport: { width: 2064, height: 900 }, deviceScaleFactor: 1 });
	await page.setContent(
		`<body style="margin:0;display:flex;gap:16px;align-items:flex-start;background:#888;padding:16px">` +
			`<img src="${image('desktop-light')}" width="1280"><div style="display:flex;flex-direction:column;gap:16px">` +
			`<div style="display:flex;gap:16px"><img src="${image('mobile-light')}" width="360"><img src="${image('mobile-dark')}" width="360"></div></div></body>`
	);
	mkdirSync('docs', { recursive: true });
	await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
	await page.close();
}
await browser.close();
