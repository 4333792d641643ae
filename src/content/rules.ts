/**
 * Every rule that spans more than one field or file: code pages, platform pages and flows.
 * Plain TypeScript over plain data, so each rule has a unit test; `site.ts` feeds it the real
 * collections once per build and stops the build with every problem found.
 *
 * Shape checks of a single file (types, required fields, unknown keys) are the zod schemas'
 * job; a flow's own graph (every answer leads somewhere, no cycles) is `wizard/flow.ts`'s.
 */
import { CODE_PAGE_FOLD, requiredComponents, requiredSections } from './sections';
import { componentIds, hasComponent, headingsOf, type Outline } from '../markdown/outline';
import { placeholderNames, unknownPlaceholders } from '../setup/placeholders';
import { isoDay } from '../lib/format';
import { codeHref } from '../lib/paths';
import { changeId } from './change-id';
import { kindsWithUpstream, type PlatformKind } from './platform-schema';

/** One thing wrong with the content: where, what, and how to put it right. */
export interface Problem {
	/** Source file, relative to the project root. */
	file: string;
	/** The field, step or body part ("related", `errors[2].strings[0].pattern`, "body"). */
	field: string;
	message: string;
	/** How to fix it, in one sentence. */
	fix: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.field}: ${p.message}`;

/** The parts of a code page the rules read. */
export interface CodeInput {
	filePath: string;
	/** Raw MDX body, for the placeholders it writes. */
	body: string;
	/** What the Markdown plugin read from the page's tree: headings and components, in order. */
	outline: Outline;
	data: { code: number; related: readonly number[]; changes?: readonly ChangeInput[] };
}

/** The parts of a platform page the rules read. */
export interface PlatformInput {
	filePath: string;
	/** The page's slug: `/platforms/<id>/`. */
	id: string;
	body: string;
	outline: Outline;
	data: {
		kind: string;
		errors: readonly {
			id: string;
			code: number;
			strings: readonly { text: string; pattern?: string | undefined }[];
			timer?: string | undefined;
		}[];
		signatures: readonly { kind: string; header?: string | undefined; pattern: string; example: string; source: string }[];
		timers: readonly {
			id: string;
			source: string;
			effect?: string;
			produces: readonly { code: number; error?: string | undefined }[];
			variant?: string | undefined;
			heldBy?: string | undefined;
		}[];
		sources: readonly { url: string }[];
		changes?: readonly ChangeInput[];
		onUpstreamClose?: string | null | undefined;
		builtOn?: readonly string[];
		retries?: { source: string } | undefined;
		replacesErrors?: { source: string } | undefined;
		bodyLimits?: readonly { name: string; source: string }[];
	};
}

/** The parts of a guide page the rules read. */
export interface GuideInput {
	filePath: string;
	body: string;
	outline: Outline;
	data: {
		maps: readonly {
			id: string;
			stages: readonly { name: string; failures: readonly { codes: readonly number[]; timer?: string | undefined; error?: string | undefined }[] }[];
		}[];
		timerTables?: readonly { id: string; timers: readonly string[] }[];
		changes?: readonly ChangeInput[];
	};
}

/** The parts of a common chain (`content/chains/<slug>.yaml`) the rules read. */
export interface ChainInput {
	filePath: string;
	data: {
		layers: readonly { platform: string; variant?: string | undefined; values: readonly { timer: string; source: string }[] }[];
		sources: readonly { url: string }[];
	};
}

/** The parts of a flow the rules read. */
export interface FlowInput {
	filePath: string;
	/** The file name: a code, or "start". */
	id: string;
	data: {
		code?: number | undefined;
		start: string;
		steps: readonly {
			id: string;
			cause?: string | undefined;
			answers: readonly { label: string; next?: string | undefined; see?: string | undefined }[];
		}[];
	};
}

/** The anchors each page offers, by path: what `see` and `cause` may point at. */
export type Anchors = ReadonlyMap<string, ReadonlySet<string>>;

export interface SiteInput {
	codes: readonly CodeInput[];
	platforms: readonly PlatformInput[];
	guides: readonly GuideInput[];
	flows: readonly FlowInput[];
	chains: readonly ChainInput[];
	/** Sections each page offers, for links into them. */
	anchors: Anchors;
	/** Where the code pages live, for the message when there are none. */
	codesBase: string;
	/** The pairs of codes that have a comparison page (src/content/comparisons.ts). */
	comparisons: readonly (readonly [number, number])[];
}

/** The file name without directory or extension: `content/codes/521.mdx` → `521`. */
function baseName(filePath: string): string {
	return filePath.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/**
 * Indexes of the longest run of `positions` that is already in increasing order: the sections
 * that are in order. Only the others are reported, so moving one section names only that one.
 */
function longestIncreasing(positions: readonly number[]): Set<number> {
	const tails: number[] = [];
	const previous = new Array<number>(positions.length).fill(-1);
	for (let i = 0; i < positions.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (positions[tails[mid]!]! < positions[i]!) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1]!;
		tails[lo] = i;
	}
	const keep = new Set<number>();
	for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) keep.add(i);
	return keep;
}

/** Problems with one code page's body: required sections (present, in order) and first-screen answers. */
export function checkCodeBody(filePath: string, outline: Outline): Problem[] {
	const problems: Problem[] = [];
	const headings = headingsOf(outline, 2).map((h) => h.text);
	const found = requiredSections.map((section) => ({ section, at: headings.indexOf(section) })).filter((s) => s.at >= 0);
	for (const section of requiredSections) {
		if (!headings.includes(section)) {
			problems.push({
				file: filePath,
				field: 'body',
				message: `missing section "## ${section}"`,
				fix: `Add a "## ${section}" section; every code page has ${requiredSections.map((s) => `"${s}"`).join(', ')} in that order.`,
			});
		}
	}
	const inOrder = longestIncreasing(found.map((s) => s.at));
	found.forEach(({ section }, i) => {
		if (inOrder.has(i)) return;
		const before = requiredSections[requiredSections.indexOf(section) - 1];
		problems.push({
			file: filePath,
			field: 'body',
			message: `section "## ${section}" is out of order`,
			fix: before ? `Move "## ${section}" after "## ${before}".` : `Move "## ${section}" before the other required sections.`,
		});
	});
	for (const component of requiredComponents) {
		if (!hasComponent(outline, component)) {
			problems.push({
				file: filePath,
				field: 'body',
				message: `missing <${component}> (the first-screen answer)`,
				fix: `Open the page with <ForVisitors>…</ForVisitors> and <ForOwners>…</ForOwners>.`,
			});
		}
	}
	problems.push(...checkCauses(filePath, outline));
	return problems;
}

/**
 * Each cause opens with its short entry, the two lines a phone shows while its full text is
 * folded (src/markdown/fold.ts): what the reader sees, and how to confirm it in one line.
 */
export function checkCauses(filePath: string, outline: Outline): Problem[] {
	const problems: Problem[] = [];
	const { symptom, check, lineMax } = CODE_PAGE_FOLD;
	const shape = `Start it with two short paragraphs, each opening with its lead-in in bold: "${symptom}" and what the reader sees, then "${check}" and how to confirm it, in one line.`;
	for (const cause of outline.causes ?? []) {
		const field = `body: ### ${cause.text}`;
		if (!cause.symptom) problems.push({ file: filePath, field, message: `the cause has no "${symptom}" line under its heading`, fix: shape });
		else if (!cause.check) problems.push({ file: filePath, field, message: `the cause has no "${check}" line after its symptom`, fix: shape });
		for (const [label, line] of [[symptom, cause.symptom], [check, cause.check]] as const) {
			if (line && line.text.length > lineMax) {
				problems.push({ file: filePath, field, message: `its "${label}" line is ${line.text.length} characters long`, fix: `Shorten it to ${lineMax} characters or fewer: it is what a phone shows of the cause; the rest belongs in the full text below it.` });
			}
		}
	}
	return problems;
}

