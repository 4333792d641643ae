// Checks on the built site itself (dist/), no browser needed: valid HTML on every page.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

const dist = 'dist';
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

test('every page in dist/ is valid HTML', async () => {
	expect(htmlFiles.length).toBeGreaterThan(25);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	for (const file of htmlFiles) {
		const report = await validator.validateString(readFileSync(`${dist}/${file}`, 'utf8'), `${dist}/${file}`);
		for (const result of report.results) {
			for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors).toEqual([]);
});
