// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no imports.
/**
 * A URL's fragment (or any percent-encoded part) decoded, or undefined when it is not valid
 * percent-encoding (`#%E0%A4%A`): `decodeURIComponent` throws on those, and a reader can type or
 * follow any address.
 */
export function safeDecode(encoded: string): string | undefined {
	try {
		return decodeURIComponent(encoded);
	} catch {
		return undefined;
	}
}
