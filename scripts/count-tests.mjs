#!/usr/bin/env node
// Counts every unit and end-to-end test that ran, from the JSON reports Vitest and Playwright
// write to reports/. Plain Node, no dependencies. As a command it prints one line, `N passed,
// N failed`:
//   node scripts/count-tests.mjs [exit status of the test command]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

/** Passed and failed tests in each report (a report that is missing counts nothing). */
export function countTests() {
	const unit = read('reports/unit.json');
	const e2e = read('reports/e2e.json');
	return {
		unit: unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests } : undefined,
		e2e: e2e ? { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected, flaky: e2e.stats.flaky } : undefined,
	};
}

/** `N passed, N failed`; a step that failed before any test ran (type check, build) counts as a failure. */
export function countLine(status = 0) {
	const { unit, e2e } = countTests();
	const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
	let failed = (unit?.failed ?? 0) + (e2e?.failed ?? 0);
	if (status !== 0 && failed === 0) failed = 1;
	return `${passed} passed, ${failed} failed`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(countLine(Number(process.argv[2] ?? 0)));
