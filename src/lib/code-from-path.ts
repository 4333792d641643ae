// N.B. THIS FILE IS IMPORTED BY CLIENT-SIDE CODE.

/**
 * The code a mistyped path most likely asks for, if we have a page for it:
 * `/code/521`, `/521.html`, `/http-521-error` → 521. Null when no known code appears.
 */
export function codeFromPath(path: string, known: ReadonlySet<number>): number | null {
	for (const match of path.matchAll(/(?<!\d)(5\d\d)(?!\d)/g)) {
		const code = Number(match[1]);
		if (known.has(code)) return code;
	}
	return null;
}
