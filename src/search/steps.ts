/**
 * A troubleshooter's steps as search records: a question with its answers, or a diagnosis with
 * its first lines and the messages programs print for it, each landing on the step's heading
 * (`/521/troubleshoot/#firewall-title`).
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { textOf } from '../lib/html';
import { stepHref } from '../lib/paths';

export interface StepRecord {
	url: string;
	title: string;
	content: string;
}

interface Step {
	id: string;
	kind: 'question' | 'outcome';
	title: string;
	answers: readonly { label: string }[];
	explainHtml?: string | undefined;
	fixHtml?: string | undefined;
	messages?: readonly { program: string; text: string }[];
}

/** The text of rendered Markdown, for the index, without code blocks' bars (their language and Copy), runs of white space as one. */
function plain(html = ''): string {
	const tree = fromHtml(html, { fragment: true });
	visit(tree, 'element', (el, index, parent) => {
		const classes = el.properties['className'];
		if (parent && index !== undefined && Array.isArray(classes) && classes.includes('code-block__bar')) {
			parent.children.splice(index, 1);
			return index;
		}
		return undefined;
	});
	return tree.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
}

export function stepRecords(flowId: string, flow: { title: string; steps: readonly Step[] }): StepRecord[] {
	return flow.steps.map((step) => ({
		// The step's heading: its own id and the wizard's name for the step alike (`#firewall-title` opens `#firewall`).
		url: stepHref(flowId, step.id),
		title: `${flow.title}: ${step.title}`,
		content:
			step.kind === 'question'
				? `${step.title} ${step.answers.map((a) => a.label.replace(/`/g, '')).join('. ')}. ${plain(step.explainHtml).slice(0, 400)}`
				: `${step.title} ${(step.messages ?? []).map((m) => m.text).join('. ')} ${plain(step.explainHtml).slice(0, 300)} ${plain(step.fixHtml).slice(0, 300)}`,
	}));
}
