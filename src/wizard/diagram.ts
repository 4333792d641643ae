/**
 * Lays out a flow as a top-to-bottom flowchart at build time (dagre), so the browser gets a
 * finished SVG and no layout code.
 */
import { Graph, layout } from '@dagrejs/dagre';

export interface DiagramNode {
	id: string;
	kind: 'question' | 'outcome';
	/** Top-left corner and size, in SVG user units. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label, wrapped to the node's width. */
	lines: string[];
}

export interface DiagramEdge {
	from: string;
	to: string;
	/** The answer that takes this edge. */
	label: string;
	/** SVG path data. */
	d: string;
}

export interface Diagram {
	width: number;
	height: number;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

const NODE_WIDTH = 168;
const CHARS_PER_LINE = 24;
const LINE_HEIGHT = 16;
const PADDING = 10;

/** Greedy word wrap; long words stay whole and may overflow a little. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** What the layout reads of a step. */
export interface DiagramInput {
	id: string;
	kind: 'question' | 'outcome';
	short: string;
	answers: readonly { label: string; next: string }[];
}

export function layoutFlow(steps: readonly DiagramInput[]): Diagram {
	const graph = new Graph();
	graph.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 36, marginx: 4, marginy: 4 });
	graph.setDefaultEdgeLabel(() => ({}));
	const labels = new Map<string, string[]>();
	for (const step of steps) {
		const lines = wrap(step.short);
		labels.set(step.id, lines);
		graph.setNode(step.id, { width: NODE_WIDTH, height: lines.length * LINE_HEIGHT + 2 * PADDING });
	}
	for (const step of steps) {
		for (const answer of step.answers) graph.setEdge(step.id, answer.next);
	}
	layout(graph);

	const round = (n: number) => Math.round(n * 10) / 10;
	const nodes = steps.map((step): DiagramNode => {
		const n = graph.node(step.id);
		return {
			id: step.id,
			kind: step.kind,
			x: round(n.x - n.width / 2),
			y: round(n.y - n.height / 2),
			width: n.width,
			height: n.height,
			lines: labels.get(step.id) ?? [],
		};
	});
	const edges = steps.flatMap((step) =>
		step.answers.map((answer): DiagramEdge => {
			const points: { x: number; y: number }[] = graph.edge(step.id, answer.next)?.points ?? [];
			const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join('');
			return { from: step.id, to: answer.next, label: answer.label, d };
		})
	);
	const { width = 0, height = 0 } = graph.graph();
	return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

export const DIAGRAM_LINE_HEIGHT = LINE_HEIGHT;
export const DIAGRAM_PADDING = PADDING;
