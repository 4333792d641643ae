import { readdir, readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { validateFlow } from './flow';
import { flowFileSchema, renderedFlowSchema, type FlowFile, type RenderedStep } from './flow-schema';
import { withCopyButtons } from '../components/copy-code-markup';

/** A build error listing every problem found in the flow files. */
export class FlowError extends Error {
	constructor(problems: string[]) {
		super(`Troubleshooting flow check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'FlowError';
	}
}

/** Reads one flow file into its authoring shape, or the problems that stop it. */
export function parseFlowFile(file: string, text: string): { flow?: FlowFile; problems: string[] } {
	let raw: unknown;
	try {
		raw = parse(text, { uniqueKeys: true });
	} catch (error) {
		return { problems: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
	}
	const result = flowFileSchema.safeParse(raw);
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
	const problems = validateFlow(file, result.data);
	return problems.length > 0 ? { problems } : { flow: result.data, problems: [] };
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
			const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.yaml')).sort();
			const problems: string[] = [];
			const md = async (text: string | undefined) =>
				text === undefined ? undefined : withCopyButtons((await renderMarkdown(text)).html);

			store.clear();
			for (const name of names) {
				const file = `${base.replace(/^\.\//, '').replace(/\/$/, '')}/${name}`;
				const { flow, problems: found } = parseFlowFile(file, await readFile(new URL(name, dir), 'utf8'));
				problems.push(...found);
				if (!flow) continue;
				if (name !== `${flow.code}.yaml`) problems.push(`${file}: code: ${flow.code} does not match the file name`);
				const steps: RenderedStep[] = [];
				for (const step of flow.steps) {
					const title = step.question ?? step.outcome ?? '';
					steps.push({
						id: step.id,
						kind: step.outcome !== undefined ? 'outcome' : 'question',
						title,
						short: step.short ?? title,
						explainHtml: await md(step.explain),
						answers: step.answers ?? [],
						fixHtml: await md(step.fix),
						verifyHtml: await md(step.verify),
						escalateHtml: await md(step.escalate),
						cause: step.cause,
					});
				}
				store.set({
					id: String(flow.code),
					filePath: file,
					data: { code: flow.code, title: flow.title, introHtml: await md(flow.intro), start: flow.start, steps },
				});
			}
			if (problems.length > 0) throw new FlowError(problems);
		},
	};
}
