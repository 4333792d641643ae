/**
 * The part of "Your setup" every page with commands loads: a few lines. It shows the "use yours"
 * buttons, and loads the rest only when needed: the filler (apply.ts) when the reader has a
 * setup stored or saves one, the panel (panel.ts) when they open it.
 */
import { SETUP_KEY } from './keys';

const fill = () => import('./apply').then(({ applySetup }) => applySetup());

export function bootSetup(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-open-setup]')) button.hidden = false;
	let stored = false;
	try {
		stored = localStorage.getItem(SETUP_KEY) !== null;
	} catch {
		// Storage off: nothing stored to fill in.
	}
	if (stored) void fill();
	addEventListener('setup-change', () => void fill());
	addEventListener('storage', (event) => {
		if (event.key === SETUP_KEY || event.key === null) void fill();
	});
}
