/**
 * <flow-wizard>: one step at a time, the path so far, progress, Back, focus and announcements,
 * on top of the server-rendered flow (Wizard.astro), which works without this script.
 *
 * ## State
 * The URL fragment names the current step (`#firewall`); the browser's own history walks the
 * flow. The path so far lives in `history.state.wizardPath` for each entry, so Back, Forward and
 * reload restore it. An answer is recorded as the reader clicked it (two answers may lead to the
 * same step). A step opened with no state (a shared link) gets its shortest path from the start,
 * which the server wrote into `data-path`, shown as a likely way there, not as the reader's answers
 * (`data-from-link` says so to the message to the host). An entry reached by an answer is marked
 * `walked`: "← Back" then goes back in history; otherwise it replaces the entry, so the browser's
 * Back never undoes a "← Back".
 *
 * ## Lifecycle
 * 1. Upgrade: mark the element enhanced (CSS then shows only `.is-current`), show the controls.
 * 2. Every `hashchange` (answers and path links are plain links): work out the path, render.
 */
import { safeDecode } from '../lib/decode';
import { stepHeadingId } from '../lib/paths';

interface PathEntry {
	step: string;
	answer: number;
}

const parsePath = (attr: string | undefined): PathEntry[] =>
	(attr ?? '')
		.split(' ')
		.filter(Boolean)
		.map((pair) => {
			const [step = '', answer = '0'] = pair.split(':');
			return { step, answer: Number(answer) };
		});

class FlowWizard extends HTMLElement {
	#steps = new Map<string, HTMLElement>();
	#start = '';
	#current = '';
	#path: PathEntry[] = [];
	/** The path was reconstructed from a link, not walked by the reader. */
	#reconstructed = false;
	/** The answer link the reader just activated, recorded on click, before the hash changes. */
	#chosen: (PathEntry & { to: string }) | undefined;
	#abort = new AbortController();

	disconnectedCallback() {
		this.#abort.abort();
	}

