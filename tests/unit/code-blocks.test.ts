import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/markdown/highlight';
import { codeBlock } from '../../src/markdown/code-block';
import { markdown, mdxCode } from './helpers/markdown';

const html = (code: string, lang: string) => {
	const { nodes, placeholders } = highlight(code, lang);
	return { html: toHtml({ type: 'root', children: nodes }), placeholders };
};

describe('highlight', () => {
	it('colours shell with classes, not inline styles', () => {
		const { html: out } = html('# restart it\nsudo systemctl restart nginx', 'sh');
		expect(out).toContain('<span class="tc"># restart it</span>');
		expect(out).not.toMatch(/style=/);
	});

	it('keeps nested tokens and drops the spans of kinds it does not colour', () => {
		const { html: out } = html('echo "$HOME/x" | wc -l', 'sh');
		expect(out).toMatch(/<span class="ts">"<span class="tv">\$HOME<\/span>\/x"<\/span>/);
		expect(out).not.toMatch(/class="token/);
	});

	it('shows placeholders as their example values, marked, even inside strings', () => {
		const { html: out, placeholders } = html('curl -sS "https://{{hostname}}/" --connect-to ::{{origin-ipv4}}', 'sh');
		expect(placeholders).toEqual(['hostname', 'origin-ipv4']);
		expect(out).toContain('<var class="placeholder" data-ph="hostname">www.example.com</var>');
		expect(out).toContain('<var class="placeholder" data-ph="origin-ipv4">203.0.113.10</var>');
		expect(out).not.toContain('{{');
	});

	it('fails on a placeholder it does not know, naming it', () => {
		expect(() => highlight('ping {{hostnme}}', 'sh')).toThrow(/unknown placeholder \{\{hostnme\}\}/);
	});

	it('leaves code as text, for the page to escape once, in languages it does not highlight', () => {
		expect(highlight('<b>&</b>', 'vcl').nodes).toEqual([{ type: 'text', value: '<b>&</b>' }]);
		expect(html('<b>&</b>', 'vcl').html).toBe('&#x3C;b>&#x26;&#x3C;/b>');
	});

	it('drops the spans of escaped quotes in shell strings without losing their text', () => {
		const { html: out } = html('echo "a \\"$b\\" c"', 'sh');
		expect(out).not.toContain('entity');
		expect(out).toContain('\\"');
	});
});

describe('codeBlock', () => {
	it('labels the block and says when values are examples', () => {
		const out = toHtml(codeBlock({ code: 'dig {{hostname}}\n', lang: 'sh' }));
		expect(out).toContain('<span class="code-block__label">Shell</span>');
		expect(out).toContain('Marked values are examples');
		expect(out).toContain('data-placeholders="hostname"');
	});
});

describe('code blocks in a flow step (Markdown, through the build’s pipeline)', () => {
	it('turns consecutive stack blocks into one set of tabs, and others into plain blocks', async () => {
		const { html: out, outline } = await markdown('Restart:\n\n```sh:nginx\nsudo systemctl restart nginx\n```\n\n```sh:apache\nsudo systemctl restart apache2\n```\n\n```sh\nss -ltnp\n```');
		expect(out.match(/<stack-tabs/g)).toHaveLength(1);
		expect(out).toContain('data-sync="webserver"');
		expect(out).toContain('<p class="tabs__label">nginx</p>');
		expect(out).toContain('<p class="tabs__label">Apache</p>');
		expect(out.match(/<copy-code/g)).toHaveLength(3);
		expect(outline.fences).toHaveLength(3);
	});

	it('handles code blocks inside list items too', async () => {
		const { html: out } = await markdown('- Check:\n\n  ```sh\n  dig +short {{hostname}}\n  ```');
		expect(out).toMatch(/<li>\s*<p>Check:<\/p>\s*<copy-code/);
		expect(out).toContain('data-ph="hostname"');
	});

	it('refuses a stack option it does not know, and a lone tab', async () => {
		await expect(markdown('```sh:ngnix\nx\n```\n\n```sh:apache\ny\n```')).rejects.toThrow(/"ngnix" is not a known stack option/);
		await expect(markdown('```sh:nginx\nx\n```\n\nthen')).rejects.toThrow(/two or more variants in a row \(found 1\)/);
	});

	it('records raw HTML, which would be markup, and leaves code and prose alone', async () => {
		expect((await markdown('Send "cloudflared on <host> must reach…"')).outline.rawHtml).toEqual(['<host>']);
		expect((await markdown('a <b>bold</b> claim')).outline.rawHtml).toEqual(['<b>', '</b>']);
		expect((await markdown('Run `ssh <host>` and compare 1 < 2.\n\n```sh\ncurl <url>\n```')).outline.rawHtml).toEqual([]);
	});
});

describe('code blocks and tabs in MDX (through the build’s pipeline)', () => {
	it('builds <Tabs> and its panels’ code blocks as the shared markup, with no component left to render', async () => {
		const code = await mdxCode('<Tabs sync="webserver">\n<Tab value="nginx">\n\n```nginx\nproxy_read_timeout 60s;\n```\n\n</Tab>\n<Tab value="apache">\n\n```apache\nProxyTimeout 60\n```\n\n</Tab>\n</Tabs>');
		expect(code).toContain('"stack-tabs"');
		expect(code.match(/"copy-code"/g)?.length).toBeGreaterThanOrEqual(1);
		expect(code).not.toMatch(/\bTabs\b|\bTab\b/);
	});

	it('refuses tabs of the wrong kind, and a lone tab, naming the kind', async () => {
		await expect(mdxCode('<Tabs sync="webserver">\n<Tab value="ufw">\n\nx\n\n</Tab>\n<Tab value="nginx">\n\ny\n\n</Tab>\n</Tabs>')).rejects.toThrow(/"ufw" is not web server options/);
		await expect(mdxCode('<Tabs sync="webserver">\n<Tab value="nginx">\n\nx\n\n</Tab>\n</Tabs>')).rejects.toThrow(/<Tabs sync="webserver">: .*two or more/);
		await expect(mdxCode('<Tabs sync="browser">\n<Tab value="nginx">x</Tab>\n</Tabs>')).rejects.toThrow(/unknown stack kind/);
	});
});
