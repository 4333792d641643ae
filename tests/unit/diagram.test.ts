import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramInput, diagramProblems, layoutFlow, segmentCrossesBox, wrap, type Diagram } from '../../src/wizard/diagram';
import { parseFlowFile, parseSharedFile, SHARED_FILE } from '../../src/wizard/loader';

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

/** Every flow in content/flows, parsed as the build parses it. */
function contentFlows() {
	const dir = 'content/flows';
	const names = readdirSync(dir);
	const shared = names.includes(SHARED_FILE) ? parseSharedFile(SHARED_FILE, readFileSync(`${dir}/${SHARED_FILE}`, 'utf8')).shared : undefined;
	return names
		.filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
		.map((name) => {
			const { flow, problems } = parseFlowFile(name, readFileSync(`${dir}/${name}`, 'utf8'), shared);
			if (!flow) throw new Error(problems.join('\n'));
			return { name, flow };
		});
}

describe('the laid-out flowcharts', { timeout: 60_000 }, () => {
	for (const { name, flow } of contentFlows()) {
		it(`${name}: no edge through a box, no label over a box, no boxes overlapping`, async () => {
			const steps = flow.steps.map((s) => ({
				id: s.id,
				kind: s.outcome !== undefined ? ('outcome' as const) : ('question' as const),
				short: s.short ?? s.question ?? s.outcome ?? '',
				answers: s.answers ?? [],
			}));
			const diagram = await layoutFlow(diagramInput({ steps }, (a) => ({ id: `exit-${a.next ?? a.see}`, name: `${a.next ?? a.see}`, href: '/' })));
			expect(diagram.nodes.length).toBeGreaterThanOrEqual(flow.steps.length);
			expect(diagram.edges.length).toBe(steps.reduce((n, s) => n + s.answers.length, 0));
			expect(diagramProblems(diagram)).toEqual([]);
		});
	}
});