/**
 * Each compared pair (src/content/comparisons.ts) has two code pages, and each has a row for the
 * other under "How it differs from similar codes": the comparison page shows those rows.
 */
export function checkComparisons(codes: readonly CodeInput[], pairs: readonly (readonly [number, number])[]): Problem[] {
	const problems: Problem[] = [];
	const byCode = new Map(codes.map((c) => [c.data.code, c]));
	const file = 'src/content/comparisons.ts';
	for (const pair of pairs) {
		const [a, b] = pair;
		if (!(a < b)) problems.push({ file, field: 'COMPARED_PAIRS', message: `[${a}, ${b}] is not lower code first`, fix: `Write it [${Math.min(a, b)}, ${Math.max(a, b)}]: the address is /${Math.min(a, b)}-vs-${Math.max(a, b)}/.` });
		for (const [self, other] of [[a, b], [b, a]] as const) {
			const page = byCode.get(self);
			if (!page) {
				problems.push({ file, field: 'COMPARED_PAIRS', message: `[${a}, ${b}]: ${self} has no page`, fix: `Write content/codes/${self}.mdx or remove the pair.` });
				continue;
			}
			if (!page.outline.differs?.some((d) => d.code === other)) {
				problems.push({
					file: page.filePath,
					field: `body: ## ${CODE_PAGE_FOLD.differs}`,
					message: `has no row for ${other}, which /${a}-vs-${b}/ compares it with`,
					fix: `Add a row to the table under "## ${CODE_PAGE_FOLD.differs}": a link to /${other}/, then the one fact that tells ${self} apart from ${other}.`,
				});
			}
		}
	}
	for (const page of codes) {
		for (const table of page.outline.comparisonTables ?? []) {
			const [x, y] = table.codes;
			if (!pairs.some(([a, b]) => (a === x && b === y) || (a === y && b === x))) {
				problems.push({ file: page.filePath, field: `body: ### ${x} vs ${y}`, message: `the side-by-side table compares ${x} and ${y}, which have no comparison page`, fix: `Add [${Math.min(x, y)}, ${Math.max(x, y)}] to COMPARED_PAIRS in src/content/comparisons.ts, or turn the table into rows of the "How it differs" table.` });
			}
		}
	}
	return problems;
}

