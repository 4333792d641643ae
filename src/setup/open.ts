// N.B. CLIENT-SIDE: a few lines, on every page (the header's "Your setup") and with every code block's "use yours".
/** Opens "Your setup" from any `[data-open-setup]` button; the panel loads on the first click. */
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLElement>('[data-open-setup]');
	if (button) void import('./panel').then(({ SetupPanel }) => SetupPanel.open(button));
});
export {};
