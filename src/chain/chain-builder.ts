/**
 * <chain-builder>: /chain/. The reader picks layers (from lists the page renders), sets their own
 * values and a request's duration; each change recomputes the analysis (analyse.ts) and writes
 * its words (explain.ts) as DOM text. The chain lives in the address's fragment, which is never
 * sent to a server, so a link shares it; "Save" keeps it in Your setup. The data is embedded in
 * the page; the page makes no requests.
 */
import { analyse, chainTimers, type Timer } from './analyse';
import { explain } from './explain';
import { h, line } from './dom';
import { chainHash, formatChain, MAX_LAYERS, parseChain, readHash, variantKey, variantsOf, type Chain, type ChainData } from './model';
import { CHAIN_SECTIONS } from './sections';
import { clearChain, readChain, storeChain } from '../setup/chain-store';
import { formatSeconds } from '../lib/timers';
import { safeDecode } from '../lib/decode';

/** Timers a reader may want to set: those the analysis reads. */
const RELEVANT = new Set(['first-byte', 'between-reads', 'whole-request', 'execution', 'client-keepalive', 'upstream-keepalive']);
const relevant = (t: Timer) => t.effect !== 'truncates' && (RELEVANT.has(t.measures) || (t.also ?? []).some((a) => RELEVANT.has(a.measures)));

class ChainBuilder extends HTMLElement {
	#data!: ChainData;
	#chain: Chain = { layers: [] };
	#seconds = 45;
	#abort = new AbortController();
	#writing: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		if (!json) return;
		this.#data = JSON.parse(json) as ChainData;
		const signal = this.#abort.signal;
		// Not a <form>: nothing is ever submitted; the fields take effect as they change.
		const form = this.querySelector<HTMLElement>('.chain-form')!;
		form.hidden = false;
		this.querySelector('[data-noscript]')?.remove();
		form.addEventListener('click', (e) => this.#click(e.target as Element), { signal });
		form.addEventListener('input', (e) => this.#input(e.target as HTMLInputElement | HTMLSelectElement), { signal });
		addEventListener('hashchange', () => this.#load(), { signal });
		this.#load();
	}

	disconnectedCallback() {
		this.#abort.abort();
		clearTimeout(this.#writing);
	}

	/** The chain from the address, else from Your setup. */
	#load() {
		const { text, seconds } = readHash(safeDecode(location.hash.slice(1)) ?? '');
		const stored = readChain();
		this.#chain = parseChain(text || stored?.chain || '', this.#data) ?? { layers: [] };
		if (seconds !== undefined) this.#seconds = seconds;
		this.#field('chain-seconds').value = String(this.#seconds);
		this.#field('chain-range').value = String(Math.min(this.#seconds, 600));
		this.#renderLayers();
		this.#update(false);
	}

	#field(id: string) {
		return this.querySelector<HTMLInputElement>(`#${id}`)!;
	}

	#click(target: Element) {
		const button = target.closest<HTMLButtonElement>('button');
		if (!button) return;
		const act = button.dataset['act'];
		const i = Number(button.closest<HTMLElement>('[data-i]')?.dataset['i']);
		const layers = this.#chain.layers;
		if (act === 'add') {
			const select = this.querySelector<HTMLSelectElement>('#chain-add')!;
			if (!select.value || layers.length >= MAX_LAYERS) return;
			layers.push({ slug: select.value, values: {} });
			select.value = '';
		} else if (act === 'up' || act === 'down') {
			const j = act === 'up' ? i - 1 : i + 1;
			if (j < 0 || j >= layers.length) return;
			[layers[i], layers[j]] = [layers[j]!, layers[i]!];
		} else if (act === 'remove') layers.splice(i, 1);
		else if (act === 'save') return this.#save(true);
		else if (act === 'forget') return this.#save(false);
		else if (act === 'copy') {
			void navigator.clipboard?.writeText(location.href).then(() => this.#status('Link copied.'));
			return;
		} else return;
		this.#renderLayers();
		this.#update('now');
		// Focus stays on the moved layer's button, or returns to the list after a removal.
		const moved = act === 'up' ? i - 1 : act === 'down' ? i + 1 : -1;
		this.querySelector<HTMLElement>(moved >= 0 ? `[data-i="${moved}"] [data-act="${act}"]` : act === 'add' ? '#chain-add' : '[data-layers]')?.focus();
	}

	#input(el: HTMLInputElement | HTMLSelectElement) {
		if (el.id === 'chain-common' && el.value) {
			location.hash = el.value;
			return;
		}
		if (el.id === 'chain-seconds' || el.id === 'chain-range') {
			const n = Number(el.value);
			if (!(n >= 0)) return;
			this.#seconds = n;
			this.#field(el.id === 'chain-seconds' ? 'chain-range' : 'chain-seconds').value = String(el.id === 'chain-seconds' ? Math.min(n, 600) : n);
			return this.#update('soon');
		}
		const layer = this.#chain.layers[Number(el.closest<HTMLElement>('[data-i]')?.dataset['i'])];
		if (!layer) return;
		if (el.dataset['variant'] !== undefined) {
			layer.variant = el.value;
			this.#renderLayers();
			this.querySelector<HTMLElement>(`[data-i="${this.#chain.layers.indexOf(layer)}"] [data-variant]`)?.focus();
		} else if (el.dataset['timer']) {
			const n = Number(el.value);
			if (el.value === '' || !(n >= 0)) delete layer.values[el.dataset['timer']];
			else layer.values[el.dataset['timer']] = n;
		}
		this.#update(el.dataset['timer'] ? 'soon' : 'now');
	}

