/**
 * Fills every placeholder in the page's code blocks (`<var data-ph>`) with the reader's stored
 * values, as text, and marks the filled ones; the Copy button then copies them. Each block's bar
 * then says whose values it shows ("Your values: shop.example.net · change"), and a block that
 * scrolls sideways (a long command on a phone) scrolls to its first filled value, so the reader
 * sees it was replaced. Loaded by boot.ts only when there is a setup to apply.
 */
import { isPlaceholderName } from './placeholders';
import { placeholderText, readSetup, valuesOwner, type SetupValues } from './setup';

export function applySetup(): void {
	const { values } = readSetup();
	for (const slot of document.querySelectorAll<HTMLElement>('var[data-ph]')) {
		const name = slot.dataset['ph'] ?? '';
		if (!isPlaceholderName(name)) continue;
		const { text, filled } = placeholderText(name, values);
		slot.textContent = text;
		slot.classList.toggle('is-filled', filled);
		slot.title = filled ? 'Your value, from Your setup' : 'An example: replace it, or fill in Your setup';
	}
	for (const block of document.querySelectorAll<HTMLElement>('copy-code[data-placeholders]')) {
		labelBar(block, values);
		showFirstFilled(block);
	}
}

/** The bar's note: whose values the block shows, or (none filled) that the marked ones are examples. */
function labelBar(block: HTMLElement, values: SetupValues) {
	const note = block.querySelector<HTMLElement>('.code-block__note');
	const lead = note?.firstChild;
	const button = note?.querySelector<HTMLElement>('[data-open-setup]');
	if (!note || !lead || lead.nodeType !== Node.TEXT_NODE || !button) return;
	// The words the build wrote, kept to put back when the values are cleared.
	note.dataset['examples'] ??= lead.textContent ?? '';
	button.dataset['examples'] ??= button.textContent ?? '';
	const used = (block.dataset['placeholders'] ?? '').split(' ');
	const owner = valuesOwner(used, values);
	const partly = owner !== undefined && used.some((name) => isPlaceholderName(name) && !values[name]);
	lead.textContent = owner === undefined ? note.dataset['examples'] : `Your values: ${owner}${partly ? ' (the others are examples)' : ''} · `;
	button.textContent = owner === undefined ? button.dataset['examples'] : 'change';
	note.classList.toggle('is-yours', owner !== undefined);
}

/** Scrolls a block that is wider than its box so that its first filled value is in view. */
function showFirstFilled(block: HTMLElement) {
	const pre = block.querySelector('pre');
	const slot = pre?.querySelector('var.is-filled');
	if (!pre || !slot || pre.scrollWidth <= pre.clientWidth) return;
	const box = pre.getBoundingClientRect();
	const at = slot.getBoundingClientRect();
	// A block in a hidden tab has no box yet.
	if (at.width === 0) return;
	const left = at.left - box.left + pre.scrollLeft;
	const right = left + at.width;
	// As little as brings it in, so as much of the command's start as possible stays in view.
	if (right > pre.scrollLeft + pre.clientWidth) pre.scrollLeft = Math.min(left - 16, right - pre.clientWidth + 16);
}