/** Code pages: not empty, one file per code named after it, related codes that exist, the page shape. */
export function checkCodes(codes: readonly CodeInput[], base: string): Problem[] {
	if (codes.length === 0) {
		return [{ file: base, field: 'collection', message: 'no code pages found', fix: "Check the collection's base path in src/content.config.ts." }];
	}
	const problems: Problem[] = [];
	const byCode = new Map<number, string>();
	for (const { filePath, data } of codes) {
		const name = baseName(filePath);
		if (name !== String(data.code)) {
			problems.push({ file: filePath, field: 'code', message: `${data.code} does not match the file name "${name}"`, fix: `Rename the file to ${data.code}.mdx or correct the code.` });
		}
		const other = byCode.get(data.code);
		if (other) problems.push({ file: filePath, field: 'code', message: `${data.code} already has a page, ${other}`, fix: 'Merge the two pages into one.' });
		else byCode.set(data.code, filePath);
	}
	for (const { filePath, data, outline } of codes) {
		for (const related of data.related) {
			if (related === data.code) {
				problems.push({ file: filePath, field: 'related', message: `lists the page's own code ${related}`, fix: `Remove ${related} from related.` });
			} else if (!byCode.has(related)) {
				problems.push({ file: filePath, field: 'related', message: `${related} has no page`, fix: `Remove ${related} or write content/codes/${related}.mdx.` });
			}
		}
		problems.push(...checkCodeBody(filePath, outline));
	}
	return problems;
}

/** Does `pattern` (case-insensitive) match `text`? False for a pattern that does not compile. */
function matches(pattern: string, text: string): boolean {
	try {
		return new RegExp(pattern, 'i').test(text);
	} catch {
		return false;
	}
}