	/** The list of layers, each with its variant, its buttons and its timers' fields. */
	#renderLayers() {
		const timers = chainTimers(this.#chain, this.#data);
		const list = this.querySelector<HTMLElement>('[data-layers]')!;
		list.replaceChildren(
			...this.#chain.layers.map((layer, i) => {
				const info = this.#data.layers.find((l) => l.slug === layer.slug)!;
				const variants = variantsOf(info);
				const button = (act: string, text: string, label: string) => h('button', { type: 'button', class: 'button button--small', 'data-act': act, 'aria-label': `${label} ${info.name}` }, text);
				const head = h('div', { class: 'chain-layer__head' }, h('strong', {}, info.name), button('up', '↑', 'Move up:'), button('down', '↓', 'Move down:'), button('remove', '✕', 'Remove'));
				if (variants.length) {
					const select = h('select', { 'data-variant': '', 'aria-label': `${info.name}: which one` }) as HTMLSelectElement;
					select.append(...variants.map((v) => new Option(v, variantKey(v))));
					select.value = layer.variant ?? variantKey(variants[0]!);
					head.append(select);
				}
				const fields = (timers[i] ?? []).filter(relevant).map((t) => {
					const id = `chain-${i}-${t.id}`;
					const input = h('input', { id, type: 'number', min: '0', step: 'any', inputmode: 'decimal', 'data-timer': t.id, placeholder: t.default === null ? 'none' : String(t.default) }) as HTMLInputElement;
					if (layer.values[t.id] !== undefined) input.value = String(layer.values[t.id]);
					return h('p', { class: 'chain-field' }, h('label', { for: id }, t.name), input, h('span', { class: 'muted' }, ` s (default ${t.default === null ? 'none' : formatSeconds(t.default)}${t.fixed ? ', fixed' : ''})`));
				});
				const details = fields.length ? [h('details', {}, h('summary', {}, 'Your values'), ...fields)] : [];
				return h('li', { class: 'chain-layer', 'data-i': String(i) }, head, ...details);
			})
		);
		list.tabIndex = -1;
		this.querySelector<HTMLButtonElement>('[data-act="add"]')!.disabled = this.#chain.layers.length >= MAX_LAYERS;
	}

	/**
	 * Recomputes and writes the findings; keeps the address in step with the chain: at once after a
	 * click, and once typing or sliding pauses (rewriting the address takes the browser a few
	 * milliseconds, more than the whole analysis).
	 */
	#update(write: 'now' | 'soon' | false) {
		const chain = this.#chain;
		clearTimeout(this.#writing);
		const address = () => history.replaceState(history.state, '', chain.layers.length ? chainHash(chain, this.#seconds) : location.pathname);
		if (write === 'now') address();
		else if (write === 'soon') this.#writing = setTimeout(address, 250);
		const out = this.querySelector<HTMLElement>('[data-out]')!;
		this.#status('');
		this.querySelector<HTMLElement>('[data-act="forget"]')!.hidden = readChain()?.chain !== formatChain(chain);
		if (!chain.layers.length) {
			out.replaceChildren(h('p', { class: 'chain-empty' }, 'Add the layer your visitors reach first, then each one behind it; or start from a common chain.'));
			return;
		}
		const x = explain(chain, this.#data, analyse(chain, this.#data, this.#seconds));
		const section = (key: keyof typeof CHAIN_SECTIONS, ...body: Node[]) => h('section', { class: 'chain-result', 'aria-labelledby': CHAIN_SECTIONS[key].id }, h('h2', { id: CHAIN_SECTIONS[key].id }, CHAIN_SECTIONS[key].title), ...body);
		const none = (text: string) => h('p', {}, text);
		out.replaceChildren(
			h('p', { class: 'chain-title' }, x.title),
			section(
				'slow',
				h('p', { class: 'chain-verdict' }, ...line(x.verdict)),
				...(x.why ? [h('p', { class: 'chain-why muted' }, ...line(x.why))] : []),
				...(x.steps.length ? [h('ol', { class: 'chain-steps' }, ...x.steps.map((st) => h('li', { class: `chain-step chain-step--${st.role}` }, h('strong', { class: 'chain-step__layer' }, st.layer), ' ', ...line(st.text), ...(st.retries ? [h('span', { class: 'chain-step__retries muted' }, `Retries: ${st.retries}`)] : []), ...(st.log ? [h('span', { class: 'chain-step__log' }, 'Log: ', h('code', {}, st.log))] : []))))] : []),
				...(x.timeline.length
					? [
							h('p', { class: 'chain-timeline__title' }, 'The timers that can end it, shortest first:'),
							h('ol', { class: 'chain-timeline' }, ...x.timeline.map((t) => h('li', { class: `${t.first ? 'is-first ' : ''}${t.dead ? 'is-dead' : ''}` }, ...line(t.text), ...(t.first ? [h('span', { class: 'chain-tag' }, 'runs out first')] : []), ...(t.dead ? [h('span', { class: 'chain-tag chain-tag--dead' }, 'never first')] : [])))),
						]
					: [])
			),
			section(
				'keepalive',
				...(x.hops.length
					? [h('ul', { class: 'chain-hops' }, ...x.hops.map((hop) => h('li', { class: `chain-hop${hop.race ? ' is-race' : ''}` }, ...line(hop.text), ...(hop.fix ? [h('span', { class: 'chain-hop__fix' }, ...line(hop.fix))] : []), ...(hop.note ? [h('span', { class: 'chain-hop__note muted' }, hop.note)] : []))))]
					: [none(CHAIN_SECTIONS.keepalive.none)])
			),
			section('dead', x.dead.length ? h('ul', { class: 'chain-dead' }, ...x.dead.map((l) => h('li', {}, ...line(l)))) : none(CHAIN_SECTIONS.dead.none))
		);
	}

	#save(keep: boolean) {
		if (!keep) {
			clearChain();
			this.#status('Removed from Your setup.');
		} else {
			const chain = formatChain(this.#chain);
			const label = this.#chain.layers.map((l) => this.#data.layers.find((d) => d.slug === l.slug)!.name).join(' → ');
			this.#status(chain && storeChain({ chain, label }) ? 'Saved in Your setup: Diagnose and the troubleshooters now speak of these layers.' : 'Not saved: add a layer first, or allow this site to store data.');
		}
		this.querySelector<HTMLElement>('[data-act="forget"]')!.hidden = readChain()?.chain !== formatChain(this.#chain);
	}

	#status(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}
}

customElements.define('chain-builder', ChainBuilder);
