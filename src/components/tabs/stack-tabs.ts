/**
 * <stack-tabs>: variants of a step for different stacks, as tabs. The server renders every
 * variant in turn, each labelled (that is the page without JavaScript); this element adds a
 * tab list, shows one variant, and remembers the reader's choice per kind of stack (web server,
 * firewall, OS) in localStorage, so every set of tabs on every page opens on it.
 * Keyboard: the arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
 */
import { isStackKind, stackKey, storedStack, type StackKind } from '../../setup/stacks';

let instances = 0;

class StackTabs extends HTMLElement {
	#abort = new AbortController();
	#tabs: HTMLButtonElement[] = [];
	#panels: HTMLElement[] = [];

	connectedCallback() {
		const kind = this.dataset['sync'] ?? '';
		if (!isStackKind(kind)) return;
		this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > .tabs__panel')];
		if (this.#panels.length < 2) return;
		const n = ++instances;
		const list = document.createElement('div');
		list.className = 'tabs__list';
		list.setAttribute('role', 'tablist');
		list.setAttribute('aria-label', this.dataset['label'] ?? kind);
		this.#tabs = this.#panels.map((panel) => {
			const value = panel.dataset['value'] ?? '';
			const tab = document.createElement('button');
			tab.type = 'button';
			tab.id = `stack-tab-${n}-${value}`;
			tab.setAttribute('role', 'tab');
			tab.textContent = panel.dataset['label'] ?? value;
			panel.id = `stack-panel-${n}-${value}`;
			panel.setAttribute('role', 'tabpanel');
			panel.setAttribute('aria-labelledby', tab.id);
			tab.setAttribute('aria-controls', panel.id);
			return tab;
		});
		list.append(...this.#tabs);
		this.prepend(list);
		this.classList.add('is-enhanced');
		const { signal } = this.#abort;
		list.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
			if (tab) this.#choose(kind, this.#tabs.indexOf(tab), true);
		}, { signal });
		list.addEventListener('keydown', (event) => this.#onKey(kind, event), { signal });
		// Another set of tabs of this kind (on this page or in another window) changed the choice.
		addEventListener('stack-change', (event) => {
			const { detail } = event as CustomEvent<{ kind: string; value: string }>;
			if (detail.kind === kind) this.#show(detail.value);
		}, { signal });
		addEventListener('storage', (event) => {
			if (event.key === stackKey(kind)) this.#show(event.newValue ?? '');
		}, { signal });
		this.#show(storedStack(kind) ?? '');
	}

	disconnectedCallback() {
		this.#abort.abort();
	}

	/** Shows the variant for `value`, or the first one when this set has none for it. */
	#show(value: string) {
		const index = Math.max(0, this.#panels.findIndex((p) => p.dataset['value'] === value));
		this.#tabs.forEach((tab, i) => {
			tab.setAttribute('aria-selected', String(i === index));
			tab.tabIndex = i === index ? 0 : -1;
		});
		this.#panels.forEach((panel, i) => (panel.hidden = i !== index));
	}

	#choose(kind: StackKind, index: number, focus: boolean) {
		const value = this.#panels[index]?.dataset['value'];
		if (!value) return;
		try {
			localStorage.setItem(stackKey(kind), value);
		} catch {
			// Storage off: the choice holds for this page only.
		}
		// Keep the chosen tab where it was on screen while other sets above it change height.
		const tab = this.#tabs[index]!;
		const before = tab.getBoundingClientRect().top;
		dispatchEvent(new CustomEvent('stack-change', { detail: { kind, value } }));
		window.scrollBy(0, tab.getBoundingClientRect().top - before);
		if (focus) tab.focus();
	}

	#onKey(kind: StackKind, event: KeyboardEvent) {
		const current = this.#tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
		const last = this.#tabs.length - 1;
		const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
		if (target === undefined) return;
		event.preventDefault();
		this.#choose(kind, target < 0 ? last : target > last ? 0 : target, true);
	}
}

if (!customElements.get('stack-tabs')) customElements.define('stack-tabs', StackTabs);
