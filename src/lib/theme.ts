// N.B. THIS FILE IS IMPORTED BY CLIENT-SIDE CODE: keep it tiny and free of Node APIs.

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** localStorage key; ThemeInit.astro reads the same key before first paint. */
export const THEME_KEY = 'theme';

export function isTheme(value: unknown): value is Theme {
	return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

export function readTheme(): Theme {
	try {
		const stored = localStorage.getItem(THEME_KEY);
		return isTheme(stored) ? stored : 'auto';
	} catch {
		return 'auto';
	}
}

export function storeTheme(theme: Theme): void {
	document.documentElement.dataset['theme'] = theme;
	try {
		localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Private mode or storage disabled: the choice lasts for this page only.
	}
}
