/**
 * The diagnose engine off the main thread: a 5 MB log is read here while the page stays
 * responsive. It receives the text and the page's data, and answers with the report; it makes no
 * requests of its own.
 */
import type { DiagnoseData } from './data';
import { diagnose, readersFor } from './diagnose';

addEventListener('message', async (event: MessageEvent<{ text: string; data: DiagnoseData; seconds?: number }>) => {
	const { text, data, seconds } = event.data;
	postMessage(diagnose(text, data, seconds, await readersFor(text)));
});
