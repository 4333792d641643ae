// N.B. CLIENT-SIDE, part of the every-page script (src/layouts/every-page.ts): <theme-select> (ThemeSelect.astro).
import { isTheme, readTheme, storeTheme } from '../lib/theme';

class ThemeSelect extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = readTheme();
		select.addEventListener('change', () => {
			const value = select.value;
			if (isTheme(value)) storeTheme(value);
		});
	}
}
customElements.define('theme-select', ThemeSelect);