/** Platform pages: errors, timers and signatures that agree with each other, the body and the code pages. */
export function checkPlatforms(platforms: readonly PlatformInput[], codePages: ReadonlySet<number>): Problem[] {
	const problems: Problem[] = [];
	const platformIds = new Set(platforms.map((p) => p.id));
	for (const { filePath: file, id: pageId, outline, data } of platforms) {
		const sourceUrls = new Set(data.sources.map((s) => s.url));
		const timerIds = new Set(data.timers.map((t) => t.id));
		const errorIds = new Map<string, number>();
		data.errors.forEach((error, i) => {
			const at = `errors[${i}] ("${error.id}")`;
			if (errorIds.has(error.id)) problems.push({ file, field: `${at}.id`, message: 'duplicate error id', fix: 'Give each error its own id.' });
			errorIds.set(error.id, error.code);
			if (!codePages.has(error.code)) {
				problems.push({ file, field: `${at}.code`, message: `${error.code} has no code page`, fix: `Use a code that has a page in content/codes, or write content/codes/${error.code}.mdx.` });
			}
			if (error.timer !== undefined && !timerIds.has(error.timer)) {
				problems.push({ file, field: `${at}.timer`, message: `no timer with id "${error.timer}"`, fix: `Add the timer to "timers" or correct the id (timers: ${[...timerIds].join(', ') || 'none'}).` });
			}
			error.strings.forEach((s, j) => {
				if (s.pattern !== undefined && !matches(s.pattern, s.text)) {
					problems.push({ file, field: `${at}.strings[${j}].pattern`, message: `does not match its own text "${s.text}"`, fix: 'Correct the pattern so that it matches the example text.' });
				}
			});
		});
		const seenTimers = new Set<string>();
		data.timers.forEach((timer, i) => {
			const at = `timers[${i}] ("${timer.id}")`;
			if (seenTimers.has(timer.id)) problems.push({ file, field: `${at}.id`, message: 'duplicate timer id', fix: 'Give each timer its own id.' });
			seenTimers.add(timer.id);
			if (!sourceUrls.has(timer.source)) {
				problems.push({ file, field: `${at}.source`, message: `${timer.source} is not in sources`, fix: 'List the source in "sources" with the date you checked it.' });
			}
			if (timer.heldBy !== undefined && (timer.heldBy === pageId || !platformIds.has(timer.heldBy))) {
				problems.push({
					file,
					field: `${at}.heldBy`,
					message: timer.heldBy === pageId ? 'names this page itself' : `no platform page "${timer.heldBy}"`,
					fix: `Name the layer in front that runs this timer, as a platform slug (${[...platformIds].filter((p) => p !== pageId).join(', ')}), or leave heldBy out for this layer's own timer.`,
				});
			}
			if ((timer.effect ?? 'responds') === 'responds' && timer.produces.length === 0) {
				problems.push({ file, field: `${at}.produces`, message: 'is empty, but the timer responds with a code when it runs out', fix: 'List the code it produces, or set effect: closes (or truncates) if it answers nothing.' });
			}
			timer.produces.forEach((p, j) => {
				if (p.error === undefined) return;
				const code = errorIds.get(p.error);
				if (code === undefined) {
					problems.push({ file, field: `${at}.produces[${j}].error`, message: `no error with id "${p.error}"`, fix: 'Point at an id in "errors".' });
				} else if (code !== p.code) {
					problems.push({ file, field: `${at}.produces[${j}].code`, message: `${p.code}, but error "${p.error}" has code ${code}`, fix: 'Make the two codes agree.' });
				}
			});
		});
		for (const [i, id] of (data.builtOn ?? []).entries()) {
			if (!platformIds.has(id)) problems.push({ file, field: `builtOn[${i}]`, message: `no platform with id "${id}"`, fix: `Use the id of a platform page (${[...platformIds].join(', ')}).` });
		}
		if (data.onUpstreamClose === undefined && kindsWithUpstream.includes(data.kind as PlatformKind)) {
			problems.push({
				file,
				field: 'onUpstreamClose',
				message: `is missing, but a ${data.kind} always has a layer behind it`,
				fix: `Name the error this layer sends when the layer behind it closes the connection before a complete response (errors: ${[...errorIds.keys()].join(', ')}), or write null if the vendor does not say.`,
			});
		}
		if (typeof data.onUpstreamClose === 'string' && !errorIds.has(data.onUpstreamClose)) {
			problems.push({ file, field: 'onUpstreamClose', message: `no error with id "${data.onUpstreamClose}"`, fix: `Point at the error this layer sends when its upstream closes the connection (errors: ${[...errorIds.keys()].join(', ')}).` });
		}
		const cited: [string, string | undefined][] = [
			['retries.source', data.retries?.source],
			['replacesErrors.source', data.replacesErrors?.source],
			...(data.bodyLimits ?? []).map((limit, i): [string, string] => [`bodyLimits[${i}] ("${limit.name}").source`, limit.source]),
		];
		for (const [field, url] of cited) {
			if (url !== undefined && !sourceUrls.has(url)) problems.push({ file, field, message: `${url} is not in sources`, fix: 'List the source in "sources" with the date you checked it.' });
		}
		data.signatures.forEach((signature, i) => {
			const at = `signatures[${i}]`;
			if (signature.kind === 'header' && !signature.header) {
				problems.push({ file, field: `${at}.header`, message: 'a header signature needs the header name', fix: 'Add header: <lowercase name>.' });
			}
			if (!matches(signature.pattern, signature.example)) {
				problems.push({ file, field: `${at}.pattern`, message: `does not match its example "${signature.example}"`, fix: 'Correct the pattern or the example.' });
			}
			if (!sourceUrls.has(signature.source)) {
				problems.push({ file, field: `${at}.source`, message: `${signature.source} is not in sources`, fix: 'List the source in "sources" with the date you checked it.' });
			}
		});
		const sections = componentIds(outline, 'PlatformError');
		const counted = new Map<string, number>();
		for (const id of sections) counted.set(id, (counted.get(id) ?? 0) + 1);
		for (const [id, count] of counted) {
			if (!errorIds.has(id)) problems.push({ file, field: 'body', message: `<PlatformError id="${id}"> has no error "${id}" in the frontmatter`, fix: 'Add the error to "errors" or correct the id.' });
			else if (count > 1) problems.push({ file, field: 'body', message: `<PlatformError id="${id}"> appears ${count} times`, fix: 'Keep one section per error.' });
		}
		for (const id of errorIds.keys()) {
			if (!counted.has(id)) problems.push({ file, field: 'body', message: `error "${id}" has no <PlatformError id="${id}"> section`, fix: 'Add the section: what it means here, how to confirm it, how to fix it.' });
		}
	}
	return problems;
}

