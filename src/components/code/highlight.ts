/**
 * Code blocks, rendered once at build time: Prism's highlighting (classes, not inline styles,
 * so the strict CSP holds; no highlighter ships to the browser) with the reader's placeholders
 * marked. Used by the MDX code block component and by the flows' Markdown, so both look the same.
 */
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { isPlaceholderName, PLACEHOLDER_PATTERN, placeholders } from '../../setup/placeholders';

/**
 * Fence languages: what the block's header strip calls each, and the Prism grammar that
 * highlights it. A language without a grammar, or not listed, is shown plain.
 */
const LANGUAGES: Record<string, { label: string; grammar?: string }> = {
	sh: { label: 'Shell', grammar: 'bash' },
	shell: { label: 'Shell', grammar: 'bash' },
	bash: { label: 'Shell', grammar: 'bash' },
	console: { label: 'Shell', grammar: 'bash' },
	nginx: { label: 'nginx config', grammar: 'nginx' },
	apache: { label: 'Apache config', grammar: 'apacheconf' },
	apacheconf: { label: 'Apache config', grammar: 'apacheconf' },
	yaml: { label: 'YAML', grammar: 'yaml' },
	yml: { label: 'YAML', grammar: 'yaml' },
	json: { label: 'JSON', grammar: 'json' },
	http: { label: 'HTTP', grammar: 'http' },
	ini: { label: 'INI', grammar: 'ini' },
	powershell: { label: 'PowerShell', grammar: 'powershell' },
	python: { label: 'Python', grammar: 'python' },
	js: { label: 'JavaScript', grammar: 'javascript' },
	javascript: { label: 'JavaScript', grammar: 'javascript' },
	ts: { label: 'TypeScript', grammar: 'typescript' },
	typescript: { label: 'TypeScript', grammar: 'typescript' },
	toml: { label: 'TOML', grammar: 'toml' },
	xml: { label: 'XML', grammar: 'markup' },
	html: { label: 'HTML', grammar: 'markup' },
	sql: { label: 'SQL', grammar: 'sql' },
	kusto: { label: 'KQL', grammar: 'kusto' },
	vcl: { label: 'VCL' },
	text: { label: 'Text' },
	docker: { label: 'Dockerfile', grammar: 'docker' },
	dockerfile: { label: 'Dockerfile', grammar: 'docker' },
	go: { label: 'Go', grammar: 'go' },
	php: { label: 'PHP', grammar: 'php' },
};

/** The header strip's name for a fence language, if it has one. */
export const languageLabel = (lang: string): string | undefined => LANGUAGES[lang]?.label;

loadLanguages([...new Set(Object.values(LANGUAGES).flatMap((l) => l.grammar ?? []))]);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Prism's token kinds, folded into the four colours the stylesheet gives code (comment, string,
 * keyword, value). A token of any other kind loses its span: a long command has dozens, and
 * they would only cost bytes.
 */
const TOKEN_CLASS: Record<string, string> = {
	comment: 'tc',
	prolog: 'tc',
	string: 'ts',
	'attr-value': 'ts',
	regex: 'ts',
	keyword: 'tk',
	builtin: 'tk',
	function: 'tk',
	directive: 'tk',
	property: 'tk',
	'header-name': 'tk',
	variable: 'tv',
	parameter: 'tv',
	number: 'tv',
	boolean: 'tv',
	environment: 'tv',
	constant: 'tv',
};

/** Rewrites Prism's `<span class="token kind …">` to the short classes, dropping the others (nesting kept). */
function foldTokens(html: string): string {
	const kept: boolean[] = [];
	return html.replace(/<span class="token ([^"]*)"[^>]*>|<\/span>/g, (_tag, classes?: string) => {
		if (classes === undefined) return kept.pop() ? '</span>' : '';
		const short = classes.split(' ').map((c) => TOKEN_CLASS[c]).find(Boolean);
		kept.push(short !== undefined);
		return short ? `<span class="${short}">` : '';
	});
}

/**
 * Private-use characters stand in for placeholders while Prism runs: a single character cannot be
 * split across tokens, and no grammar matches it.
 */
const SENTINEL_BASE = 0xe000;

/**
 * The highlighted HTML of `code`, with each `{{name}}` shown as its example value inside
 * `<var data-ph="name">`. Throws on a placeholder it does not know, naming it.
 */
export function highlight(code: string, lang: string): { html: string; placeholders: string[] } {
	const used: string[] = [];
	const marked = code.replace(PLACEHOLDER_PATTERN, (_, name: string) => {
		if (!isPlaceholderName(name)) throw new Error(`unknown placeholder {{${name}}}; known: ${Object.keys(placeholders).map((n) => `{{${n}}}`).join(', ')}`);
		if (!used.includes(name)) used.push(name);
		return String.fromCharCode(SENTINEL_BASE + used.indexOf(name));
	});
	const grammarName = LANGUAGES[lang]?.grammar;
	const grammar = grammarName ? Prism.languages[grammarName] : undefined;
	const html = grammar ? foldTokens(Prism.highlight(marked, grammar, grammarName!)) : escapeHtml(marked);
	const withPlaceholders = html.replace(/[\ue000-\ue0ff]/g, (ch) => {
		const name = used[ch.charCodeAt(0) - SENTINEL_BASE] as keyof typeof placeholders;
		return `<var class="placeholder" data-ph="${name}">${escapeHtml(placeholders[name].example)}</var>`;
	});
	return { html: withPlaceholders, placeholders: used };
}
