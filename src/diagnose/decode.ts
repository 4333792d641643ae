// N.B. CLIENT-SIDE CODE (the diagnose page) and unit-tested: no DOM, no Node APIs.
/**
 * Identifiers in a pasted response that say more than they show: where the request was served,
 * and when. Each decoding says how far its vendor documents it.
 */

export interface DecodedId {
	/** "Cloudflare Ray ID". */
	kind: string;
	value: string;
	/** What it tells, in plain words. */
	facts: string[];
	/** How sure: "documented" by the vendor, or "observed" in public samples only. */
	basis: 'documented' | 'observed';
	/** The line of the paste it was found on (1-based). */
	line: number;
}

const isoMinute = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** Plausible dates only: between 2005 and a year from now. */
const plausible = (ms: number) => ms > Date.UTC(2005, 0, 1) && ms < Date.now() + 365 * 86_400_000;

export function decodeIds(lines: readonly { text: string; from: number }[]): DecodedId[] {
	const found: DecodedId[] = [];
	const seen = new Set<string>();
	lines.forEach(({ text: line, from }) => {
		if (line.length > 4000) return;
		// Cloudflare: `cf-ray: 8a2b3c4d5e6f7a8b-SJC`; its error pages print the 16 hex digits without the suffix.
		for (const m of line.matchAll(/\b([0-9a-f]{16})(?:-([A-Z]{3}))?\b/g)) {
			if (!/cf-ray|ray id/i.test(line) || seen.has(m[0])) continue;
			seen.add(m[0]);
			found.push({
				kind: 'Cloudflare Ray ID',
				value: m[0],
				facts: m[2]
					? [`Served by Cloudflare's ${m[2]} data centre (the three letters after the dash name it).`, 'Quote the whole Ray ID to Cloudflare support or look it up in Log Explorer.']
					: ['Quote it to Cloudflare support or look it up in Log Explorer; the response header cf-ray adds the data centre.'],
				basis: 'documented',
				line: from,
			});
		}
		// Vercel: `x-vercel-id: hnd1::iad1::abcde-1700000000000-0123456789ab` (entry region, function region, request).
		const vercel = /\b([a-z]{3}\d)::(?:([a-z]{3}\d)::)?([a-z0-9]+)-(\d{13})-([0-9a-f]+)\b/.exec(line);
		if (vercel && !seen.has(vercel[0])) {
			seen.add(vercel[0]);
			const [, entry, fn, , ms] = vercel;
			const facts = [`Entered Vercel's network at ${entry}.`];
			if (fn) facts.push(`The function ran in ${fn}.`);
			if (plausible(Number(ms))) facts.push(`Request time: ${isoMinute(Number(ms))}.`);
			found.push({ kind: 'Vercel request ID', value: vercel[0], facts, basis: 'documented', line: from });
		}
		// Akamai: `Reference #18.6f64d440.1621415935.ab12cd` on its error pages.
		const akamai = /Reference\s*#\s*(\d+)\.([0-9a-f]+)\.(\d{9,10})\.([0-9a-f]+)/i.exec(line);
		if (akamai && !seen.has(akamai[0])) {
			seen.add(akamai[0]);
			const seconds = Number(akamai[3]);
			const facts = ['Quote the whole reference to Akamai support or in Edge Diagnostics ("Translate error string").'];
			if (plausible(seconds * 1000)) facts.push(`The third field looks like a Unix time: ${isoMinute(seconds * 1000)}. Akamai does not document the fields.`);
			found.push({ kind: 'Akamai reference', value: akamai[0].replace(/^Reference\s*#\s*/i, '#'), facts, basis: 'observed', line: from });
		}
	});
	return found;
}
