/**
 * The built site in dist/, as it ships: tests that check data the build assembles (the diagnose
 * tool's data, the flowcharts) read it here instead of rebuilding it from the content files.
 * tests/unit/global-setup.ts makes sure the build is newer than every source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { DiagnoseData } from '../../../src/diagnose/data';
import type { ChainData } from '../../../src/chain/model';
import { textOf } from '../../../src/lib/html';

const parents = new WeakMap<Element, Element>();

/** A page of the built site, by its path (`/diagnose/`). */
export function builtPage(path: string): string {
	const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
	if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm test builds before the unit tests)`);
	return readFileSync(file, 'utf8');
}

/** The first element of a built page that `test` accepts. */
export function builtElement(path: string, test: (el: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	visit(fromHtml(builtPage(path)), 'element', (el: Element, _index, parent) => {
		if (parent?.type === 'element') parents.set(el, parent);
		if (!found && test(el)) found = el;
	});
	return found;
}

/** The data /diagnose/ embeds for its script: what the page's readers' pastes are matched against. */
export function builtDiagnoseData(): DiagnoseData {
	const script = builtElement('/diagnose/', (el) => el.tagName === 'script' && el.properties['type'] === 'application/json');
	if (!script) throw new Error('/diagnose/ has no embedded data (<script type="application/json">)');
	return JSON.parse(textOf(script)) as DiagnoseData;
}

/** The layers' data /chain/ embeds for its builder: what every chain is analysed against. */
export function builtChainData(): ChainData {
	const script = builtElement('/chain/', (el) => el.tagName === 'script' && el.properties['type'] === 'application/json');
	if (!script) throw new Error('/chain/ has no embedded data (<script type="application/json">)');
	return JSON.parse(textOf(script)) as ChainData;
}

/** The classes of an element (`class="a b"` → ['a', 'b']). */
export const classesOf = (el: Element | undefined): string[] => {
	const value = el?.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
};
/** The parent of an element found by `builtElement`. */
export const builtParent = (el: Element): Element | undefined => parents.get(el);
