#!/usr/bin/env node
// `npm test`: build, then the type check, the unit tests and the browser tests side by side, then one line that
// counts every test, unit and browser: `N passed, N failed`. The unit tests read the site the
// build just wrote (what ships), and the browser tests serve that same build. A failing step
// does not hide the others' results: after a failed type check or unit run the rest still runs
// (the browser tests need a build, so a failed build skips them). Exit status: 0 only if all passed.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countLine, countTests } from './count-tests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** @param {string} name */
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
/** @typedef {{ label: string, ok: boolean, seconds: string, skipped?: boolean }} Step */

/**
 * Runs a step beside the next ones, its output held back and printed when it is awaited, so the
 * two steps' lines do not mix.
 * @param {string} label @param {string} command @param {string[]} args @returns {() => Promise<Step>}
 */
const runBeside = (label, command, args) => {
	const started = Date.now();
	const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
	/** @type {Buffer[]} */
	const output = [];
	child.stdout.on('data', (chunk) => output.push(chunk));
	child.stderr.on('data', (chunk) => output.push(chunk));
	/** @type {Promise<{ status: number | null, seconds: string }>} */
	const done = new Promise((resolve) => child.on('close', (status) => resolve({ status, seconds: ((Date.now() - started) / 1000).toFixed(0) })));
	return async () => {
		const { status, seconds } = await done;
		console.log(`\n[test] ${label}`);
		process.stdout.write(Buffer.concat(output));
		return { label, ok: status === 0, seconds };
	};
};

/**
 * Runs a step with its output shown as it comes, without blocking this process: output held
 * back by `runBeside` keeps being read meanwhile.
 * @param {string} label @param {string} command @param {string[]} args @returns {Promise<Step>}
 */
const runInherited = (label, command, args) =>
	new Promise((resolve) => {
		const started = Date.now();
		console.log(`\n[test] ${label}`);
		spawn(command, args, { cwd: root, stdio: 'inherit' }).on('close', (status) =>
			resolve({ label, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(0) })
		);
	});

rmSync(`${root}/reports`, { recursive: true, force: true });
/** @type {Step[]} */
const steps = [];
const build = await runInherited('Build', process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))]);
// Everything after the build reads only the build and the sources, so the type check and the unit
// tests run beside the browser tests, which take longest and keep both cores busy; on their own
// the first two leave a third of the machine idle. Their output is held back and printed after.
// (Not beside the build: the type check runs the content sync too, which must not run twice at once.)
const typeCheck = runBeside('Type check (astro check)', bin('astro'), ['check', '--minimumSeverity', 'warning']);
const unitTests = runBeside('Unit tests (Vitest)', bin('vitest'), ['run']);
const browser = build.ok
	? await runInherited('Browser tests (Playwright)', bin('playwright'), ['test'])
	: { label: 'Browser tests (Playwright)', ok: false, seconds: '0', skipped: true };
steps.push(build, await typeCheck(), await unitTests(), browser);

const { unit, e2e } = countTests();
console.log('');
for (const step of steps) console.log(`[test] ${step.ok ? 'ok  ' : 'FAIL'} ${step.label}${step.skipped ? ': skipped, the build failed' : ` (${step.seconds} s)`}`);
console.log(`[test] unit ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'did not run'}; browser ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed${e2e.flaky ? ` (${e2e.flaky} passed on retry)` : ''}` : 'did not run'}`);
const ok = steps.every((s) => s.ok);
console.log(countLine(ok ? 0 : 1));
process.exit(ok ? 0 : 1);
