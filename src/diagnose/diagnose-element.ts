/**
 * <diagnose-tool>: the form on /diagnose/. It reads the paste in this browser and writes the
 * findings with DOM text nodes only: nothing pasted is ever parsed as HTML, put in the URL, or
 * sent anywhere (this page makes no requests). The data comes embedded in the page.
 */
import type { DiagnoseData } from './data';
import { diagnose, nextSteps, type Diagnosis, type Evidence, type LayerFinding } from './diagnose';
import { codeHref, platformHref } from '../lib/paths';
import { timerHref } from '../lib/timers';

type Child = Node | string;

/** An element with text children only (or other elements built here): never innerHTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** A link to a page of this site (the data only holds our own paths). */
const link = (href: string, text: string) => el('a', { href }, text);

function quote(evidence: Evidence): HTMLElement {
	return el('span', { class: 'evidence' }, el('span', { class: 'evidence__line' }, `line ${evidence.line}`), ' ', el('code', {}, evidence.text.slice(0, 300)));
}

class DiagnoseTool extends HTMLElement {
	#data: DiagnoseData | undefined;
	#abort = new AbortController();

	connectedCallback() {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		if (!json) return;
		this.#data = JSON.parse(json) as DiagnoseData;
		const form = this.querySelector('form')!;
		form.hidden = false;
		form.addEventListener(
			'submit',
			(event) => {
				// Never submitted: the paste stays in this page.
				event.preventDefault();
				this.#run();
			},
			{ signal: this.#abort.signal }
		);
		form.addEventListener('reset', () => this.querySelector('[data-results]')!.replaceChildren(), { signal: this.#abort.signal });
	}

	disconnectedCallback() {
		this.#abort.abort();
	}

	#run() {
		const text = this.querySelector('textarea')!.value;
		const secondsText = this.querySelector<HTMLInputElement>('input[name="seconds"]')!.value.trim();
		const seconds = secondsText ? Number(secondsText) : undefined;
		const started = performance.now();
		const result = diagnose(text, this.#data!, seconds);
		const results = this.querySelector<HTMLElement>('[data-results]')!;
		results.replaceChildren(...this.#render(result, text.trim() === ''));
		results.dataset['ms'] = String(Math.round(performance.now() - started));
		results.querySelector('h2')?.focus();
	}

	#render(r: Diagnosis, empty: boolean): Node[] {
		const data = this.#data!;
		const out: Node[] = [];
		const code = r.status?.code;
		const reason = code ? data.codes[String(code)] : undefined;
		if (empty) return [el('p', { class: 'diagnose__empty' }, 'Paste something first: response headers, an error page or a log line.')];

		// The verdict.
		const sender = r.sender;
		const heading = el('h2', { tabindex: '-1' }, sender ? `${sender.inferred ? 'Probably' : 'Most likely'} sent by ${sender.name}` : 'We could not tell which layer sent it');
		out.push(heading);
		if (code) {
			const status = el('p', {}, 'Status: ', link(codeHref(code), `${code}${reason ? ` ${reason}` : ''}`));
			if (r.status?.inferred) status.append(' (not in the paste: the code this error always has)');
			else if (r.status?.evidence) status.append(' ', quote(r.status.evidence));
			out.push(status);
		}
		if (sender) out.push(...this.#layer(sender, code));
		else {
			const recognised = r.headers.length ? `Headers recognised: ${r.headers.slice(0, 20).join(', ')}.` : 'No response headers recognised.';
			out.push(el('p', {}, 'Nothing in the paste matches a layer we know. ', recognised, ' Compare it with ', link('/which-5xx/#which-layer-sent-the-error', 'every mark we know'), ', or start from the ', link('/troubleshoot/', 'step-by-step troubleshooter'), '.'));
		}

		if (r.passedThrough.length) {
			out.push(el('h3', {}, sender ? 'It also passed through' : 'It passed through'));
			out.push(
				el(
					'ul',
					{},
					...r.passedThrough.map((layer) =>
						el('li', {}, link(platformHref(layer.slug), layer.name), ': ', ...layer.reasons.slice(0, 2).flatMap((reason, i) => [i ? '; ' : '', reason.note, ' ', quote(reason.evidence)]))
					)
				)
			);
		}

		if (r.proxyStatus.length) {
			out.push(el('h3', {}, 'Proxy-Status (RFC 9209), nearest the origin first'));
			out.push(
				el(
					'ul',
					{},
					...r.proxyStatus.map((entry) =>
						entry.invalid
							? el('li', {}, 'This value is not a valid Structured Fields list, so it was not read: ', quote(entry.evidence))
							: el('li', {}, el('strong', {}, entry.proxy), entry.params['error'] ? `: ${entry.params['error']}. ${entry.errorMeaning ?? 'An error type outside the registry.'}` : ': handled it without error.', entry.params['details'] ? ` Details: ${entry.params['details']}` : '')
					)
				)
			);
		}

		if (r.ids.length) {
			out.push(el('h3', {}, 'Identifiers'));
			out.push(el('ul', {}, ...r.ids.map((id) => el('li', {}, el('strong', {}, `${id.kind} `), el('code', {}, id.value), `. ${id.facts.join(' ')}`))));
		}

		if (r.timers.length) {
			out.push(el('h3', {}, 'Timers near that time'));
			out.push(
				el(
					'ul',
					{},
					...r.timers.slice(0, 8).map((t) => el('li', {}, el('strong', {}, `${t.seconds} s`), ' ', link(timerHref(t.platform, t.timer), `${t.platformName}: ${t.name}`), ` gives ${t.codes.join(' or ')}.`))
				)
			);
		}

		// What to do next.
		const next = nextSteps(r, data).map(({ kind, href, text }) => {
			const to = link(href, text);
			if (kind === 'platform-error') return el('li', {}, 'Read ', to, ': what it means there, how to confirm and fix it.');
			if (kind === 'platform') return el('li', {}, 'Read ', to, ' for what each of its errors means.');
			if (kind === 'troubleshooter') return el('li', {}, 'Find the cause step by step: ', to, '.');
			return el('li', {}, 'Read what ', to, ' means, and its usual causes.');
		});
		if (next.length) out.push(el('h3', {}, 'What to do next'), el('ul', {}, ...next));
		return out;
	}

	#layer(layer: LayerFinding, code: number | undefined): Node[] {
		const nodes: Node[] = [];
		const why = el('ul', {}, ...layer.reasons.slice(0, 4).map((r) => el('li', {}, r.note, ' ', quote(r.evidence))));
		if (layer.inferred) {
			nodes.push(el('p', {}, `Nothing in the paste shows who wrote the response, but it passed through ${layer.name}, and ${layer.name} sends ${code} itself when:`));
			nodes.push(el('ul', {}, ...layer.errors.map((e) => el('li', {}, link(platformHref(layer.slug, e.id), e.title)))));
			nodes.push(el('p', {}, 'What shows it passed through:'), why);
			return nodes;
		}
		const [first, ...others] = layer.errors;
		if (first) nodes.push(el('p', {}, 'Matches ', link(platformHref(layer.slug, first.id), first.title), ' ', quote(first.evidence)));
		if (others.length) nodes.push(el('p', {}, 'Also close: ', ...others.slice(0, 3).flatMap((e, i) => [i ? ', ' : '', link(platformHref(layer.slug, e.id), e.title)])));
		if (layer.reasons.length) nodes.push(el('p', {}, 'What shows it:'), why);
		return nodes;
	}
}

customElements.define('diagnose-tool', DiagnoseTool);
