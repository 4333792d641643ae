// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no imports.
/**
 * A size in bytes as vendors write it: "1 MB" for 1,048,576 (nginx's 1m), "128 KB" for 131,072,
 * "4.5 MB" for 4,500,000 (Vercel's decimal megabytes), and the exact count otherwise
 * ("30,000,000 bytes", IIS's default, which its docs give in bytes).
 */
export function formatBytes(bytes: number): string {
	const mib = 1024 * 1024;
	if (bytes >= mib && bytes % mib === 0) return `${(bytes / mib).toLocaleString('en')} MB`;
	if (bytes >= 1024 && bytes % 1024 === 0 && bytes < mib) return `${(bytes / 1024).toLocaleString('en')} KB`;
	if (bytes >= 1e6 && bytes % 1e5 === 0 && bytes % 1e6 !== 0) return `${(bytes / 1e6).toLocaleString('en')} MB`;
	return `${bytes.toLocaleString('en')} bytes`;
}
