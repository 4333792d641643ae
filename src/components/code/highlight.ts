/**
 * Code blocks, rendered once at build time: Prism's highlighting (classes, not inline styles,
 * so the strict CSP holds; no highlighter ships to the browser) with the reader's placeholders
 * marked. Used by the MDX code block component and by the flows' Markdown, so both look the same.
 */
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { isPlaceholderName, PLACEHOLDER_PATTERN, placeholders } from '../../setup/placeholders';

/** Fence languages we highlight, and the Prism grammar each uses. Others are shown plain. */
const GRAMMARS: Record<string, string> = {
	sh: 'bash',
	shell: 'bash',
	bash: 'bash',
	console: 'bash',
	nginx: 'nginx',
	apache: 'apacheconf',
	apacheconf: 'apacheconf',
	yaml: 'yaml',
	yml: 'yaml',
	json: 'json',
	http: 'http',
	ini: 'ini',
	powershell: 'powershell',
	python: 'python',
	js: 'javascript',
	javascript: 'javascript',
	ts: 'typescript',
	typescript: 'typescript',
	toml: 'toml',
	xml: 'markup',
	html: 'markup',
	sql: 'sql',
	kusto: 'kusto',
	docker: 'docker',
	dockerfile: 'docker',
	go: 'go',
	php: 'php',
};

/** What the block's header strip says for each language. */
export const LANGUAGE_LABELS: Record<string, string> = {
	sh: 'Shell',
	shell: 'Shell',
	bash: 'Shell',
	console: 'Shell',
	nginx: 'nginx config',
	apache: 'Apache config',
	apacheconf: 'Apache config',
	yaml: 'YAML',
	yml: 'YAML',
	json: 'JSON',
	http: 'HTTP',
	ini: 'INI',
	powershell: 'PowerShell',
	python: 'Python',
	js: 'JavaScript',
	javascript: 'JavaScript',
	ts: 'TypeScript',
	typescript: 'TypeScript',
	toml: 'TOML',
	xml: 'XML',
	html: 'HTML',
	sql: 'SQL',
	kusto: 'KQL',
	vcl: 'VCL',
	text: 'Text',
	docker: 'Dockerfile',
	dockerfile: 'Dockerfile',
	go: 'Go',
	php: 'PHP',
};

loadLanguages([...new Set(Object.values(GRAMMARS))]);

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
	const grammarName = GRAMMARS[lang];
	const grammar = grammarName ? Prism.languages[grammarName] : undefined;
	const html = grammar ? foldTokens(Prism.highlight(marked, grammar, grammarName!)) : escapeHtml(marked);
	const withPlaceholders = html.replace(/[\ue000-\ue0ff]/g, (ch) => {
		const name = used[ch.charCodeAt(0) - SENTINEL_BASE] as keyof typeof placeholders;
		return `<var class="placeholder" data-ph="${name}">${escapeHtml(placeholders[name].example)}</var>`;
	});
	return { html: withPlaceholders, placeholders: used };
}
