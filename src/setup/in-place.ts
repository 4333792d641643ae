/**
 * "Write to your host" where the reader is: the code page's button opens the message form in a
 * dialog over the page instead of jumping to its section far below; closing it puts the form
 * back in its section (with what was typed) and focus back on the button. Loaded on the first
 * click (HostMessage.astro); without JavaScript the button is a link to the section.
 */

export function openInPlace(link: HTMLAnchorElement): void {
	const section = document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest('section');
	const details = section?.querySelector<HTMLDetailsElement>('details.host-message');
	if (!details) {
		location.hash = link.hash;
		return;
	}
	const title = section?.querySelector('h2')?.textContent ?? 'Write to your host';
	const dialog = document.createElement('dialog');
	dialog.className = 'host-message-dialog';
	const heading = Object.assign(document.createElement('h2'), { id: 'host-message-dialog-title', textContent: title });
	dialog.setAttribute('aria-labelledby', heading.id);
	const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button host-message-dialog__close', textContent: 'Close' });
	const bar = document.createElement('div');
	bar.className = 'host-message-dialog__bar';
	bar.append(heading, close);
	// The form moves into the dialog, so it is one form whichever way the reader came to it.
	const home = document.createComment('host message');
	details.before(home);
	dialog.append(bar, details);
	details.open = true;
	document.body.append(dialog);
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		home.replaceWith(details);
		dialog.remove();
		link.focus();
	});
	dialog.showModal();
	// The form's script may not have loaded yet: it loads when the form comes near the screen.
	void import('./host-message');
	details.querySelector<HTMLElement>('input, textarea, summary')?.focus();
}
