#!/usr/bin/env node
// Prints one line, `N passed, N failed`, counting every unit and end-to-end test that ran, from
// the JSON reports Vitest and Playwright write to reports/. Plain Node, no dependencies.
//   node scripts/count-tests.mjs [exit status of the test command]
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
}

// A step that fails before any test runs (type check, build) still has to count as a failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
