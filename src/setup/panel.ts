/**
 * "Your setup": a dialog where the reader enters, once, their hostname, origin addresses and port,
 * and picks their web server, firewall and OS. Loaded only when opened. Values are checked as they
 * are typed; a bad one gets an inline error and nothing is saved until it is fixed, so a pasted
 * value can never turn a command into another command. Stored in this browser only.
 */
import './panel.css';
import { placeholders, placeholderNames, type PlaceholderName } from './placeholders';
import { checkValues, clearSetup, placeholderText, readSetup, storeSetup, valueNote, type Setup } from './setup';
import { stackKinds, stacks, type StackKind } from './stacks';
import { clearChain, readChain } from './chain-store';

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
	const wrap = document.createElement('div');
	wrap.className = 'setup__field';
	const labelEl = Object.assign(document.createElement('label'), { htmlFor: id, textContent: label });
	const error = Object.assign(document.createElement('p'), { id: `${id}-error`, className: 'setup__error', hidden: true });
	// What to know about a valid value (a private address, a name's ASCII form): told, not refused.
	const note = Object.assign(document.createElement('p'), { id: `${id}-note`, className: 'setup__hint setup__value-note', hidden: true });
	control.id = id;
	wrap.append(labelEl, control);
	if (hint) {
		const hintEl = Object.assign(document.createElement('p'), { id: `${id}-hint`, className: 'setup__hint', textContent: hint });
		control.setAttribute('aria-describedby', hintEl.id);
		wrap.append(hintEl);
	}
	wrap.append(error, note);
	return wrap;
}

export class SetupPanel {
	static #instance: SetupPanel | undefined;
	#dialog: HTMLDialogElement;
	#inputs = new Map<PlaceholderName, HTMLInputElement>();
	#selects = new Map<StackKind, HTMLSelectElement>();
	#theme: HTMLSelectElement;
	#status: HTMLElement;
	#chain!: HTMLElement;
	#opener: HTMLElement | null = null;

	static open(opener: HTMLElement | null): void {
		SetupPanel.#instance ??= new SetupPanel();
		SetupPanel.#instance.#show(opener);
	}

