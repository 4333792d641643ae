/**
 * Lays out a flow as a top-to-bottom flowchart at build time with ELK's layered algorithm and
 * orthogonal edge routing, so the browser gets a finished SVG and no layout code. ELK places
 * each answer's label as part of the layout, so labels and edges keep clear of the boxes.
 * @see https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { join } from 'node:path';
import { BuildCache, buildCacheSetting, cacheKey } from '../lib/build-cache';
import { nextInFlow } from './flow';

export type DiagramNodeKind = 'question' | 'outcome' | 'exit';

export interface DiagramNode {
	id: string;
	kind: DiagramNodeKind;
	/** Top-left corner and size, in SVG user units. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label, wrapped to the node's width. */
	lines: string[];
	/** Where a click on the node goes (a step, or another flow or page for exits). */
	href: string;
}

export interface DiagramEdge {
	from: string;
	to: string;
	/** The whole answer, for hover and focus. */
	label: string;
	/** The answer as drawn beside the edge, wrapped. */
	lines: string[];
	/** Top-left corner of the label block. */
	labelX: number;
	labelY: number;
	labelWidth: number;
	labelHeight: number;
	/** The polyline, start to end. */
	points: { x: number; y: number }[];
}

export interface Diagram {
	width: number;
	height: number;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

/** What the layout reads of a step, and the extra boxes for answers that leave the flow. */
export interface DiagramInput {
	id: string;
	kind: DiagramNodeKind;
	short: string;
	href: string;
	answers: readonly { label: string; short: string; target: string }[];
}

/** Sizes, in SVG user units, for the chart's 13 px node text and 12 px label text. */
export const DIAGRAM = {
	nodeWidth: 184,
	nodeChars: 24,
	lineHeight: 16,
	padding: 10,
	labelChars: 20,
	labelLineHeight: 14,
	/** Average advance of a character at 12 px in the system UI fonts, rounded up. */
	labelCharWidth: 6.8,
} as const;

/** Greedy word wrap; a word longer than the width is cut, so nothing overflows its box. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const whole of text.split(/\s+/).filter(Boolean)) {
		for (let word = whole; word.length > 0; word = word.slice(width)) {
			const part = word.slice(0, width);
			if (line && line.length + 1 + part.length > width) {
				lines.push(line);
				line = part;
			} else {
				line = line ? `${line} ${part}` : part;
			}
		}
	}
	if (line) lines.push(line);
	return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * ELK's layout of a graph. Laying out the 13 flows costs a build one to two seconds of CPU, the
 * largest part of page generation, so in a build the result is cached by the graph and the
 * installed packages (ELK's version): the same input to the same ELK gives the same layout.
 * Outside a build (unit tests), always laid out.
 */
async function elkLayout(input: ElkNode): Promise<ElkNode> {
	const setting = buildCacheSetting();
	if (!setting) return new ELK().layout(input);
	const cache = new BuildCache(join(setting.dir, 'flow-layouts'));
	const key = cacheKey(setting.lockfile, JSON.stringify(input));
	// Parsed from JSON on a miss too, so a layout is the same object whether cached or not.
	return JSON.parse(await cache.through(key, async () => JSON.stringify(await new ELK().layout(input)))) as ElkNode;
}

export async function layoutFlow(steps: readonly DiagramInput[]): Promise<Diagram> {
	const nodeLines = new Map(steps.map((s) => [s.id, wrap(s.short, DIAGRAM.nodeChars)]));
	const edgeInputs = steps.flatMap((step) =>
		step.answers.map((answer, i) => {
			const lines = wrap(answer.short, DIAGRAM.labelChars);
			return {
				id: `${step.id}>${answer.target}#${i}`,
				from: step.id,
				to: answer.target,
				label: answer.label,
				lines,
				width: Math.ceil(Math.max(...lines.map((l) => l.length)) * DIAGRAM.labelCharWidth) + 6,
				height: lines.length * DIAGRAM.labelLineHeight + 4,
			};
		})
	);
	const input: ElkNode = {
		id: 'root',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.spacing.nodeNode': '28',
			'elk.spacing.edgeNode': '14',
			'elk.spacing.edgeEdge': '10',
			'elk.spacing.edgeLabel': '4',
			'elk.layered.spacing.nodeNodeBetweenLayers': '36',
			'elk.layered.spacing.edgeNodeBetweenLayers': '14',
			'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
			'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
			'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
			'elk.padding': '[top=8,left=8,bottom=8,right=8]',
		},
		children: steps.map((s) => ({
			id: s.id,
			width: DIAGRAM.nodeWidth,
			height: (nodeLines.get(s.id)?.length ?? 1) * DIAGRAM.lineHeight + 2 * DIAGRAM.padding,
		})),
		edges: edgeInputs.map((e) => ({
			id: e.id,
			sources: [e.from],
			targets: [e.to],
			labels: [{ id: `${e.id}:label`, text: e.label, width: e.width, height: e.height, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }],
		})),
	};
	const graph = await elkLayout(input);

