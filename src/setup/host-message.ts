/**
 * <host-message>: the form that writes the message to a host (HostMessage.astro). Prefilled from
 * the reader's setup (the URL), the clock (the time, with their time zone) and, in a
 * troubleshooter, their answers so far. The message is set as text; a mailto: link only if asked.
 */
import { checkRayId, composeMessage, mailtoLink, messageText, nowWithZone } from './message';
import { readSetup } from './setup';

class HostMessage extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const form = this.querySelector<HTMLElement>('.host-message__form')!;
		const actions = this.querySelector<HTMLElement>('.host-message__actions')!;
		form.hidden = false;
		actions.hidden = false;
		const field = (name: string) => this.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
		const hostname = readSetup().values.hostname;
		if (hostname) field('url').value = `https://${hostname}/`;
		field('when').value = nowWithZone();
		const signal = this.#abort.signal;
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

	/** In a troubleshooter: the answers so far, if the reader has not written anything yet. */
	#prefillChecked(checked: HTMLInputElement | HTMLTextAreaElement) {
		if (!('fromWizard' in this.dataset) || checked.value.trim()) return;
		const answers = [...document.querySelectorAll('.wizard-path nav li')].map((li) => `- ${li.textContent?.replace(/\s+/g, ' ').trim()}`);
		if (answers.length) checked.value = answers.join('\n');
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
