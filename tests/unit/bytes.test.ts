import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/bytes';

describe('sizes as vendors write them', () => {
	it.each([
		[1048576, '1 MB'],
		[104857600, '100 MB'],
		[131072, '128 KB'],
		[4500000, '4.5 MB'],
		[30000000, '30,000,000 bytes'],
		[6291456, '6 MB'],
		[1000, '1,000 bytes'],
	])('%i bytes is %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
