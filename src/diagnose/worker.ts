/**
 * The diagnose engine off the main thread: a 5 MB log is read here while the page stays
 * responsive. The first message brings the tool's data with the text, later ones the text alone;
 * it answers each with the report, and makes no requests of its own.
 */
import type { DiagnoseData } from './data';
import { diagnose, readersFor } from './diagnose';

let data: DiagnoseData | undefined;

addEventListener('message', async (event: MessageEvent<{ text: string; data?: DiagnoseData; seconds?: number }>) => {
	data = event.data.data ?? data;
	if (!data) throw new Error('the diagnose worker was sent a text before its data');
	const { text, seconds } = event.data;
	postMessage(diagnose(text, data, seconds, await readersFor(text)));
});
