import { describe, expect, it } from 'vitest';
import { enhanceCodeBlocks } from '../../src/components/code/code-html';
import { highlight } from '../../src/components/code/highlight';
import { codeBlockHtml } from '../../src/components/code/markup';

describe('highlight', () => {
	it('colours shell with classes, not inline styles', () => {
		const { html } = highlight('# restart it\nsudo systemctl restart nginx', 'sh');
		expect(html).toContain('<span class="tc"># restart it</span>');
		expect(html).not.toMatch(/style=/);
	});

	it('keeps nested tokens and drops the spans of kinds it does not colour', () => {
		const { html } = highlight('echo "$HOME/x" | wc -l', 'sh');
		expect(html).toMatch(/<span class="ts">"<span class="tv">\$HOME<\/span>\/x"<\/span>/);
		expect(html).not.toMatch(/class="token/);
		expect(html.match(/<span/g)?.length).toBe(html.match(/<\/span>/g)?.length);
	});

	it('shows placeholders as their example values, marked, even inside strings', () => {
		const { html, placeholders } = highlight('curl -sS "https://{{hostname}}/" --connect-to ::{{origin-ipv4}}', 'sh');
		expect(placeholders).toEqual(['hostname', 'origin-ipv4']);
		expect(html).toContain('<var class="placeholder" data-ph="hostname">www.example.com</var>');
		expect(html).toContain('<var class="placeholder" data-ph="origin-ipv4">203.0.113.10</var>');
		expect(html).not.toContain('{{');
	});

	it('fails on a placeholder it does not know, naming it', () => {
		expect(() => highlight('ping {{hostnme}}', 'sh')).toThrow(/unknown placeholder \{\{hostnme\}\}/);
	});

	it('escapes code in languages it does not highlight', () => {
		expect(highlight('<b>&</b>', 'vcl').html).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
	});
});

describe('codeBlockHtml', () => {
	it('labels the block and says when values are examples', () => {
		const html = codeBlockHtml({ code: 'dig {{hostname}}\n', lang: 'sh' });
		expect(html).toContain('<span class="code-block__label">Shell</span>');
		expect(html).toContain('Marked values are examples');
		expect(html).toContain('data-placeholders="hostname"');
	});
});

describe('enhanceCodeBlocks (Markdown outside MDX)', () => {
	it('turns consecutive stack blocks into one set of tabs, and others into plain blocks', () => {
		const html = enhanceCodeBlocks(
			'<p>Restart:</p>\n<pre><code class="language-sh:nginx">sudo systemctl restart nginx\n</code></pre>\n<pre><code class="language-sh:apache">sudo systemctl restart apache2\n</code></pre>\n<pre><code class="language-sh">ss -ltnp\n</code></pre>'
		);
		expect(html.match(/<stack-tabs/g)).toHaveLength(1);
		expect(html).toContain('data-sync="webserver"');
		expect(html).toContain('<p class="tabs__label">nginx</p>');
		expect(html).toContain('<p class="tabs__label">Apache</p>');
		expect(html.match(/<copy-code/g)).toHaveLength(3);
	});

	it('handles code blocks inside list items too', () => {
		const html = enhanceCodeBlocks('<ul><li><p>Check:</p><pre><code class="language-sh">dig +short {{hostname}}\n</code></pre></li></ul>');
		expect(html).toContain('<li><p>Check:</p><copy-code');
		expect(html).toContain('data-ph="hostname"');
	});

	it('refuses a stack option it does not know, and a lone tab', () => {
		expect(() => enhanceCodeBlocks('<pre><code class="language-sh:ngnix">x</code></pre><pre><code class="language-sh:apache">y</code></pre>')).toThrow(/"ngnix" is not a known stack option/);
		expect(() => enhanceCodeBlocks('<pre><code class="language-sh:nginx">x</code></pre><p>then</p>')).toThrow(/stands alone/);
	});
});

describe('highlight keeps its spans balanced', () => {
	it('even where Prism adds attributes to a token (escaped quotes in shell strings)', () => {
		const { html } = highlight('echo "a \\"$b\\" c"', 'sh');
		expect(html.match(/<span/g)?.length ?? 0).toBe(html.match(/<\/span>/g)?.length ?? 0);
		expect(html).not.toContain('token entity');
	});
});
