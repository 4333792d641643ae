import { describe, expect, it } from 'vitest';
import { layoutFlow, wrap } from '../../src/wizard/diagram';

describe('wrap', () => {
	it('breaks a label into lines of at most the given width, keeping words whole', () => {
		expect(wrap('Is the web server listening on the port?', 16)).toEqual(['Is the web', 'server listening', 'on the port?']);
		expect(wrap('supercalifragilistic word', 10)).toEqual(['supercalifragilistic', 'word']);
	});
});

describe('layoutFlow', () => {
	const steps = [
		{ id: 'start', kind: 'question' as const, short: 'Is it on?', answers: [{ label: 'Yes', next: 'a' }, { label: 'No', next: 'off' }] },
		{ id: 'a', kind: 'question' as const, short: 'Does it listen?', answers: [{ label: 'Yes', next: 'ok' }, { label: 'No', next: 'off' }] },
		{ id: 'off', kind: 'outcome' as const, short: 'It is off', answers: [] },
		{ id: 'ok', kind: 'outcome' as const, short: 'Ask the host', answers: [] },
	];
	const diagram = layoutFlow(steps);

	it('places every step once, inside the drawing, without overlaps', () => {
		expect(diagram.nodes.map((n) => n.id).sort()).toEqual(['a', 'off', 'ok', 'start']);
		for (const n of diagram.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.x + n.width).toBeLessThanOrEqual(diagram.width + 0.5);
			expect(n.y + n.height).toBeLessThanOrEqual(diagram.height + 0.5);
		}
		for (const a of diagram.nodes) {
			for (const b of diagram.nodes) {
				if (a === b) continue;
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
			}
		}
	});

	it('draws the start above its answers, and one edge per answer with a path', () => {
		const y = (id: string) => diagram.nodes.find((n) => n.id === id)!.y;
		expect(y('start')).toBeLessThan(y('a'));
		expect(y('a')).toBeLessThan(y('ok'));
		expect(diagram.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['a>off', 'a>ok', 'start>a', 'start>off']);
		for (const e of diagram.edges) expect(e.d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
	});
});