	connectedCallback() {
		const signal = this.#abort.signal;
		this.#start = this.dataset['start'] ?? '';
		for (const section of this.querySelectorAll<HTMLElement>('.wizard-step')) this.#steps.set(section.id, section);
		this.classList.add('is-enhanced');
		this.querySelector<HTMLElement>('.wizard-status')!.hidden = false;
		for (const back of this.querySelectorAll<HTMLButtonElement>('.wizard-back')) {
			back.addEventListener('click', () => {
				const previous = this.#path.at(-1);
				if (!previous) return;
				// Reached by an answer: the entry before is the previous step, so go back to it. Otherwise
				// (a link, a jump along the path) replace this entry: Back adds none for the browser's Back to undo.
				if ((history.state as { walked?: boolean } | null)?.walked) history.back();
				else location.replace(`#${previous.step}`);
			}, { signal });
		}
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-answer]');
			if (link) this.#chosen = { step: this.#current, answer: Number(link.dataset['answer']), to: link.hash.slice(1) };
		}, { signal });
		addEventListener('hashchange', () => this.#update(true), { signal });
		this.#setUpChart(signal);
		this.#update(location.hash.length > 1);
	}

	/**
	 * The drawing opens on wide screens, the outline on narrow ones; "Actual size" zooms the drawing.
	 * The chart is a file of its own (FlowDiagram.astro): its image gives way at once to an empty
	 * chart of the same size, so the image is never fetched, and the file is drawn in when the
	 * drawing opens.
	 */
	#setUpChart(signal: AbortSignal) {
		const wide = matchMedia('(min-width: 60rem)').matches;
		const drawing = this.querySelector<HTMLDetailsElement>('.flow-drawing');
		const outline = this.querySelector<HTMLDetailsElement>('.flow-outline');
		const chart = this.querySelector<HTMLElement>('.flow-diagram');
		const image = chart?.querySelector('img');
		if (chart && image && drawing) {
			// The chart's own size, from the attributes (an image's width property is its rendered width once shown).
			const [width, height] = [image.getAttribute('width') ?? '0', image.getAttribute('height') ?? '0'];
			const blank = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
			blank.setAttribute('viewBox', `0 0 ${width} ${height}`);
			blank.setAttribute('width', width);
			blank.setAttribute('height', height);
			blank.setAttribute('aria-hidden', 'true');
			image.replaceWith(blank);
			const draw = () => {
				if (drawing.open) void this.#drawChart(chart, blank);
			};
			drawing.addEventListener('toggle', draw, { signal });
		}
		if (drawing) drawing.open = wide;
		if (outline) outline.open = !wide;
		const zoom = this.querySelector<HTMLButtonElement>('.flow-diagram__zoom');
		if (!zoom || !chart) return;
		zoom.hidden = false;
		zoom.addEventListener('click', () => {
			const actual = zoom.getAttribute('aria-pressed') !== 'true';
			zoom.setAttribute('aria-pressed', String(actual));
			chart.classList.toggle('is-actual', actual);
			this.#renderDiagram();
		}, { signal });
	}

	/**
	 * Whether the reader arrived from the code page (`?from=page`) at the step after the answer
	 * that page has them give: then the path to it is their own, not reconstructed.
	 */
	#answeredOnCodePage(section: HTMLElement): boolean {
		const given = this.dataset['codePageAnswer'];
		return new URLSearchParams(location.search).get('from') === 'page' && Boolean(given) && section.dataset['path'] === given;
	}

	/** The step the URL names, by its id or its heading's (`#firewall-title`); a malformed fragment (`#%`) names none. */
	#requested(): string {
		const id = safeDecode(location.hash.slice(1)) ?? location.hash.slice(1);
		if (this.#steps.has(id)) return id;
		return [...this.#steps.keys()].find((step) => stepHeadingId(step) === id) ?? id;
	}

	#update(moveFocus: boolean) {
		const requested = this.#requested();
		const known = this.#steps.has(requested);
		const id = known ? requested : this.#start;
		const section = this.#steps.get(id)!;

		const saved = (history.state as { wizardPath?: PathEntry[]; reconstructed?: boolean } | null) ?? {};
		const stepIndex = this.#path.findIndex((entry) => entry.step === id);
		const chosen = this.#chosen?.to === id && this.#chosen.step === this.#current ? this.#chosen : undefined;
		this.#chosen = undefined;
		if (saved.wizardPath) {
			this.#path = saved.wizardPath;
			this.#reconstructed = saved.reconstructed === true;
		} else if (id === this.#start) {
			this.#path = [];
			this.#reconstructed = false;
		} else if (stepIndex >= 0) {
			this.#path = this.#path.slice(0, stepIndex);
		} else if (chosen) {
			this.#path = [...this.#path, { step: chosen.step, answer: chosen.answer }];
		} else {
			this.#path = parsePath(section.dataset['path']);
			this.#reconstructed = !this.#answeredOnCodePage(section);
		}
		this.#current = id;
		history.replaceState({ ...(history.state as object | null), wizardPath: this.#path, reconstructed: this.#reconstructed, ...(chosen ? { walked: true } : {}) }, '');
		// The message to the host lists the reader's answers only, none on a step opened from a link.
		this.toggleAttribute('data-from-link', this.#reconstructed);

		for (const [stepId, el] of this.#steps) el.classList.toggle('is-current', stepId === id);
		this.#renderStatus(requested, known, section);
		this.#renderDiagram();
		if (moveFocus) {
			// On a phone each new step starts at the top of the window, so the question and its
			// answers fill the screen instead of starting below the page's heading.
			const phone = matchMedia('(max-width: 30rem)').matches;
			if (phone) this.scrollIntoView({ block: 'start' });
			section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: phone });
		}
	}

	#renderStatus(requested: string, known: boolean, section: HTMLElement) {
		const notice = this.querySelector<HTMLElement>('.wizard-notice')!;
		notice.hidden = known || requested === '';
		notice.textContent = notice.hidden ? '' : `There is no step “${requested}” in this flow, so here is the first question.`;

		const left = Number(section.dataset['left']);
		const title = section.querySelector('h2')?.textContent ?? '';
		const step = this.#path.length + 1;
		// `left` counts the questions from here, this one included; the diagnosis is one more step.
		const progress = left === 0 ? `Step ${step}: diagnosis` : `Step ${step} of at most ${step + left}`;
		this.querySelector('.wizard-progress')!.textContent = progress;
		this.querySelector('[data-announcer]')!.textContent = `${progress}. ${title}`;

		const list = this.querySelector('.wizard-path ol')!;
		list.replaceChildren(
			...this.#path.map(({ step, answer }) => {
				const from = this.#steps.get(step);
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = `#${step}`;
				link.textContent = from?.querySelector('h2')?.textContent ?? step;
				const chosen = from?.querySelectorAll('a[data-answer]')[answer]?.textContent ?? '';
				item.append(link, ` → ${chosen}`);
				return item;
			})
		);
		const details = this.querySelector<HTMLElement>('.wizard-path')!;
		details.hidden = this.#path.length === 0;
		const label = this.#reconstructed ? 'A likely way here (you opened this step from a link)' : 'Your answers so far';
		details.querySelector('nav')!.setAttribute('aria-label', label);
		details.querySelector('.wizard-path__title')!.textContent = label;
		details.querySelector('.wizard-path__count')!.textContent = `(${this.#path.length})`;
		for (const back of section.querySelectorAll<HTMLButtonElement>('.wizard-back')) back.hidden = this.#path.length === 0;
	}

	#chartDrawn = false;

	/** Fetches the chart's file and draws it in place of `blank` (once; a failure leaves the blank and says so in the console). */
	async #drawChart(chart: HTMLElement, blank: SVGSVGElement) {
		if (this.#chartDrawn) return;
		this.#chartDrawn = true;
		try {
			const response = await fetch(chart.dataset['src'] ?? '');
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const file = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
			if (file.localName !== 'svg') throw new Error('the file is not an SVG');
			blank.replaceWith(document.importNode(file, true));
			this.#renderDiagram();
		} catch (error) {
			this.#chartDrawn = false;
			console.error('The flowchart could not be drawn:', error);
		}
	}

	#renderDiagram() {
		const visited = new Set(this.#path.map((entry) => entry.step));
		const taken = new Set<string>();
		this.#path.forEach((entry, i) => taken.add(`${entry.step}>${this.#path[i + 1]?.step ?? this.#current}`));
		for (const node of this.querySelectorAll<SVGAElement>('[data-node]')) {
			const id = node.dataset['node'] ?? '';
			node.classList.toggle('is-current', id === this.#current);
			node.classList.toggle('is-visited', visited.has(id));
		}
		for (const edge of this.querySelectorAll<SVGGElement>('[data-edge]')) {
			edge.classList.toggle('is-taken', taken.has(edge.dataset['edge'] ?? ''));
		}
		// Bring the current node into the middle of the chart's own scroll box (not the page's).
		const box = this.querySelector<HTMLElement>('.flow-diagram__scroll');
		const current = this.querySelector<SVGGraphicsElement>(`[data-node="${this.#current}"] rect`);
		if (box && current) {
			const { x, y, width, height } = current.getBBox();
			box.scrollTo({ left: x + width / 2 - box.clientWidth / 2, top: y + height / 2 - box.clientHeight / 2 });
		}
	}
}

customElements.define('flow-wizard', FlowWizard);
