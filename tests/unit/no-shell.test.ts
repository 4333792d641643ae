/**
 * Troubleshooters for people without a shell: in every built troubleshooter, a question whose
 * commands need the server (src/wizard/commands.ts) has an answer for readers who can't run them
 * (`data-no-shell`, from `noShell: true` in the flow), and that answer leads somewhere they can
 * go on: an outcome, a page, or a question with no server command.
 */
import { readdirSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { commandsOf, serverCommands } from '../../src/wizard/commands';
import { textOf } from '../../src/lib/html';
import { builtPage } from './helpers/built';
import { classesOf } from './helpers/built';

interface BuiltStep {
	kind: 'question' | 'outcome';
	server: string[];
	answers: { href: string; noShell: boolean; label: string }[];
}

const troubleshooters = ['/troubleshoot/', ...readdirSync('content/flows').flatMap((n) => (/^\d{3}\.yaml$/.test(n) ? [`/${n.slice(0, 3)}/troubleshoot/`] : []))];

/** Each page's steps as built: their kind, the server commands in their code blocks, their answers. */
function stepsOf(path: string): { first: string; steps: Map<string, BuiltStep> } {
	const steps = new Map<string, BuiltStep>();
	let first = '';
	visit(fromHtml(builtPage(path)), 'element', (el: Element) => {
		if (el.tagName !== 'section' || !classesOf(el).includes('wizard-step')) return;
		const id = String(el.properties['id']);
		first ||= id;
		const fences: { lang: string; code: string }[] = [];
		const answers: BuiltStep['answers'] = [];
		visit(el, 'element', (inner: Element) => {
			if (inner.tagName === 'copy-code') {
				const pre = inner.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
				fences.push({ lang: String(inner.properties['dataLang'] ?? ''), code: pre ? textOf(pre) : '' });
			}
			if (inner.tagName === 'a' && classesOf(inner).includes('wizard-answer')) {
				answers.push({ href: String(inner.properties['href']), noShell: inner.properties['dataNoShell'] !== undefined, label: textOf(inner).trim() });
			}
		});
		steps.set(id, { kind: classesOf(el).includes('wizard-step--outcome') ? 'outcome' : 'question', server: serverCommands(fences), answers });
	});
	return { first, steps };
}

const built = new Map(troubleshooters.map((path) => [path, stepsOf(path)]));

/** Where an answer's link lands: a step of a troubleshooter, or another page. */
function landing(from: string, href: string): BuiltStep | 'page' | undefined {
	const url = new URL(href, `https://example.com${from}`);
	const flow = built.get(url.pathname);
	if (!flow) return 'page';
	return flow.steps.get(url.hash.slice(1) || flow.first);
}

describe('troubleshooters for readers without a shell', () => {
	it('finds steps that need the server in the built pages', () => {
		const count = [...built.values()].reduce((n, { steps }) => n + [...steps.values()].filter((s) => s.kind === 'question' && s.server.length > 0).length, 0);
		expect(count).toBeGreaterThan(30);
	});

	it.each(troubleshooters)('%s: every step with a command on the server has an answer for readers who cannot run it, leading somewhere they can go on', (path) => {
		const problems: string[] = [];
		for (const [id, step] of built.get(path)!.steps) {
			if (step.kind !== 'question' || step.server.length === 0) continue;
			const noShell = step.answers.filter((a) => a.noShell);
			if (noShell.length === 0) {
				problems.push(`#${id} runs ${step.server.join(', ')} on the server but has no answer marked noShell`);
				continue;
			}
			for (const answer of noShell) {
				const to = landing(path, answer.href);
				if (to === undefined) problems.push(`#${id}: "${answer.label}" leads to ${answer.href}, which is no step`);
				else if (to !== 'page' && to.kind === 'question' && to.server.length > 0) problems.push(`#${id}: "${answer.label}" leads to ${answer.href}, which asks for ${to.server.join(', ')} on the server too`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('which commands need the server', () => {
	it('reads commands through pipes, lists, loops, substitutions and comments', () => {
		expect(commandsOf(`for ip in 203.0.113.10 '[2001:db8::10]'; do\n  curl -k -sS --connect-to ::"$ip" https://x/ && echo "$ip: OK" || echo "exit $?"\ndone # loop`).map((c) => c.name)).toEqual(['curl', 'echo', 'echo']);
		expect(commandsOf('for i in $(seq 1 20); do openssl s_client -connect a:443 </dev/null 2>&1 | grep -E "New,|alert"; done').map((c) => c.name)).toEqual(['seq', 'openssl', 'grep']);
		expect(commandsOf('{ curl -fsS https://a/x.pem; echo\n curl -fsS https://a/y.pem; } > ca.pem').map((c) => c.name)).toEqual(['curl', 'echo', 'curl']);
		expect(commandsOf('sudo tail -n 100 /var/log/nginx/error.log        # nginx').map((c) => c.name)).toEqual(['sudo']);
		expect(commandsOf('curl -H "a | b; c" https://x/').map((c) => c.name)).toEqual(['curl']);
	});

	it('counts a command as needing the server unless it runs from anywhere and points outside the server', () => {
		expect(serverCommands([{ lang: 'sh', code: 'curl -sS -D - https://shop.example.net/ | grep -i server' }])).toEqual([]);
		expect(serverCommands([{ lang: 'sh', code: 'dig +short example.com A\naws elbv2 describe-target-health --target-group-arn "$TG"' }])).toEqual([]);
		expect(serverCommands([{ lang: 'sh', code: 'curl -sS http://127.0.0.1:3000/health' }])).toEqual(['curl']);
		expect(serverCommands([{ lang: 'sh', code: 'grep -c upstream /var/log/nginx/error.log' }])).toEqual(['grep']);
		expect(serverCommands([{ lang: 'sh', code: 'ss -ltnp | grep :443\nsystemctl status nginx' }])).toEqual(['ss', 'systemctl']);
		expect(serverCommands([{ lang: 'powershell', code: 'Get-WinEvent -MaxEvents 10' }])).toEqual(['PowerShell']);
		// Configuration and messages are not commands.
		expect(serverCommands([{ lang: 'nginx', code: 'proxy_read_timeout 300s;' }, { lang: 'text', code: 'Subject: 502 on shop' }])).toEqual([]);
		// A command nobody listed is taken to need the server.
		expect(serverCommands([{ lang: 'sh', code: 'varnishlog -d -q "RespStatus == 503"' }])).toEqual(['varnishlog']);
	});
});