/** Why a site path (`/502/#section`, `/platforms/heroku/#h12`) does not land, or undefined if it does. */
function unresolvedSitePath(path: string, anchors: Anchors): string | undefined {
	const [page = '', anchor] = path.split('#');
	const ids = anchors.get(page);
	if (!ids) return `no page at ${page}`;
	return anchor !== undefined && !ids.has(anchor) ? `${page} has no section "#${anchor}"` : undefined;
}

/**
 * Flows: each belongs to a code with a page; each `cause` and `see` lands on a page section;
 * each answer into another flow names a flow and step that exist; and no chain of flows loops
 * back on itself.
 */
export function checkFlows(flows: readonly FlowInput[], codes: readonly CodeInput[], anchors: Anchors): Problem[] {
	const problems: Problem[] = [];
	const byCode = new Map(codes.map((c) => [c.data.code, c]));
	const flowById = new Map(flows.map((f) => [f.id, f]));
	for (const { filePath: file, data } of flows) {
		if (data.code !== undefined && !byCode.has(data.code)) {
			problems.push({ file, field: 'code', message: `${data.code} has no page in content/codes`, fix: `Write content/codes/${data.code}.mdx first.` });
			continue;
		}
		for (const step of data.steps) {
			if (step.cause !== undefined) {
				const path = step.cause.startsWith('/') ? step.cause : data.code !== undefined ? `${codeHref(data.code)}#${step.cause}` : `#${step.cause}`;
				const why = unresolvedSitePath(path, anchors);
				if (why) problems.push({ file, field: `step "${step.id}": cause`, message: `"${step.cause}": ${why}`, fix: 'Use a heading id on the code page, or a site path such as /platforms/heroku/#h12.' });
			}
			step.answers.forEach((answer, i) => {
				const field = `step "${step.id}": answers[${i}] ("${answer.label}")`;
				if (answer.see !== undefined) {
					const why = unresolvedSitePath(answer.see, anchors);
					if (why) problems.push({ file, field: `${field}.see`, message: `"${answer.see}": ${why}`, fix: 'Point at a page of this site and one of its section ids.' });
				}
				if (answer.next?.includes('/')) {
					const [flow = '', target = ''] = answer.next.split('/');
					const other = flowById.get(flow);
					if (!other) problems.push({ file, field: `${field}.next`, message: `"${answer.next}": no flow "${flow}" (content/flows/${flow}.yaml)`, fix: `Use one of: ${[...flowById.keys()].join(', ')}.` });
					else if (target && !other.data.steps.some((s) => s.id === target)) {
						problems.push({ file, field: `${field}.next`, message: `"${answer.next}": flow ${flow} has no step "${target}"`, fix: `Use a step id from ${other.filePath}.` });
					}
				}
			});
		}
	}
	problems.push(...crossFlowCycles(flows));
	return problems;
}

