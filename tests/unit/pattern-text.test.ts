import { describe, expect, it } from 'vitest';
import { patternRuns } from '../../src/lib/pattern-text';

describe('patternRuns', () => {
	it('is the fixed text of a pattern, up to what varies', () => {
		expect(patternRuns('proxy: error reading status line from remote server \\S+')).toEqual(['proxy: error reading status line from remote server ']);
		expect(patternRuns('\\(70007\\)The timeout specified has expired: .*AH0(1075|1084)')).toEqual(['(70007)The timeout specified has expired: ', 'AH0', '1075', '1084']);
	});

	it('reads a whitespace class as one space, and anchors and word boundaries as no text', () => {
		expect(patternRuns('^The gateway did not receive a timely response\\s+from the upstream server\\.$')).toEqual(['The gateway did not receive a timely response from the upstream server.']);
		expect(patternRuns('\\bno live upstreams\\b')).toEqual(['no live upstreams']);
	});

	it("takes each alternative of a group, an optional one's too, as a run of its own", () => {
		expect(patternRuns('(AH00959: )?ap_proxy_connect_backend disabling worker for \\([^)]*\\)')).toEqual(['AH00959: ', 'ap_proxy_connect_backend disabling worker for (', ')']);
		expect(patternRuns('^(A server error has occurred|The deployment is currently unavailable)\\s+[A-Z_]{6,}')).toEqual(['A server error has occurred', 'The deployment is currently unavailable']);
	});
});
