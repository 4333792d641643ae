/**
 * <host-message>: the form that writes the message to a host (HostMessage.astro). Prefilled from
 * the reader's setup (the URL), the clock (the time, with their time zone) and, in a
 * troubleshooter, the answers the reader gave on the way (none for a step opened from a link,
 * which says so). The message is set as text; a mailto: link only if asked. The form may move
 * (code pages open it in a dialog, src/setup/in-place.ts): what was typed stays.
 */
import { checkRayId, composeMessage, mailtoLink, messageText, nowWithZone } from './message';
import { readSetup } from './setup';

class HostMessage extends HTMLElement {
	#abort = new AbortController();
	#prefilled = false;
	/** The answers last written into "what I checked", so a later visit can refresh them if the reader left them as they were. */
	#answers = '';

	connectedCallback() {
		this.#abort = new AbortController();
		const signal = this.#abort.signal;
		const form = this.querySelector<HTMLElement>('.host-message__form')!;
		const actions = this.querySelector<HTMLElement>('.host-message__actions')!;
		form.hidden = false;
		actions.hidden = false;
		const field = (name: string) => this.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
		if (!this.#prefilled) {
			this.#prefilled = true;
			const hostname = readSetup().values.hostname;
			if (hostname) field('url').value = `https://${hostname}/`;
			field('when').value = nowWithZone();
		}
		const details = this.closest('details');
		details?.addEventListener('toggle', () => this.#prefillChecked(field('checked')), { signal });
		// This script loads once the form shows, which is after the reader opened it.
		if (details?.open) this.#prefillChecked(field('checked'));
		this.addEventListener('input', () => this.#update(), { signal });
		this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy(), { signal });
		this.querySelector('[data-mailto]')!.addEventListener('click', () => this.#mailto(), { signal });
		this.#update();
	}

	disconnectedCallback() {
		this.#abort.abort();
	}

	/**
	 * In a troubleshooter: the answers the reader gave to reach this step, unless they have written
	 * something else. A step opened from a link has no answers of the reader's (the wizard shows
	 * only a likely way there): then the field stays empty and a note says why.
	 */
	#prefillChecked(checked: HTMLInputElement | HTMLTextAreaElement) {
		if (!('fromWizard' in this.dataset)) return;
		if (checked.value.trim() && checked.value !== this.#answers) return;
		const fromLink = document.querySelector('flow-wizard')?.hasAttribute('data-from-link') ?? false;
		const answers = fromLink ? [] : [...document.querySelectorAll('.wizard-path nav li')].map((li) => `- ${li.textContent?.replace(/\s+/g, ' ').trim()}`);
		this.#answers = checked.value = answers.join('\n');
		const note = this.querySelector<HTMLElement>('.host-message__answers')!;
		note.hidden = !fromLink;
		note.textContent = fromLink ? 'You opened this step from a link, so none of your answers are listed: write what you have checked.' : '';
		this.#update();
	}

	#message() {
		const get = (name: string) => this.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!.value;
		return composeMessage({
			code: Number(this.dataset['code']),
			reason: this.dataset['reason'] ?? '',
			url: get('url'),
			when: get('when'),
			ray: checkRayId(get('ray')) ? '' : get('ray'),
			checked: get('checked'),
			facts: JSON.parse(this.dataset['facts'] ?? '[]') as string[],
			ask: this.dataset['ask'] ?? '',
		});
	}

	#update() {
		const ray = this.querySelector<HTMLInputElement>('[name="ray"]')!;
		const error = this.querySelector<HTMLElement>('.host-message__error')!;
		const why = checkRayId(ray.value);
		error.hidden = !why;
		error.textContent = why ? `Left out: ${why}.` : '';
		ray.setAttribute('aria-invalid', String(Boolean(why)));
		this.querySelector('.host-message__text')!.textContent = messageText(this.#message());
		this.querySelector<HTMLAnchorElement>('.host-message__mailto')!.hidden = true;
	}

	async #copy() {
		const status = this.querySelector('[role="status"]')!;
		try {
			await navigator.clipboard.writeText(this.querySelector('.host-message__text')!.textContent ?? '');
			status.textContent = 'Copied';
		} catch {
			status.textContent = 'Copy failed: select the text instead';
		}
	}

	#mailto() {
		const link = this.querySelector<HTMLAnchorElement>('.host-message__mailto')!;
		link.href = mailtoLink(this.#message());
		link.hidden = false;
		link.focus();
	}
}

if (!customElements.get('host-message')) customElements.define('host-message', HostMessage);
