/**
 * Some unit tests read the built site, because that is what ships (the diagnose data embedded in
 * /diagnose/, the flowcharts drawn into each troubleshooter). `npm test` builds right before the
 * unit tests; run alone, Vitest builds first if dist/ is older than any source.
 */
import { spawnSync } from 'node:child_process';
import { staleBecause } from '../../scripts/freshness.mjs';

export default function setup() {
	const stale = staleBecause();
	if (!stale) return;
	console.log(`[unit] Building the site first: ${stale}.`);
	const { status } = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
	if (status !== 0) throw new Error('The build failed, and some unit tests read the built site; fix the build first.');
}
