// Lays preview cards out with Satori on a thread of its own. Satori is JavaScript and takes about
// 15 ms a card on the thread that calls it; here it runs beside the build's later steps (the
// Markdown copies, the link check) instead of between them. Plain JavaScript: a worker thread is
// loaded by Node itself, not by the bundler that reads the TypeScript beside it.
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';

/** @typedef {Parameters<typeof satori>[1]['fonts'][number]} Font */
/** @type {{ fonts: (Omit<Font, 'data'> & { data: Uint8Array })[], width: number, height: number }} */
const { fonts: sent, width, height } = workerData;
// A Buffer arrives as a plain Uint8Array; Satori's font reader takes a Buffer or an ArrayBuffer.
/** @type {Font[]} */
const fonts = sent.map((font) => ({ ...font, data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength) }));

parentPort?.on('message', async (/** @type {{ id: number, tree: unknown }} */ { id, tree }) => {
	try {
		const svg = await satori(/** @type {any} */ (tree), { width, height, fonts });
		parentPort?.postMessage({ id, svg });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
