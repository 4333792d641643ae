import { describe, expect, it } from 'vitest';
import { codeFromPath } from '../../src/lib/code-from-path';

const known = new Set([502, 521, 522]);

describe('codeFromPath', () => {
	it.each([
		['/code/521', 521],
		['/521.html', 521],
		['/http-502-error/', 502],
		['/errors/cloudflare-522', 522],
		['/5210/', null],
		['/418/', null],
		['/599/', null],
	])('%s → %s', (path, expected) => {
		expect(codeFromPath(path, known)).toBe(expected);
	});
});