/** Chains of answers across flows that come back to where they started (each flow alone is acyclic). */
function crossFlowCycles(flows: readonly FlowInput[]): Problem[] {
	const starts = new Map<string, string>();
	const edges = new Map<string, string[]>();
	for (const flow of flows) starts.set(flow.id, flow.data.start);
	for (const flow of flows) {
		for (const step of flow.data.steps) {
			const targets: string[] = [];
			for (const answer of step.answers) {
				if (answer.next === undefined) continue;
				if (!answer.next.includes('/')) targets.push(`${flow.id}/${answer.next}`);
				else {
					const [other = '', target = ''] = answer.next.split('/');
					targets.push(`${other}/${target || starts.get(other) || ''}`);
				}
			}
			edges.set(`${flow.id}/${step.id}`, targets);
		}
	}
	const problems: Problem[] = [];
	const colour = new Map<string, 'grey' | 'black'>();
	const files = new Map(flows.map((f) => [f.id, f.filePath]));
	const visit = (node: string, trail: string[]) => {
		colour.set(node, 'grey');
		for (const next of edges.get(node) ?? []) {
			if (colour.get(next) === 'grey') {
				const loop = [...trail.slice(trail.indexOf(next)), node, next];
				const crossesFlows = new Set(loop.map((n) => n.split('/')[0])).size > 1;
				if (crossesFlows) {
					const [flowId = '', stepId = ''] = node.split('/');
					problems.push({
						file: files.get(flowId) ?? flowId,
						field: `step "${stepId}"`,
						message: `leads back through other flows to where it started (${loop.join(' → ')})`,
						fix: 'Point one of these answers at a step that does not lead back.',
					});
				}
			} else if (!colour.has(next)) {
				visit(next, [...trail, node]);
			}
		}
		colour.set(node, 'black');
	};
	for (const node of edges.keys()) if (!colour.has(node)) visit(node, []);
	return problems;
}

/**
 * What a `<platform>/<id>` reference names: undefined if it resolves, else why not. `kind` says
 * whether it must be a timer or an error of that platform.
 */
function unresolvedPlatformRef(ref: string, kind: 'timer' | 'error', platforms: readonly PlatformInput[]): string | undefined {
	const [slug = '', id = ''] = ref.split('/');
	const platform = platforms.find((p) => p.id === slug);
	if (!platform) return `no platform page "${slug}" (content/platforms/${slug}.mdx)`;
	const ids = kind === 'timer' ? platform.data.timers.map((t) => t.id) : platform.data.errors.map((e) => e.id);
	return ids.includes(id) ? undefined : `${slug} has no ${kind} "${id}" (it has: ${ids.join(', ') || 'none'})`;
}

