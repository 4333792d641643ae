/**
 * <diagnose-tool>: the form on /diagnose/. It reads what the reader pastes, chooses or drops (a
 * HAR file, a log) in this browser, and writes the findings with DOM text nodes only: nothing is
 * ever parsed as HTML, put in the URL, or sent anywhere (the one request it makes is for its own
 * data, from this site, with nothing of the paste in it). Large inputs are read in a worker, so
 * the page stays responsive. The data (`data-src`, /diagnose/data.json) is fetched once the reader
 * starts: on focus, a drop or a choice of file, so it is usually in before the first Diagnose.
 */
import type { DiagnoseData } from './data';
import type { Diagnosis, Evidence, Mark, Report } from './diagnose';
import type { Confidence } from './verdict';
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
const list = (items: Child[][]) => el('ul', {}, ...items.map((item) => el('li', {}, ...item)));
const quote = (evidence: Evidence): HTMLElement =>
	el('span', { class: 'evidence' }, evidence.line > 0 ? el('span', { class: 'evidence__line' }, `line ${evidence.line} `) : '', el('code', {}, evidence.text.slice(0, 300)));

/** Files larger than this are refused before they are read. */
const MAX_FILE = 20_000_000;

const HEADINGS: Record<Confidence, (name: string, others: string) => string> = {
	sure: (name) => `Sent by ${name}`,
	likely: (name) => `Most likely sent by ${name}`,
	possible: (name) => `Possibly sent by ${name}`,
	conflict: (name, others) => (name ? `The marks disagree: most point to ${name}${others ? `, some to ${others}` : ''}` : `The marks disagree: ${others}`),
	none: () => 'We could not tell which layer sent it',
};

class DiagnoseTool extends HTMLElement {
	#data: DiagnoseData | undefined;
	#loading: Promise<DiagnoseData> | undefined;
	#abort = new AbortController();
	#worker: Worker | undefined;
	/** Whether the worker has been sent the data (once; later requests send only the text). */
	#workerHasData = false;
	#run = 0;

	connectedCallback() {
		if (!this.dataset['src']) return;
		const form = this.querySelector('form')!;
		const signal = this.#abort.signal;
		form.hidden = false;
		// The reader is about to use the tool: fetch its data now (a failure is reported on Diagnose).
		for (const type of ['focusin', 'dragenter', 'pointerdown'] as const) form.addEventListener(type, () => void this.#load().catch(() => undefined), { signal, once: true });
		form.addEventListener('submit', (event) => {
			// Never submitted: the paste stays in this page.
			event.preventDefault();
			void this.#diagnose(this.#textarea.value);
		}, { signal });
		form.addEventListener('reset', () => this.#results.replaceChildren(), { signal });
		this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => {
			const file = (event.target as HTMLInputElement).files?.[0];
			if (file) void this.#readFile(file);
		}, { signal });
		for (const type of ['dragenter', 'dragover'] as const) {
			form.addEventListener(type, (event) => {
				event.preventDefault();
				form.classList.add('is-dropping');
			}, { signal });
		}
		form.addEventListener('dragleave', () => form.classList.remove('is-dropping'), { signal });
		form.addEventListener('drop', (event) => {
			event.preventDefault();
			form.classList.remove('is-dropping');
			const file = event.dataTransfer?.files[0];
			if (file) void this.#readFile(file);
			else if (event.dataTransfer?.getData('text/plain')) this.#textarea.value = event.dataTransfer.getData('text/plain');
		}, { signal });
		// A paste handed over from the site search ("Diagnose this"): kept in this tab only, read once.
		const handed = sessionStorage.getItem('diagnose:paste');
		if (handed) {
			sessionStorage.removeItem('diagnose:paste');
			this.#textarea.value = handed;
			void this.#diagnose(handed);
		}
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#worker?.terminate();
	}

	get #textarea() {
		return this.querySelector('textarea')!;
	}

