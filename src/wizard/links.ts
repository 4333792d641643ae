/**
 * How the wizard names a link that leaves the flow: another flow ("the 522 troubleshooter") or a
 * page section ("Heroku: H12 Request timeout"). Where it is shown, an arrow goes before it. The rules have checked every target already.
 */
import type { Site } from '../content/site';
import type { GraphAnswer } from './flow';
import { flowPath } from '../lib/paths';

export interface LinkDescription {
	/** A stable id for the diagram's exit box. */
	id: string;
	/** "the 522 troubleshooter". */
	name: string;
	href: string;
}

export function describeLink(site: Site, answer: GraphAnswer): LinkDescription {
	if (answer.see !== undefined) {
		const [path = '', anchor = ''] = answer.see.split('#');
		const platform = /^\/platforms\/([a-z0-9-]+)\/$/.exec(path)?.[1];
		const code = /^\/(5\d\d)\/$/.exec(path)?.[1];
		let name = path;
		if (platform) {
			const entry = site.platforms.find((p) => p.id === platform);
			const error = entry?.data.errors.find((e) => e.id === anchor);
			name = `${entry?.data.shortName ?? entry?.data.name ?? platform}${error ? `: ${error.title}` : ''}`;
		} else if (code) {
			name = `the ${code} page`;
		}
		return { id: `see-${answer.see.replace(/[^a-z0-9]+/gi, '-')}`, name, href: answer.see };
	}
	const [flow = '', step = ''] = (answer.next ?? '').split('/');
	const target = site.flows.find((f) => f.id === flow);
	const name = flow === 'start' ? 'the start' : `the ${flow} troubleshooter`;
	const stepTitle = step ? target?.data.steps.find((s: { id: string }) => s.id === step)?.short : undefined;
	return {
		id: `flow-${flow}-${step || 'start'}`,
		name: `${name}${stepTitle ? `: ${stepTitle}` : ''}`,
		href: `${flowPath(flow)}${step ? `#${step}` : ''}`,
	};
}