/** Guides: their stage maps point at code pages and platform timers and errors that exist, and each map is placed once. */
export function checkGuides(guides: readonly GuideInput[], platforms: readonly PlatformInput[], codePages: ReadonlySet<number>): Problem[] {
	const problems: Problem[] = [];
	for (const { filePath: file, outline, data } of guides) {
		for (const map of data.maps) {
			map.stages.forEach((stage, i) =>
				stage.failures.forEach((failure, j) => {
					const at = `maps["${map.id}"].stages[${i}].failures[${j}]`;
					for (const code of failure.codes) {
						if (!codePages.has(code)) problems.push({ file, field: `${at}.codes`, message: `${code} has no code page`, fix: 'Use a code that has a page.' });
					}
					for (const kind of ['timer', 'error'] as const) {
						const ref = failure[kind];
						const why = ref === undefined ? undefined : unresolvedPlatformRef(ref, kind, platforms);
						if (why) problems.push({ file, field: `${at}.${kind}`, message: `"${ref}": ${why}`, fix: `Point at an existing ${kind} as <platform>/<id>.` });
					}
				})
			);
		}
		for (const table of data.timerTables ?? []) {
			table.timers.forEach((ref, i) => {
				const why = unresolvedPlatformRef(ref, 'timer', platforms);
				if (why) problems.push({ file, field: `timerTables["${table.id}"].timers[${i}]`, message: `"${ref}": ${why}`, fix: 'Point at an existing timer as <platform>/<id>.' });
			});
			const count = componentIds(outline, 'TimerTable').filter((id) => id === table.id).length;
			if (count !== 1) problems.push({ file, field: `timerTables["${table.id}"]`, message: `is placed ${count} times in the body`, fix: `Put <TimerTable id="${table.id}" /> once where the table belongs.` });
		}
		for (const id of componentIds(outline, 'TimerTable').filter((id) => !(data.timerTables ?? []).some((t) => t.id === id))) {
			problems.push({ file, field: 'body', message: `<TimerTable id="${id}"> has no table "${id}" in the frontmatter`, fix: 'Add the table to timerTables or correct the id.' });
		}
		const placed = componentIds(outline, 'StageMap');
		for (const map of data.maps) {
			const count = placed.filter((id) => id === map.id).length;
			if (count !== 1) problems.push({ file, field: `maps["${map.id}"]`, message: `is placed ${count} times in the body`, fix: `Put <StageMap id="${map.id}" /> once where the map belongs.` });
		}
		for (const id of placed.filter((id) => !data.maps.some((m) => m.id === id))) {
			problems.push({ file, field: 'body', message: `<StageMap id="${id}"> has no map "${id}" in the frontmatter`, fix: 'Add the map or correct the id.' });
		}
	}
	return problems;
}

/**
 * Common chains: each layer is a platform page, each variant one its timers name, and each value
 * a timer the layer runs (its own, or one the next layer's page says it holds), with a source the
 * chain lists.
 */