	get #results() {
		return this.querySelector<HTMLElement>('[data-results]')!;
	}

	/** The data, fetched once; after a failure the next call tries again. */
	#load(): Promise<DiagnoseData> {
		this.#loading ??= fetch(this.dataset['src']!)
			.then((response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				return response.json() as Promise<DiagnoseData>;
			})
			.then((data) => (this.#data = data))
			.catch((error: unknown) => {
				this.#loading = undefined;
				throw error;
			});
		return this.#loading;
	}

	async #readFile(file: File) {
		if (file.size > MAX_FILE) {
			this.#show([el('p', { class: 'diagnose__problem' }, `${file.name} is ${(file.size / 1e6).toFixed(0)} MB; up to ${MAX_FILE / 1e6} MB is read. Cut the log to the time of the errors, or export only the failing requests.`)], 'problem');
			return;
		}
		const text = await file.text();
		// Shown in the box only when small enough to read there; the verdict says what was read either way.
		this.#textarea.value = text.length <= 500_000 ? text : `${text.slice(0, 2000)}\n… (${file.name}: ${(text.length / 1e6).toFixed(1)} million characters, read whole)`;
		await this.#diagnose(text, file.name);
	}

	async #diagnose(text: string, fileName?: string) {
		const run = ++this.#run;
		const secondsText = this.querySelector<HTMLInputElement>('input[name="seconds"]')!.value.trim();
		const seconds = secondsText ? Number(secondsText) : undefined;
		const started = performance.now();
		this.#results.setAttribute('aria-busy', 'true');
		if (text.length > 100_000) this.#show([el('p', {}, `Reading ${fileName ?? 'the paste'} (${(text.length / 1e6).toFixed(1)} million characters)…`)], 'busy');
		let report: Report;
		let data: DiagnoseData;
		try {
			data = await this.#load();
		} catch (error) {
			if (run !== this.#run) return;
			this.#show([el('h2', { tabindex: '-1' }, 'The tool did not load'), el('p', { class: 'diagnose__problem' }, `Its data could not be fetched (${(error as Error).message}). Check the connection and press Diagnose again; what you pasted is still here.`)], 'problem');
			return;
		}
		try {
			// In a worker, so a long log never freezes the page; where workers are missing, here.
			report = typeof Worker === 'function' ? await this.#inWorker(text, seconds, data) : await this.#here(text, seconds, data);
		} catch (error) {
			report = { kind: 'unreadable', problem: `This could not be read (${(error as Error).message}).` };
		}
		if (run !== this.#run) return;
		this.#show(this.#render(report, fileName), report.kind);
		this.#results.dataset['ms'] = String(Math.round(performance.now() - started));
	}

	async #here(text: string, seconds: number | undefined, data: DiagnoseData): Promise<Report> {
		const { diagnose, readersFor } = await import('./diagnose');
		return diagnose(text, data, seconds, await readersFor(text));
	}

	#inWorker(text: string, seconds: number | undefined, data: DiagnoseData): Promise<Report> {
		this.#worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		const worker = this.#worker;
		// The data goes over once: copying 140 KB into the worker for every paste would be the slowest part of a short one.
		const message = this.#workerHasData ? { text, seconds } : { text, seconds, data };
		this.#workerHasData = true;
		return new Promise((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<Report>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message));
			worker.postMessage(message);
		});
	}

	#show(nodes: Node[], state: string) {
		this.#results.replaceChildren(...nodes);
		this.#results.dataset['state'] = state;
		this.#results.setAttribute('aria-busy', String(state === 'busy'));
		if (state !== 'busy') this.#results.querySelector('h2')?.focus();
	}

	#render(report: Report, fileName?: string): Node[] {
		if (report.kind === 'empty') return [el('p', { class: 'diagnose__empty' }, 'Paste something first: response headers, an error page, log lines, or a HAR file.')];
		if (report.kind === 'unreadable') return [el('h2', { tabindex: '-1' }, 'This could not be read'), el('p', { class: 'diagnose__problem' }, report.problem)];
		if (report.kind === 'har') return this.#har(report, fileName);
		return [...this.#verdict(report, 2), ...this.#details(report, 3)];
	}

	#name(slug: string | undefined): string {
		return this.#data!.platforms.find((p) => p.slug === slug)?.name ?? slug ?? '';
	}

	#har(report: Extract<Report, { kind: 'har' }>, fileName?: string): Node[] {
		const out: Node[] = [el('h2', { tabindex: '-1' }, `${report.requests.length} failed request${report.requests.length === 1 ? '' : 's'} of ${report.total} in ${fileName ?? 'the HAR file'}`)];
		if (report.requests.length === 0) out.push(el('p', {}, 'No request in it got a 5xx or no response at all. Record the network panel while the error happens, then save it as HAR again.'));
		for (const { request, diagnosis } of report.requests) {
			const title = `${request.status || 'No response'} ${request.method} ${request.url.slice(0, 200)}`;
			const timing = request.time >= 0 ? ` ${Math.round(request.time)} ms${request.wait >= 0 ? `, first byte after ${Math.round(request.wait)} ms` : ''}.` : '';
			const summary = el('summary', {}, el('strong', {}, title), ` ${this.#headline(diagnosis)}.${timing}`);
			out.push(el('details', { class: 'diagnose__request' }, summary, ...this.#verdict(diagnosis, 3).slice(1), ...this.#details(diagnosis, 4)));
		}
		return out;
	}

	#headline(d: Diagnosis): string {
		const { confidence, sender, candidates } = d.verdict;
		const others = candidates.filter((c) => c !== sender).map((c) => this.#name(c)).join(' or ');
		return HEADINGS[confidence](this.#name(sender), others);
	}

	#verdict(d: Diagnosis, level: 2 | 3): Node[] {
		const data = this.#data!;
		const out: Node[] = [el(level === 2 ? 'h2' : 'h3', { tabindex: '-1' }, this.#headline(d))];
		const { read } = d;
		if (read.read < read.size) out.push(el('p', { class: 'diagnose__note' }, `Read the first ${(read.read / 1e6).toFixed(1)} million of ${(read.size / 1e6).toFixed(1)} million characters; the rest was not read.`));
		else if (read.size > 20_000) out.push(el('p', { class: 'diagnose__note' }, `Read all ${read.lines.toLocaleString('en')} lines (${(read.size / 1e6).toFixed(1)} million characters).`));
		if (read.unwrapped.length) out.push(el('p', { class: 'diagnose__note' }, `Taken off first: ${read.unwrapped.join('; ')}.`));
		const code = d.status?.code;
		if (code) {
			const status = el('p', {}, 'Status: ', link(codeHref(code), `${code} ${data.codes[String(code)] ?? ''}`.trim()));
			if (d.status?.inferred) status.append(' (not in the paste: the code this error always has)');
			else if (d.status?.evidence) status.append(' ', quote(d.status.evidence));
			out.push(status);
		}
		const { sender, confidence, next } = d.verdict;
		const own = (slug: string | undefined) => d.verdict.marks.filter((m) => m.platform === slug && m.role !== 'next');
		if (sender || confidence === 'conflict') {
			const why = (slug: string | undefined) => this.#why(own(slug));
			if (confidence === 'possible') out.push(el('p', {}, `Nothing in the paste is ${this.#name(sender)}'s own: this is a guess from what the paste shows.`));
			if (confidence === 'conflict') for (const c of d.verdict.candidates) out.push(el('p', {}, `What points to ${this.#name(c)}:`), why(c));
			else out.push(el('p', {}, 'Why:'), why(sender));
		} else {
			const recognised = d.headers.length ? `Headers recognised: ${d.headers.slice(0, 20).join(', ')}.` : 'No response headers recognised.';
			out.push(el('p', {}, 'Nothing in the paste matches a layer we know. ', recognised, ' Compare it with ', link('/which-5xx/#which-layer-sent-the-error', 'every mark we know'), ', or start from the ', link('/troubleshoot/', 'step-by-step troubleshooter'), '.'));
		}
		if (next) out.push(el('p', {}, `Look next at ${this.#name(next.platform)}, behind it: `, quote(next.evidence)));
		return out;
	}

	/** Each mark once: what it says and the line it is on. */
	#why(marks: readonly Mark[]): HTMLElement {
		const seen = new Set<string>();
		const items: Child[][] = [];
		for (const mark of marks) {
			const key = `${mark.note} ${mark.evidence.line}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const item: Child[] = [mark.note, ' ', quote(mark.evidence)];
			if (mark.error) item.push(' ', link(platformHref(mark.platform, mark.error.id), mark.error.title));
			items.push(item);
		}
		return list(items.slice(0, 6));
	}

	#details(d: Diagnosis, level: 3 | 4): Node[] {
		const h = (text: string) => el(level === 3 ? 'h3' : 'h4', {}, text);
		const out: Node[] = [];
		if (d.log) {
			const { log } = d;
			out.push(h(`The log: ${log.records.toLocaleString('en')} requests (${log.formats.map((f) => f.name).join(', ')})`));
			out.push(el('p', {}, 'By status: ', log.byStatus.slice(0, 8).map((s) => `${s.status} × ${s.count.toLocaleString('en')}`).join(', '), '.'));
			if (log.signatures.length) {
				out.push(el('p', {}, 'The failures that repeat most:'));
				out.push(list(log.signatures.slice(0, 5).map((s) => [el('strong', {}, `${s.count.toLocaleString('en')} × ${s.status}`), ` ${s.platform ? this.#name(s.platform) : 'web server'}${s.detail ? `, ${s.detail}` : ''}`, s.first ? ` (first ${s.first}${s.last && s.last !== s.first ? `, last ${s.last}` : ''})` : '', `, line ${s.line}`])));
			}
			if (log.noTargetResponse) out.push(el('p', {}, `${log.noTargetResponse.toLocaleString('en')} of the ALB's 5xx lines have no target status: the target closed the connection or never answered. With a -1 target time this is usually the keep-alive race (the target closes idle connections before the ALB stops reusing them): see `, link(platformHref('aws-alb'), 'the ALB page'), '.'));
		}
		const through = d.verdict.passedThrough.filter((p) => p !== d.verdict.sender);
		if (through.length) out.push(h('It also passed through'), list(through.map((slug) => [link(platformHref(slug), this.#name(slug)), ': ', ...(d.verdict.marks.find((m) => m.platform === slug) ? [quote(d.verdict.marks.find((m) => m.platform === slug)!.evidence)] : [])])));
		if (d.proxyStatus.length) {
			out.push(h('Proxy-Status (RFC 9209), nearest the origin first'));
			out.push(list(d.proxyStatus.map((e) => (e.invalid ? ['This value is not a valid Structured Fields list, so it was not read: ', quote(e.evidence)] : [el('strong', {}, e.proxy), e.params['error'] ? `: ${e.params['error']}. ${e.errorMeaning ?? 'An error type outside the registry.'}` : ': handled it without error.', e.params['details'] ? ` Details: ${e.params['details']}` : '']))));
		}
		if (d.ids.length) out.push(h('Identifiers'), list(d.ids.map((id) => [el('strong', {}, `${id.kind} `), el('code', {}, id.value), `. ${id.facts.join(' ')}`])));
		if (d.timers.length) out.push(h('Timers near that time'), list(d.timers.slice(0, 8).map((t) => [el('strong', {}, `${t.seconds} s`), ' ', link(timerHref(t.platform, t.timer), `${t.platformName}: ${t.name}`), ` gives ${t.codes.join(' or ')}.`])));
		const next = d.next.map(({ kind, href, text }): Child[] => {
			const to = link(href, text);
			if (kind === 'platform-error') return ['Read ', to, ': what it means there, how to confirm and fix it.'];
			if (kind === 'platform') return ['Read ', to, ' for what each of its errors means.'];
			if (kind === 'next-layer') return ['Then check the layer behind it: ', to, '.'];
			if (kind === 'troubleshooter') return ['Find the cause step by step: ', to, '.'];
			return ['Read what ', to, ' means, and its usual causes.'];
		});
		const line = d.errors[0]?.evidence.text ?? d.status?.evidence?.text;
		if (line) {
			const search = el('button', { type: 'button', class: 'button button--small' }, 'Search the guide for this line');
			search.addEventListener('click', () => dispatchEvent(new CustomEvent('site-search:open', { detail: { query: line.slice(0, 300) } })));
			next.push([search]);
		}
		if (next.length) out.push(h('What to do next'), list(next));
		return out;
	}
}

customElements.define('diagnose-tool', DiagnoseTool);
