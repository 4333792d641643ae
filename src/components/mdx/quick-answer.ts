// N.B. CLIENT-SIDE, part of the every-page script (src/layouts/every-page.ts).
// The "More for visitors" button of a code page's first-screen box (ForVisitors.astro) shows the rest of it.
document.addEventListener('click', (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('.quick-answer [data-more]');
	if (!button) return;
	const box = button.closest('.quick-answer')!;
	const open = box.classList.toggle('is-expanded');
	button.setAttribute('aria-expanded', String(open));
	button.dataset['label'] ??= button.textContent ?? '';
	button.textContent = open ? 'Show less' : button.dataset['label'];
});
