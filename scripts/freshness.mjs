// Whether dist/ is older than what it is built from. Plain Node (runs on Node 20 too). `npm run
// build` writes the stamp after a successful build; `npm start` and the unit tests that read the
// built site rebuild only when a source changed since.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_STAMP = join(root, 'dist/.build-stamp');
export const BUILD_LOG = join(root, 'reports/build.log');

/** What a build reads: the site's source, content, static files, config and installed packages. */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** The newest modification time under `path`, in ms. @param {string} path @returns {number} */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = stat.mtimeMs;
	for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
	return max;
}

/** Undefined when dist/ was built after every input last changed; otherwise why not. */
export function staleBecause() {
	if (!existsSync(BUILD_STAMP)) return 'there is no finished build in dist/';
	const built = statSync(BUILD_STAMP).mtimeMs;
	const changed = INPUTS.find((input) => newest(join(root, input)) > built);
	return changed ? `${changed} changed since the last build` : undefined;
}