	const byId = new Map(steps.map((s) => [s.id, s]));
	const nodes = (graph.children ?? []).map((n): DiagramNode => {
		const step = byId.get(n.id)!;
		return {
			id: n.id,
			kind: step.kind,
			x: round(n.x ?? 0),
			y: round(n.y ?? 0),
			width: n.width ?? 0,
			height: n.height ?? 0,
			lines: nodeLines.get(n.id) ?? [],
			href: step.href,
		};
	});
	const laidOut = new Map((graph.edges ?? []).map((e) => [e.id, e]));
	const edges = edgeInputs.map((input): DiagramEdge => {
		const edge = laidOut.get(input.id);
		const section = edge?.sections?.[0];
		const label = edge?.labels?.[0];
		const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: round(p.x), y: round(p.y) })) : [];
		return {
			from: input.from,
			to: input.to,
			label: input.label,
			lines: input.lines,
			labelX: round(label?.x ?? 0),
			labelY: round(label?.y ?? 0),
			labelWidth: input.width,
			labelHeight: input.height,
			points,
		};
	});
	return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}

/** A rectangle: top-left corner and size. */
interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Does the segment from `a` to `b` pass through the inside of `box` (touching its border does not count)? */
export function segmentCrossesBox(a: { x: number; y: number }, b: { x: number; y: number }, box: Box, inset = 0.5): boolean {
	const left = box.x + inset;
	const right = box.x + box.width - inset;
	const top = box.y + inset;
	const bottom = box.y + box.height - inset;
	// Liang–Barsky clipping: is any part of the segment inside the shrunken box?
	let t0 = 0;
	let t1 = 1;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	for (const [p, q] of [
		[-dx, a.x - left],
		[dx, right - a.x],
		[-dy, a.y - top],
		[dy, bottom - a.y],
	] as const) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Do two boxes overlap (more than touching)? */
function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

/**
 * What is wrong with a laid-out chart: an edge through a box it does not connect, a label over
 * a box, or two boxes on top of each other. Empty for a chart that reads.
 */
export function diagramProblems(diagram: Diagram): string[] {
	const problems: string[] = [];
	for (const edge of diagram.edges) {
		if (edge.points.length < 2) problems.push(`edge ${edge.from} → ${edge.to} has no route`);
		for (const node of diagram.nodes) {
			if (node.id === edge.from || node.id === edge.to) continue;
			for (let i = 1; i < edge.points.length; i++) {
				if (segmentCrossesBox(edge.points[i - 1]!, edge.points[i]!, node)) {
					problems.push(`edge ${edge.from} → ${edge.to} crosses box ${node.id}`);
					break;
				}
			}
			if (boxesOverlap({ x: edge.labelX, y: edge.labelY, width: edge.labelWidth, height: edge.labelHeight }, node)) {
				problems.push(`the label of edge ${edge.from} → ${edge.to} overlaps box ${node.id}`);
			}
		}
	}
	diagram.nodes.forEach((a, i) => {
		for (const b of diagram.nodes.slice(i + 1)) if (boxesOverlap(a, b)) problems.push(`boxes ${a.id} and ${b.id} overlap`);
	});
	return problems;
}

/**
 * A flow's chart, laid out as the wizard draws it (Wizard.astro calls this). Throws, naming each
 * edge through a box, label over a box or pair of boxes on top of each other: the build refuses a
 * chart that does not read.
 */
export async function drawFlow(name: string, steps: readonly DiagramInput[]): Promise<Diagram> {
	const diagram = await layoutFlow(steps);
	const problems = diagramProblems(diagram);
	if (problems.length > 0) throw new Error(`The flowchart of ${name} does not read: ${problems.join('; ')}.`);
	return diagram;
}

/** The steps of a flow as the layout reads them, with one box per place an answer leaves the flow to. */
export function diagramInput(
	flow: {
		steps: readonly {
			id: string;
			kind: 'question' | 'outcome';
			short: string;
			answers: readonly { label: string; short?: string | undefined; next?: string | undefined; see?: string | undefined }[];
		}[];
	},
	describeExit: (answer: { label: string; next?: string | undefined; see?: string | undefined }) => { id: string; name: string; href: string }
): DiagramInput[] {
	const exits = new Map<string, DiagramInput>();
	const steps = flow.steps.map((step): DiagramInput => ({
		id: step.id,
		kind: step.kind,
		short: step.short,
		href: `#${step.id}`,
		answers: step.answers.map((answer) => {
			const short = answer.short ?? answer.label;
			const next = nextInFlow(answer);
			if (next !== undefined) return { label: answer.label, short, target: next };
			const exit = describeExit(answer);
			if (!exits.has(exit.id)) exits.set(exit.id, { id: exit.id, kind: 'exit', short: `→ ${exit.name}`, href: exit.href, answers: [] });
			return { label: answer.label, short, target: exit.id };
		}),
	}));
	return [...steps, ...exits.values()];
}
