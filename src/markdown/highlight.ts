/**
 * Code, highlighted at build time as hast nodes: Prism's tokens become `<span>`s with one of four
 * short classes (classes, not inline styles, so the strict CSP holds; no highlighter ships to the
 * browser), and each `{{placeholder}}` becomes a `<var>` showing its example value. Nothing here
 * writes HTML: the page's serialiser escapes the text, once.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import Prism from 'prismjs';
import loadLanguages from 'prismjs/components/index.js';
import { isPlaceholderName, PLACEHOLDER_PATTERN, placeholders, type PlaceholderName } from '../setup/placeholders';

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

/**
 * Prism's token kinds, folded into the four colours the stylesheet gives code (comment, string,
 * keyword, value). A token of any other kind loses its span (its text stays): a long command
 * has dozens, and they would only cost bytes.
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

/**
 * Private-use characters stand in for placeholders while Prism runs: a single character cannot be
 * split across tokens, and no grammar matches it.
 */
const SENTINEL_BASE = 0xe000;
const SENTINELS = /[\ue000-\ue0ff]/;

/** Text with its placeholder sentinels turned into `<var>`s. Prism turns no-break spaces into spaces; so do we. */
function textNodes(text: string, used: readonly PlaceholderName[]): ElementContent[] {
	const nodes: ElementContent[] = [];
	for (const part of text.replace(/\u00a0/g, ' ').split(new RegExp(`(${SENTINELS.source})`))) {
		if (!part) continue;
		if (SENTINELS.test(part)) {
			const name = used[part.charCodeAt(0) - SENTINEL_BASE]!;
			nodes.push(h('var', { class: 'placeholder', dataPh: name }, placeholders[name].example));
		} else {
			const last = nodes.at(-1);
			if (last?.type === 'text') last.value += part;
			else nodes.push({ type: 'text', value: part });
		}
	}
	return nodes;
}

/** Prism's token stream as hast: a token of a coloured kind is a span, any other only its content. */
function tokenNodes(stream: Prism.TokenStream, used: readonly PlaceholderName[]): ElementContent[] {
	if (typeof stream === 'string') return textNodes(stream, used);
	if (Array.isArray(stream)) return stream.flatMap((token) => tokenNodes(token, used));
	const token = stream as Prism.Token;
	const kinds = [token.type, ...(Array.isArray(token.alias) ? token.alias : token.alias ? [token.alias] : [])];
	const colour = kinds.map((kind) => TOKEN_CLASS[kind]).find(Boolean);
	const content = tokenNodes(token.content, used);
	return colour ? [h('span', { class: colour }, content)] : content;
}

/**
 * `code` as hast nodes, highlighted for `lang`, with each `{{name}}` shown as its example value
 * inside `<var class="placeholder" data-ph="name">`; and the placeholders it uses, in order.
 * Throws on a placeholder it does not know, naming it.
 */
export function highlight(code: string, lang: string): { nodes: ElementContent[]; placeholders: PlaceholderName[] } {
	const used: PlaceholderName[] = [];
	const marked = code.replace(PLACEHOLDER_PATTERN, (_, name: string) => {
		if (!isPlaceholderName(name)) throw new Error(`unknown placeholder {{${name}}}; known: ${Object.keys(placeholders).map((n) => `{{${n}}}`).join(', ')}`);
		if (!used.includes(name)) used.push(name);
		return String.fromCharCode(SENTINEL_BASE + used.indexOf(name));
	});
	const grammarName = LANGUAGES[lang]?.grammar;
	const grammar = grammarName ? Prism.languages[grammarName] : undefined;
	const nodes = grammar ? tokenNodes(Prism.tokenize(marked, grammar), used) : textNodes(marked, used);
	return { nodes, placeholders: used };
}
