// N.B. CLIENT-SIDE: part of every page's script (src/layouts/every-page.ts).
/**
 * What every page needs of "Your setup" and the message to the host before anyone uses them:
 * openers that load the panel or the form on the first click, and the form's script once a
 * form comes near the screen.
 */
import { whenNear } from '../lib/lazy';

// Any "Your setup" or "use yours" button on the page opens the panel.
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLElement>('[data-open-setup]');
	if (button) void import('./panel').then(({ SetupPanel }) => SetupPanel.open(button));
});

whenNear('host-message', () => import('./host-message'));
// "Write to your host" (ForOwners.astro) opens the form over the page, where the reader is.
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-host-message]');
	if (!link) return;
	event.preventDefault();
	void import('./in-place').then(({ openInPlace }) => openInPlace(link));
});
