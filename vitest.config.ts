/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Tests that read the built site (tests/unit/helpers/built.ts) get a fresh build first.
		globalSetup: ['tests/unit/global-setup.ts'],
		// Concurrent tests (the build fixtures) two at a time: each build is mostly waiting on one core.
		maxConcurrency: 2,
		// npm test runs these beside the browser tests, which keep both cores busy: a test that reads
		// every built page takes a second alone and several beside them. Nothing here waits on time.
		testTimeout: 60_000,
		// The JSON report is what .ci/run counts.
		reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
	},
});
