import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { validateFlow } from './flow';
import { flowFileSchema, renderedFlowSchema, sharedStepsSchema, type FlowFile, type FlowStepSource, type RenderedStep, type SharedSteps } from './flow-schema';
import { outlineOf } from '../markdown/outline';
import { BuildCache, buildCacheSetting, cacheKey, codeHash } from '../lib/build-cache';

/** A build error listing every problem found in the flow files. */
export class FlowError extends Error {
	constructor(problems: string[]) {
		super(`Troubleshooting flow check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'FlowError';
	}
}

/** A step's Markdown rendered: its HTML, any raw HTML it holds, and its code blocks' languages. */
interface RenderedMarkdown {
	html: string;
	rawHtml: string[];
	fences: { lang: string }[];
}

/** The shared steps file's name; files starting with `_` are not flows. */
export const SHARED_FILE = '_shared.yaml';

type Schema = typeof flowFileSchema | typeof sharedStepsSchema;

/** Parses YAML against a schema; problems name the file, the step (by id) and the field. */
function parseWith<S extends Schema>(schema: S, file: string, text: string): { data?: ReturnType<S['parse']>; problems: string[] } {
	let raw: unknown;
	try {
		raw = parse(text, { uniqueKeys: true });
	} catch (error) {
		return { problems: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		return {
			problems: result.error.issues.map((issue) => {
				const where = issue.path.reduce<string>(
					(acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
					''
				);
				// Name the step by its id, not only its index, where the id is readable.
				const stepIndex = issue.path[0] === 'steps' ? issue.path[1] : undefined;
				const id = typeof stepIndex === 'number' ? (raw as { steps?: { id?: unknown }[] }).steps?.[stepIndex]?.id : undefined;
				return `${file}: ${typeof id === 'string' ? `step "${id}": ` : ''}${where || '(root)'}: ${issue.message}`;
			}),
		};
	}
	return { data: result.data as ReturnType<S['parse']>, problems: [] };
}

/** Reads the shared steps file. */
export function parseSharedFile(file: string, text: string): { shared?: SharedSteps; problems: string[] } {
	const { data, problems } = parseWith(sharedStepsSchema, file, text);
	return data ? { shared: data, problems } : { problems };
}

/**
 * Reads one flow file into its authoring shape, with shared steps filled in (a step's own
 * fields win), or the problems that stop it.
 */
export function parseFlowFile(file: string, text: string, shared: SharedSteps = { steps: [] }): { flow?: FlowFile; problems: string[] } {
	const { data, problems: shape } = parseWith(flowFileSchema, file, text);
	if (!data) return { problems: shape };
	const byId = new Map(shared.steps.map((s) => [s.id, s]));
	const problems: string[] = [];
	const steps = data.steps.map((step) => {
		if (step.use === undefined) return step;
		const base = byId.get(step.use);
		if (!base) {
			problems.push(`${file}: step "${step.id}": use: no shared step "${step.use}" in content/flows/${SHARED_FILE} (it has: ${[...byId.keys()].join(', ') || 'none'})`);
			return step;
		}
		const { id: _sharedId, ...fields } = base;
		const own = Object.fromEntries(Object.entries(step).filter(([, value]) => value !== undefined));
		return { ...fields, ...own } as FlowStepSource;
	});
	if (problems.length > 0) return { problems };
	const flow = { ...data, steps };
	const graph = validateFlow(file, flow);
	return graph.length > 0 ? { problems: graph } : { flow, problems: [] };
}

/**
 * Loads `<base>/*.yaml`: each a troubleshooting flow, checked (shape and graph) and with its
 * Markdown rendered. Any problem in any file stops the build, naming the file and the step.
 */
export function flowLoader({ base }: { base: string }): Loader {
	return {
		name: 'flow-loader',
		schema: renderedFlowSchema,
		async load({ store, config, renderMarkdown }: LoaderContext) {
			const dir = new URL(base.replace(/\/?$/, '/'), config.root);
			const all: string[] = await readdir(dir).catch(() => []);
			const names = all.filter((n) => n.endsWith('.yaml') && !n.startsWith('_')).sort();
			const problems: string[] = [];
			const folder = base.replace(/^\.\//, '').replace(/\/$/, '');
			const { shared = { steps: [] }, problems: sharedProblems } = all.includes(SHARED_FILE)
				? parseSharedFile(`${folder}/${SHARED_FILE}`, await readFile(new URL(SHARED_FILE, dir), 'utf8'))
				: { problems: [] };
			problems.push(...sharedProblems);
			// A shared step's text is the same in every flow that uses it: rendered once. The Markdown
			// plugin (src/markdown/plugin.ts) builds its code blocks and records any raw HTML.
			const rendered = new Map<string, Promise<RenderedMarkdown>>();
			// And once per version of the text and of the Markdown pipeline, across builds: the pipeline is
			// configured in astro.config.mjs, so its code is that file with everything it imports.
			const setting = buildCacheSetting();
			const cache = new BuildCache(setting && join(setting.dir, 'flow-markdown'));
			const pipeline = setting ? codeHash(fileURLToPath(new URL('astro.config.mjs', config.root)), setting.lockfile) : '';
			/** Renders a step's Markdown; raw HTML or a bad code block is reported with the file and the step. */
			const md = async (text: string | undefined, where: string) => {
				if (text === undefined) return undefined;
				if (!rendered.has(text)) {
					rendered.set(
						text,
						cache
							.through(cacheKey(pipeline, text), async () => {
								const { html, metadata } = await renderMarkdown(text);
								const { rawHtml, fences } = outlineOf(metadata?.frontmatter, where);
								return JSON.stringify({ html, rawHtml, fences } satisfies RenderedMarkdown);
							})
							.then((json) => JSON.parse(json) as RenderedMarkdown)
					);
				}
				try {
					const { html, rawHtml } = await rendered.get(text)!;
					for (const raw of rawHtml) problems.push(`${where}: raw HTML ${raw} would be markup, not text; put it in backticks or reword it`);
					return html;
				} catch (error) {
					problems.push(`${where}: ${(error as Error).message}`);
					return undefined;
				}
			};

			/** Whether a step's text has a message of its own to send (a ```text block), rendered above. */
			const hasMessage = async (text: string | undefined) => text !== undefined && (await rendered.get(text)?.catch(() => undefined))?.fences.some((f) => f.lang === 'text') === true;

			store.clear();
			for (const name of names) {
				const file = `${folder}/${name}`;
				const { flow, problems: found } = parseFlowFile(file, await readFile(new URL(name, dir), 'utf8'), shared);
				problems.push(...found);
				if (!flow) continue;
				const id = name.replace(/\.yaml$/, '');
				if (id === 'start') {
					if (flow.code !== undefined) problems.push(`${file}: code: the start flow is for readers who don't know the code; leave "code" out`);
				} else if (String(flow.code) !== id) {
					problems.push(`${file}: code: ${flow.code ?? '(missing)'} does not match the file name; name a flow <code>.yaml, or start.yaml`);
				}
				const steps: RenderedStep[] = [];
				for (const step of flow.steps) {
					const title = step.question ?? step.outcome ?? '';
					steps.push({
						id: step.id,
						kind: step.outcome !== undefined ? 'outcome' : 'question',
						title,
						short: step.short ?? title,
						explainHtml: await md(step.explain, `${file}: step "${step.id}": explain`),
						answers: step.answers ?? [],
						fixHtml: await md(step.fix, `${file}: step "${step.id}": fix`),
						verifyHtml: await md(step.verify, `${file}: step "${step.id}": verify`),
						escalateHtml: await md(step.escalate, `${file}: step "${step.id}": escalate`),
						escalateHasMessage: await hasMessage(step.escalate),
						...(step.ask !== undefined ? { ask: step.ask } : {}),
						cause: step.cause,
						messages: step.messages ?? [],
						...(step.use ? { uses: step.use } : {}),
					});
				}
				store.set({
					id,
					filePath: file,
					data: {
						id,
						...(flow.code !== undefined ? { code: flow.code } : {}),
						title: flow.title,
						introHtml: await md(flow.intro, `${file}: intro`),
						start: flow.start,
						...(flow.codePageAnswer ? { codePageAnswer: flow.codePageAnswer } : {}),
						steps,
					},
				});
			}
			await cache.prune();
			if (problems.length > 0) throw new FlowError(problems);
		},
	};
}