export function checkChains(chains: readonly ChainInput[], platforms: readonly PlatformInput[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(platforms.map((p) => [p.id, p]));
	for (const { filePath: file, data } of chains) {
		const sourceUrls = new Set(data.sources.map((s) => s.url));
		data.layers.forEach((layer, i) => {
			const at = `layers[${i}] ("${layer.platform}")`;
			const platform = byId.get(layer.platform);
			if (!platform) {
				problems.push({ file, field: `${at}.platform`, message: `no platform page "${layer.platform}"`, fix: `Use a slug of content/platforms: ${[...byId.keys()].join(', ')}.` });
				return;
			}
			const variants = [...new Set(platform.data.timers.flatMap((t) => (t.variant ? [t.variant] : [])))];
			if (layer.variant !== undefined && !variants.includes(layer.variant)) {
				problems.push({ file, field: `${at}.variant`, message: `"${layer.variant}" is not a variant of ${layer.platform}`, fix: variants.length ? `Use one of: ${variants.join(', ')}.` : `Leave variant out: ${platform.filePath} names none.` });
			}
			const next = byId.get(data.layers[i + 1]?.platform ?? '');
			const runs = new Set([...platform.data.timers.filter((t) => !t.heldBy).map((t) => t.id), ...(next?.data.timers.filter((t) => t.heldBy === layer.platform).map((t) => t.id) ?? [])]);
			const seen = new Set<string>();
			layer.values.forEach((value, j) => {
				const field = `${at}.values[${j}]`;
				if (!runs.has(value.timer)) problems.push({ file, field: `${field}.timer`, message: `${layer.platform} runs no timer "${value.timer}" here`, fix: `Use one of: ${[...runs].join(', ')}.` });
				if (seen.has(value.timer)) problems.push({ file, field: `${field}.timer`, message: `"${value.timer}" is set twice`, fix: 'Keep one value per timer.' });
				seen.add(value.timer);
				if (!sourceUrls.has(value.source)) problems.push({ file, field: `${field}.source`, message: `${value.source} is not in sources`, fix: 'List the source in "sources" with the date you checked it.' });
			});
		});
	}
	return problems;
}

/** Pages whose commands use a placeholder that does not exist (`{{hostnme}}`), naming the line. */
export function checkPlaceholders(pages: readonly { filePath: string; body: string }[]): Problem[] {
	return pages.flatMap(({ filePath, body }) =>
		body.split('\n').flatMap((line, i) =>
			unknownPlaceholders(line).map((name) => ({
				file: filePath,
				field: `body, line ${i + 1}`,
				message: `unknown placeholder {{${name}}}`,
				fix: `Use one of ${placeholderNames.map((n) => `{{${n}}}`).join(', ')}, or write the value itself.`,
			}))
		)
	);
}

/** The parts of a change record the rules read. */
export interface ChangeInput {
	date: Date;
	fact: string;
	codes: readonly number[];
}

/**
 * Change records, in any page's frontmatter: newest first (the page, /changes/ and the feed show
 * them in file order), every code they name has a page, and no two share an id.
 */
export function checkChanges(pages: readonly { filePath: string; data: { changes?: readonly ChangeInput[] } }[], codePages: ReadonlySet<number>): Problem[] {
	return pages.flatMap(({ filePath: file, data: { changes = [] } }) => {
		// Within one page a record's id is its day and the first words of its fact (change-id.ts).
		const ids = changes.map((change) => changeId(change, ''));
		return changes.flatMap((change, i) => {
			const first = ids.indexOf(ids[i]!);
			return [
				...(i > 0 && change.date > changes[i - 1]!.date
					? [{ file, field: `changes[${i}].date`, message: `${isoDay(change.date)} is newer than the change above it (${isoDay(changes[i - 1]!.date)})`, fix: 'List changes newest first.' }]
					: []),
				...change.codes
					.filter((code) => !codePages.has(code))
					.map((code) => ({ file, field: `changes[${i}].codes`, message: `${code} has no code page`, fix: 'Name a code that has a page in content/codes.' })),
				...(first < i ? [{ file, field: `changes[${i}]`, message: `has the same id as changes[${first}] (${ids[i]})`, fix: 'Give them different dates or facts, or merge them into one.' }] : []),
			];
		});
	});
}

/** Every rule over the whole site. An empty list means the content is consistent. */
export function checkSite(site: SiteInput): Problem[] {
	const codePages = new Set(site.codes.map((c) => c.data.code));
	return [
		...checkCodes(site.codes, site.codesBase),
		...checkComparisons(site.codes, site.comparisons),
		...checkChanges([...site.codes, ...site.platforms, ...site.guides], codePages),
		...checkPlatforms(site.platforms, codePages),
		...checkGuides(site.guides, site.platforms, codePages),
		...checkFlows(site.flows, site.codes, site.anchors),
		...checkChains(site.chains, site.platforms),
		...checkPlaceholders([...site.codes, ...site.platforms, ...site.guides]),
	];
}
