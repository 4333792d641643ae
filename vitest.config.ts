/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The JSON report is what .ci/run counts.
		reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
	},
});
