import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

const isCI = Boolean(process.env['CI']);
/** Not 4321, so the tests never collide with a running `npm start`; E2E_PORT moves them beside another checkout's (a reused server would test its build). */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	// Tests in one file run in parallel too: the accessibility scan is one test per page.
	fullyParallel: true,
	workers: 2,
	// The JSON report is what .ci/run counts (not under test-results/, which Playwright empties).
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Recording a trace slows every test; a failure in CI is retried once, with its trace.
		trace: 'on-first-retry',
		launchOptions: launchOptions(),
		// The site's animations are short and decorative; with reduced motion (which the site
		// honours) a click need not wait for the step it lands on to stop moving.
		contextOptions: { reducedMotion: 'reduce' },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// The test script builds first; this only serves dist/.
		command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
		// Astro ≥ 7.2 sends `astro preview` to the background when it thinks an agent runs it;
		// Playwright would then see its server exit. Keep it in the foreground.
		env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