	private constructor() {
		const dialog = document.createElement('dialog');
		dialog.className = 'setup';
		dialog.setAttribute('aria-labelledby', 'setup-title');
		const form = document.createElement('form');
		form.noValidate = true;
		form.append(
			Object.assign(document.createElement('h2'), { id: 'setup-title', textContent: 'Your setup' }),
			Object.assign(document.createElement('p'), {
				className: 'setup__note',
				textContent: 'Fill these in once: every command on this site then shows and copies your values, and tabs open on your stack. Stored only in this browser; never sent anywhere.',
			})
		);
		const hints: Record<PlaceholderName, string> = {
			hostname: 'The name visitors use, like shop.example.net.',
			'origin-ipv4': 'Your server’s public IPv4 address (the A record).',
			'origin-ipv6': 'Its IPv6 address (the AAAA record), if it has one.',
			'origin-port': 'The port your server listens on, if not 443.',
		};
		// The theme is here too: on a phone the header has room for "Your setup" but not for it.
		const look = document.createElement('fieldset');
		look.append(Object.assign(document.createElement('legend'), { textContent: 'This site' }));
		this.#theme = document.createElement('select');
		this.#theme.append(new Option('Auto (as your system)', 'auto'), new Option('Light', 'light'), new Option('Dark', 'dark'));
		// The header's <theme-select> stores and applies it (src/components/ThemeSelect.astro); on a phone it is only hidden.
		this.#theme.addEventListener('change', () => {
			const header = document.querySelector<HTMLSelectElement>('theme-select select');
			if (!header) return;
			header.value = this.#theme.value;
			header.dispatchEvent(new Event('change'));
		});
		look.append(field('setup-theme', 'Theme', this.#theme, 'Applies at once, in this browser.'));
		const values = document.createElement('fieldset');
		values.append(Object.assign(document.createElement('legend'), { textContent: 'Your server' }));
		for (const name of placeholderNames) {
			const input = Object.assign(document.createElement('input'), { type: 'text', name, autocomplete: 'off', spellcheck: false, placeholder: placeholders[name].example });
			if (name === 'origin-port') input.inputMode = 'numeric';
			input.addEventListener('input', () => this.#checkOne(name));
			this.#inputs.set(name, input);
			values.append(field(`setup-${name}`, placeholders[name].label, input, hints[name]));
		}
		const stack = document.createElement('fieldset');
		stack.append(Object.assign(document.createElement('legend'), { textContent: 'Your stack' }));
		for (const kind of stackKinds) {
			const select = document.createElement('select');
			select.name = kind;
			select.append(new Option('Not set', ''), ...Object.entries(stacks[kind].options).map(([value, label]) => new Option(label, value)));
			this.#selects.set(kind, select);
			stack.append(field(`setup-${kind}`, stacks[kind].label, select));
		}
		// The chain is built and saved on /chain/; here it is shown, and cleared with the rest.
		const chain = document.createElement('fieldset');
		chain.append(Object.assign(document.createElement('legend'), { textContent: 'Your chain' }), (this.#chain = document.createElement('p')));
		this.#status = Object.assign(document.createElement('p'), { className: 'setup__status', role: 'status' });
		const buttons = document.createElement('p');
		buttons.className = 'setup__buttons';
		const save = Object.assign(document.createElement('button'), { type: 'submit', className: 'button button--primary', textContent: 'Save' });
		const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Clear everything' });
		const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Close' });
		buttons.append(save, clear, close);
		form.append(look, values, stack, chain, this.#status, buttons);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#save();
		});
		clear.addEventListener('click', () => this.#clear());
		close.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => this.#opener?.focus());
		dialog.append(form);
		document.body.append(dialog);
		this.#dialog = dialog;
	}

	#show(opener: HTMLElement | null) {
		this.#opener = opener;
		const setup = readSetup();
		for (const [name, input] of this.#inputs) input.value = setup.values[name] ?? '';
		for (const [kind, select] of this.#selects) select.value = setup.stacks[kind] ?? '';
		this.#theme.value = document.querySelector<HTMLSelectElement>('theme-select select')?.value ?? 'auto';
		for (const name of this.#inputs.keys()) this.#checkOne(name);
		this.#showChain();
		this.#status.textContent = '';
		this.#dialog.showModal();
		this.#inputs.get('hostname')?.focus();
	}

	/** The saved chain's layers, as text, with a link to change it on /chain/. */
	#showChain() {
		const stored = readChain();
		const link = Object.assign(document.createElement('a'), { href: `/chain/${stored ? `#${stored.chain}` : ''}`, textContent: stored ? 'Change it' : 'Put together the layers your requests cross' });
		this.#chain.replaceChildren(...(stored ? [`${stored.label}. `, link] : [link, ': then Diagnose and the troubleshooters speak of your own layers.']));
	}

	/** Shows or clears one field's error; true when the field is fine. */
	#checkOne(name: PlaceholderName): boolean {
		const input = this.#inputs.get(name)!;
		const error = this.#dialog.querySelector<HTMLElement>(`#setup-${name}-error`)!;
		const why = checkValues({ [name]: input.value })[name];
		error.hidden = !why;
		// Text only: the message names the rule, never echoes the value as markup.
		error.textContent = why ? `Not saved: ${why}.` : '';
		input.setAttribute('aria-invalid', String(Boolean(why)));
		const value = input.value.trim();
		const ascii = why || !value ? undefined : placeholderText(name, { [name]: value }).text;
		const told = valueNote(name, value) ?? (ascii && ascii !== value.toLowerCase() ? `Commands use its ASCII form, ${ascii}.` : undefined);
		const note = this.#dialog.querySelector<HTMLElement>(`#setup-${name}-note`)!;
		note.hidden = !told;
		note.textContent = told ? told.charAt(0).toUpperCase() + told.slice(1) : '';
		const hint = `setup-${name}-hint`;
		input.setAttribute('aria-describedby', [hint, why ? error.id : '', told ? note.id : ''].filter(Boolean).join(' '));
		return !why;
	}

	#save() {
		const ok = [...this.#inputs.keys()].map((name) => this.#checkOne(name)).every(Boolean);
		if (!ok) {
			this.#status.textContent = 'Fix the marked fields: nothing was saved.';
			this.#dialog.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
			return;
		}
		const setup: Setup = { values: {}, stacks: {} };
		for (const [name, input] of this.#inputs) if (input.value.trim()) setup.values[name] = input.value.trim();
		for (const [kind, select] of this.#selects) if (select.value) setup.stacks[kind] = select.value;
		storeSetup(setup);
		this.#announce(setup);
		this.#dialog.close();
	}

	#clear() {
		clearSetup();
		clearChain();
		this.#showChain();
		for (const input of this.#inputs.values()) input.value = '';
		for (const select of this.#selects.values()) select.value = '';
		for (const name of this.#inputs.keys()) this.#checkOne(name);
		this.#announce({ values: {}, stacks: {} });
		this.#status.textContent = 'Cleared: nothing about your setup is stored any more.';
	}

	/** Tells the page: placeholders refill, and every set of tabs opens on the chosen stack, or on its first tab for a kind left "Not set". */
	#announce(setup: Setup) {
		dispatchEvent(new CustomEvent('setup-change'));
		for (const kind of stackKinds) dispatchEvent(new CustomEvent('stack-change', { detail: { kind, value: setup.stacks[kind] ?? '' } }));
	}
}
