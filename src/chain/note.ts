// N.B. CLIENT-SIDE: loaded only when the reader has a chain saved (ChainNote.astro).
/**
 * Fills the chain notes on Diagnose and the troubleshooters with the reader's own layers: which
 * of their timers runs out first (or, with a time given, what happens at that time), and which of
 * their hops race on keep-alive. The layers' data comes from /chain/layers.json, on this site.
 */
import { analyse } from './analyse';
import { explain } from './explain';
import { chainHash, parseChain, type ChainData } from './model';
import { h, line } from './dom';

/** `stored`: what Your setup holds (setup/chain-store.ts); only layers and timers the data knows are read from it. */
export async function fillNotes(stored: string): Promise<void> {
	const notes = [...document.querySelectorAll<HTMLElement>('[data-chain-note]')];
	if (!notes.length) return;
	const data = (await (await fetch('/chain/layers.json')).json()) as ChainData;
	const chain = parseChain((JSON.parse(stored) as { chain?: unknown }).chain?.toString() ?? '', data);
	if (!chain) return;
	for (const note of notes) {
		const input = note.dataset['secondsFrom'] ? document.querySelector<HTMLInputElement>(`#${note.dataset['secondsFrom']}`) : null;
		const render = () => {
			const seconds = Number(input?.value || NaN);
			const x = explain(chain, data, analyse(chain, data, seconds > 0 ? seconds : 0));
			const races = x.hops.filter((hop) => hop.race);
			const body =
				note.dataset['chainNote'] === 'keepalive'
					? races.length
						? ['In your chain: ', ...races.flatMap((hop) => [...line(hop.text), ' ', ...line(hop.fix ?? []), ' '])]
						: [`In your chain (${x.title}), no hop races on keep-alive as far as the platform pages say.`]
					: seconds > 0
						? [`In your chain (${x.title}): `, ...line(x.verdict)]
						: line(x.summary);
			note.replaceChildren(...body, ' ', h('a', { href: `/chain/${chainHash(chain, seconds > 0 ? seconds : undefined)}` }, 'See your chain'), '.');
			note.hidden = false;
		};
		render();
		input?.addEventListener('input', render);
	}
}
