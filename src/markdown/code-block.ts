/**
 * The one place the markup of a code block and of a set of stack tabs is made, as hast nodes.
 * The Markdown plugin (plugin.ts) builds every fenced block of an MDX page and of a flow step
 * with it, so a block reads and copies the same everywhere; <copy-code> and <stack-tabs> bring
 * it to life in the browser.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { highlight, languageLabel } from './highlight';
import { stackOptionLabel, stacks, stackKinds, type StackKind } from '../setup/stacks';

/**
 * A code block: a header strip with what the code is (its language) and a Copy button, then the
 * highlighted code. Without JavaScript the button stays hidden and the code is plain selectable
 * text; where it has placeholders, the strip says the marked values are examples.
 */
export function codeBlock({ code, lang }: { code: string; lang: string }): Element {
	const { nodes, placeholders } = highlight(code.replace(/\n$/, ''), lang);
	const name = languageLabel(lang) ?? (lang || 'Code');
	const note = placeholders.length
		? [
				h('span', { class: 'code-block__note' }, [
					'Marked values are examples: ',
					h('button', { type: 'button', class: 'code-block__setup', dataOpenSetup: '', hidden: true }, 'use yours'),
					h('span', { class: 'code-block__noscript' }, 'replace them with yours'),
				]),
			]
		: [];
	return h('copy-code', { class: 'code-block', dataLang: lang, dataPlaceholders: placeholders.length ? placeholders.join(' ') : undefined }, [
		// The bar is the block's controls, not its content: left out of the search index and its excerpts.
		h('div', { class: 'code-block__bar', dataPagefindIgnore: '' }, [h('span', { class: 'code-block__label' }, name), ...note, h('button', { type: 'button', class: 'code-block__copy', hidden: true }, 'Copy')]),
		h('pre', { tabIndex: 0, class: `language-${lang || 'text'}` }, [h('code', nodes)]),
		h('span', { class: 'sr-only', role: 'status' }),
	]);
}

/** The stack kind an option belongs to ("nginx" → webserver), or undefined. */
export function stackKindOf(value: string): StackKind | undefined {
	return stackKinds.find((kind) => stackOptionLabel(kind, value) !== undefined);
}

/** Every option of every kind, for the message when one is unknown. */
const allOptions = () => stackKinds.flatMap((kind) => Object.keys(stacks[kind].options)).join(', ');

/**
 * Variants of one step for different stacks: each panel is shown in turn without JavaScript, as
 * tabs with it. Throws, naming what is wrong, on fewer than two variants or an option that is
 * not of the kind.
 */
export function stackTabs(kind: StackKind, panels: readonly { value: string; children: ElementContent[] }[]): Element {
	if (panels.length < 2) throw new Error(`tabs for ${stacks[kind].label.toLowerCase()} need two or more variants in a row (found ${panels.length})`);
	const foreign = panels.filter((p) => stackOptionLabel(kind, p.value) === undefined).map((p) => `"${p.value}"`);
	if (foreign.length) throw new Error(`${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not ${stacks[kind].label.toLowerCase()} options (use one of: ${Object.keys(stacks[kind].options).join(', ')})`);
	return h(
		'stack-tabs',
		{ class: 'tabs', dataSync: kind, dataLabel: stacks[kind].label },
		// A <div>, not a named <section>: a page can hold several sets with an "nginx" variant, and named regions must differ.
		panels.map(({ value, children }) => {
			const label = stackOptionLabel(kind, value)!;
			return h('div', { class: 'tabs__panel', dataValue: value, dataLabel: label }, [h('p', { class: 'tabs__label' }, label), ...children]);
		})
	);
}

/** The kind of an option written on a fence (```sh:nginx), or an error naming every option. */
export function fenceStack(option: string): StackKind {
	const kind = stackKindOf(option);
	if (!kind) throw new Error(`"${option}" is not a known stack option (use one of: ${allOptions()})`);
	return kind;
}
