import { requiredComponents, requiredSections } from './sections';

/** The parts of a collection entry the checks read. */
export interface CodeEntryLike {
	/** Path of the source file relative to the project root, used in every message. */
	filePath: string;
	/** Raw MDX body. */
	body: string;
	data: { code: number; related: number[] };
}

/** A content error: the build stops and prints every message. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Content check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

/** The file name without directory or extension: `content/codes/521.mdx` → `521`. */
function baseName(filePath: string): string {
	return filePath.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** `##` headings of a Markdown body, ignoring fenced code blocks. */
export function h2Headings(body: string): string[] {
	const headings: string[] = [];
	let fence: string | null = null;
	for (const line of body.split('\n')) {
		const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
		if (fenceMatch?.[1]) {
			const marker = fenceMatch[1];
			if (fence === null) fence = marker;
			else if (marker.startsWith(fence)) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading?.[1]) headings.push(heading[1]);
	}
	return headings;
}

/** Problems with one page's body: missing required sections or first-screen components. */
export function checkBody(filePath: string, body: string): string[] {
	const problems: string[] = [];
	const headings = h2Headings(body);
	let lastIndex = -1;
	for (const section of requiredSections) {
		const index = headings.indexOf(section);
		if (index === -1) problems.push(`${filePath}: body: missing section "## ${section}"`);
		else if (index < lastIndex) problems.push(`${filePath}: body: section "## ${section}" is out of order`);
		else lastIndex = index;
	}
	for (const component of requiredComponents) {
		if (!new RegExp(`<${component}[\\s>]`).test(body)) {
			problems.push(`${filePath}: body: missing <${component}> (the first-screen answer)`);
		}
	}
	return problems;
}

/**
 * Checks that hold across the whole collection: the collection is not empty, each code
 * matches its file name, no code has two files, and every related code has a page.
 */
export function checkCollection(entries: readonly CodeEntryLike[], base: string): string[] {
	if (entries.length === 0) {
		return [`${base}: no code pages found; is the collection's base path right?`];
	}
	const problems: string[] = [];
	const byCode = new Map<number, string>();
	for (const { filePath, data } of entries) {
		const name = baseName(filePath);
		if (name !== String(data.code)) {
			problems.push(`${filePath}: code: ${data.code} does not match the file name "${name}"`);
		}
		const other = byCode.get(data.code);
		if (other) problems.push(`${filePath}: code: ${data.code} already has a page, ${other}`);
		else byCode.set(data.code, filePath);
	}
	for (const { filePath, data, body } of entries) {
		for (const related of data.related) {
			if (related === data.code) problems.push(`${filePath}: related: lists the page's own code ${related}`);
			else if (!byCode.has(related)) problems.push(`${filePath}: related: ${related} has no page`);
		}
		problems.push(...checkBody(filePath, body));
	}
	return problems;
}
