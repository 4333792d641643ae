/**
 * A flow's chart as SVG, in a file of its own (/flowcharts/<id>.svg, written by
 * src/pages/flowcharts/[id].svg.ts) rather than inside the troubleshooter: it is a sixth of the
 * page's bytes, and most readers on a phone never open the drawing. Without JavaScript the page
 * shows the file as an image; with it, <flow-wizard> draws the same file into the page when the
 * drawing opens, so its boxes are links and the path taken is marked (FlowDiagram.astro).
 *
 * Build-time only: the page and the file both call flowchartOf(), which lays a flow out once.
 */
import { AstroError } from 'astro/errors';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import type { Site } from '../content/site';
import { flowPath } from '../lib/paths';
import { DIAGRAM, diagramInput, drawFlow, type Diagram } from './diagram';
import type { RenderedFlow } from './flow-schema';
import { describeLink } from './links';

/** Where a flow's chart is served. */
export const flowchartHref = (flowId: string): string => `/flowcharts/${flowId}.svg`;

const drawn = new Map<string, Promise<Diagram>>();

/** The flow's chart, laid out once per build however many pages and files ask for it. */
export function flowchartOf(site: Site, flow: RenderedFlow): Promise<Diagram> {
	let diagram = drawn.get(flow.id);
	if (!diagram) {
		diagram = drawFlow(flowPath(flow.id), diagramInput(flow, (answer) => describeLink(site, answer))).catch((error: Error) => {
			throw new AstroError(error.message, `Shorten the \`short\` titles or answer labels of content/flows/${flow.id}.yaml near those boxes, or change the layout's spacing in src/wizard/diagram.ts.`);
		});
		drawn.set(flow.id, diagram);
	}
	return diagram;
}

/**
 * How the file looks on its own, as the image a reader without JavaScript sees (the page's
 * stylesheet does not reach into an image): presentation attributes in system colours, so no copy
 * of the site's palette and no <style> element, which the page's Content-Security-Policy would
 * refuse when the chart is drawn in. There, the page's rules for the same classes (wizard.css)
 * take precedence over every one of these.
 */
const LOOK = {
	svg: { fontFamily: 'system-ui, sans-serif', fontSize: 13 },
	edge: { fill: 'none', stroke: 'GrayText', strokeWidth: 1.25 },
	labelBg: { fill: 'Canvas' },
	label: { fill: 'GrayText', fontSize: 12 },
	arrow: { fill: 'GrayText' },
	box: { fill: 'Canvas', stroke: 'GrayText', strokeWidth: 1.5 },
	outcome: { stroke: 'CanvasText', strokeWidth: 2.5 },
	exit: { strokeDasharray: '4 3' },
	text: { fill: 'CanvasText', textAnchor: 'middle' },
} as const;

const path = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');

/** The chart as an SVG tree: every box a link to its step, every arrow labelled with its answer. */
export function flowchartTree(diagram: Diagram): Element {
	return s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${diagram.width} ${diagram.height}`, width: diagram.width, height: diagram.height, ariaHidden: 'true', ...LOOK.svg }, [
		s('defs', [
			s('marker', { id: 'flow-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, [
				s('path', { d: 'M0 0L10 5L0 10z', class: 'flow-diagram__arrow', ...LOOK.arrow }),
			]),
		]),
		s(
			'g',
			{ class: 'flow-diagram__edges' },
			diagram.edges.map((edge) =>
				s('g', { class: 'flow-diagram__edge', dataEdge: `${edge.from}>${edge.to}` }, [
					s('title', edge.label.replaceAll('`', '')),
					s('path', { d: path(edge.points), markerEnd: 'url(#flow-arrow)', ...LOOK.edge }),
					s('rect', { class: 'flow-diagram__label-bg', x: edge.labelX, y: edge.labelY, width: edge.labelWidth, height: edge.labelHeight, rx: 3, ...LOOK.labelBg }),
					s(
						'text',
						{ class: 'flow-diagram__label', x: edge.labelX + 3, y: edge.labelY + 2 + DIAGRAM.labelLineHeight * 0.78, ...LOOK.label },
						edge.lines.map((line, i) => s('tspan', { x: edge.labelX + 3, dy: i === 0 ? 0 : DIAGRAM.labelLineHeight }, line))
					),
				])
			)
		),
		...diagram.nodes.map((node) =>
			s('a', { href: node.href, class: `flow-diagram__node flow-diagram__node--${node.kind}`, dataNode: node.id, tabIndex: -1 }, [
				s('rect', { x: node.x, y: node.y, width: node.width, height: node.height, rx: node.kind === 'question' ? 10 : 2, ...LOOK.box, ...(node.kind === 'outcome' ? LOOK.outcome : node.kind === 'exit' ? LOOK.exit : {}) }),
				s(
					'text',
					{ x: node.x + node.width / 2, y: node.y + DIAGRAM.padding + DIAGRAM.lineHeight * 0.75, ...LOOK.text },
					node.lines.map((line, i) => s('tspan', { x: node.x + node.width / 2, dy: i === 0 ? 0 : DIAGRAM.lineHeight }, line))
				),
			])
		),
	]);
}

/** The chart as an SVG file. */
export const flowchartSvg = (diagram: Diagram): string => `${toHtml(flowchartTree(diagram), { space: 'svg' })}\n`;
