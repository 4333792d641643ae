import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagramProblems, drawFlow, segmentCrossesBox, wrap, type Diagram } from '../../src/wizard/diagram';
import { builtElement, builtPage, classesOf } from './helpers/built';

describe('wrap', () => {
	it('breaks at spaces within the width', () => {
		expect(wrap('Is the web server process running?', 16)).toEqual(['Is the web', 'server process', 'running?']);
	});

	it('cuts a word longer than the width, so nothing overflows its box', () => {
		expect(wrap('proxy_read_timeout_is_long', 10)).toEqual(['proxy_read', '_timeout_i', 's_long']);
	});
});

describe('segmentCrossesBox', () => {
	const box = { x: 10, y: 10, width: 20, height: 20 };
	it('sees a segment through a box, and not one beside it or ending on its border', () => {
		expect(segmentCrossesBox({ x: 0, y: 20 }, { x: 40, y: 20 }, box)).toBe(true);
		expect(segmentCrossesBox({ x: 0, y: 5 }, { x: 40, y: 5 }, box)).toBe(false);
		expect(segmentCrossesBox({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
	});
});

describe('diagramProblems', () => {
	it('reports an edge drawn through a box it does not connect', () => {
		const node = (id: string, y: number) => ({ id, kind: 'question' as const, x: 0, y, width: 100, height: 30, lines: [id], href: `#${id}` });
		const diagram: Diagram = {
			width: 100,
			height: 200,
			nodes: [node('a', 0), node('b', 60), node('c', 120)],
			edges: [{ from: 'a', to: 'c', label: 'x', lines: ['x'], labelX: 200, labelY: 0, labelWidth: 10, labelHeight: 10, points: [{ x: 50, y: 30 }, { x: 50, y: 120 }] }],
		};
		expect(diagramProblems(diagram)).toEqual(['edge a → c crosses box b']);
	});
});

describe('drawFlow', () => {
	it('lays out a flow whose chart reads', async () => {
		const steps = [
			{ id: 'q', kind: 'question' as const, short: 'Is it on?', href: '#q', answers: [{ label: 'Yes', short: 'Yes', target: 'a' }, { label: 'No', short: 'No', target: 'b' }] },
			{ id: 'a', kind: 'outcome' as const, short: 'Fine', href: '#a', answers: [] },
			{ id: 'b', kind: 'outcome' as const, short: 'Turn it on', href: '#b', answers: [] },
		];
		expect((await drawFlow('/test/', steps)).nodes).toHaveLength(3);
	});
});

/** The chart of a built troubleshooter page, read back from the SVG file the page names: boxes, arrows and their labels. */
function drawnDiagram(path: string): Diagram {
	const src = builtElement(path, (el) => classesOf(el).includes('flow-diagram'))?.properties['dataSrc'];
	if (typeof src !== 'string') throw new Error(`${path} names no flowchart file`);
	const svg = fromHtml(builtPage(src), { fragment: true, space: 'svg' });
	const nodes: Diagram['nodes'] = [];
	const edges: Diagram['edges'] = [];
	const n = (el: Element, name: string) => Number(el.properties[name]);
	visit(svg, 'element', (el: Element) => {
		const rect = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'rect');
		if (typeof el.properties['dataNode'] === 'string' && rect) {
			nodes.push({ id: el.properties['dataNode'], kind: 'question', x: n(rect, 'x'), y: n(rect, 'y'), width: n(rect, 'width'), height: n(rect, 'height'), lines: [], href: '' });
		}
		const path = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'path');
		if (typeof el.properties['dataEdge'] === 'string' && path && rect) {
			const [from = '', to = ''] = el.properties['dataEdge'].split('>');
			const points = [...String(path.properties['d']).matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
			edges.push({ from, to, label: '', lines: [], labelX: n(rect, 'x'), labelY: n(rect, 'y'), labelWidth: n(rect, 'width'), labelHeight: n(rect, 'height'), points });
		}
	});
	return { width: 0, height: 0, nodes, edges };
}

const troubleshooters = ['/troubleshoot/', ...readdirSync('content/flows').flatMap((name) => (/^\d{3}\.yaml$/.test(name) ? [`/${name.slice(0, 3)}/troubleshoot/`] : []))];

// What ships: the charts as drawn into the built pages (Wizard.astro lays them out with drawFlow,
// which also stops the build on any of these problems).
describe('the flowcharts in the built troubleshooters', () => {
	for (const path of troubleshooters) {
		it(`${path}: every step drawn, no edge through a box, no label over a box, no boxes overlapping`, () => {
			const diagram = drawnDiagram(path);
			const flow = parse(readFileSync(`content/flows/${path === '/troubleshoot/' ? 'start' : path.slice(1, 4)}.yaml`, 'utf8')) as { steps: { id: string; answers?: unknown[] }[] };
			expect(diagram.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(flow.steps.map((step) => step.id)));
			expect(diagram.edges.length).toBe(flow.steps.reduce((sum, step) => sum + (step.answers?.length ?? 0), 0));
			expect(diagram.edges.every((edge) => edge.points.length >= 2)).toBe(true);
			expect(diagramProblems(diagram)).toEqual([]);
		});
	}
});
