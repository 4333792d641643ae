/**
 * Where two codes are compared: the comparison page when the site has one, else the lower code's
 * "How it differs from similar codes" section, which names the other.
 */
import type { Site } from './site';
import { codeHref } from '../lib/paths';
import { requiredSections } from './sections';
import GithubSlugger from 'github-slugger';

const differs = new GithubSlugger().slug(requiredSections[3]);

export function comparisonHref(_site: Site, a: number, b: number): string {
	const [low] = a < b ? [a, b] : [b, a];
	return `${codeHref(low)}#${differs}`;
}
