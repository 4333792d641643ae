/**
 * Fills every placeholder in the page's code blocks (`<var data-ph>`) with the reader's stored
 * values, as text, and marks the filled ones; the Copy button then copies them. Loaded by
 * boot.ts only when there is a setup to apply.
 */
import { isPlaceholderName } from './placeholders';
import { placeholderText, readSetup } from './setup';

export function applySetup(): void {
	const setup = readSetup();
	for (const slot of document.querySelectorAll<HTMLElement>('var[data-ph]')) {
		const name = slot.dataset['ph'] ?? '';
		if (!isPlaceholderName(name)) continue;
		const { text, filled } = placeholderText(name, setup.values);
		slot.textContent = text;
		slot.classList.toggle('is-filled', filled);
		slot.title = filled ? 'Your value, from Your setup' : 'An example: replace it, or fill in Your setup';
	}
}
