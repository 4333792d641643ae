// N.B. THIS FILE IS IMPORTED BY CLIENT-SIDE CODE: no Node APIs, nothing heavy.
/**
 * The reader's setup: their values for the placeholders and their stack. Kept in this browser
 * only (localStorage), never sent anywhere. Every value is checked before it is stored or shown;
 * a stored value that fails its check (edited by hand, say) is ignored, never put in a command.
 */
import { placeholders, placeholderNames, type Placeholder, type PlaceholderName } from './placeholders';
import { stackKey, stackKinds, stackOptionLabel, storedStack, type StackKind } from './stacks';
import { SETUP_KEY } from './keys';

export type SetupValues = Partial<Record<PlaceholderName, string>>;
export type SetupStacks = Partial<Record<StackKind, string>>;

export interface Setup {
	values: SetupValues;
	stacks: SetupStacks;
}

/** Why each given value is refused; only non-empty values are checked. */
export function checkValues(values: Record<string, string | undefined>): Partial<Record<PlaceholderName, string>> {
	const errors: Partial<Record<PlaceholderName, string>> = {};
	for (const name of placeholderNames) {
		const value = values[name]?.trim();
		if (!value) continue;
		const why = placeholders[name].check(value);
		if (why) errors[name] = why;
	}
	return errors;
}

/** The valid part of whatever is stored: unknown keys, bad values and unknown stack options are dropped. */
export function sanitise(raw: unknown): Setup {
	const setup: Setup = { values: {}, stacks: {} };
	if (typeof raw !== 'object' || raw === null) return setup;
	const { values, stacks: chosen } = raw as { values?: unknown; stacks?: unknown };
	if (typeof values === 'object' && values !== null) {
		for (const name of placeholderNames) {
			const value = (values as Record<string, unknown>)[name];
			if (typeof value === 'string' && value.trim() && !placeholders[name].check(value.trim())) setup.values[name] = value.trim();
		}
	}
	if (typeof chosen === 'object' && chosen !== null) {
		for (const kind of stackKinds) {
			const value = (chosen as Record<string, unknown>)[kind];
			if (typeof value === 'string' && stackOptionLabel(kind, value) !== undefined) setup.stacks[kind] = value;
		}
	}
	return setup;
}

/** The stored setup. Stacks come from the keys the tabs share (`stackKey`), so a tab picked on a page shows here too. */
export function readSetup(): Setup {
	let values: SetupValues = {};
	try {
		values = sanitise(JSON.parse(localStorage.getItem(SETUP_KEY) ?? 'null')).values;
	} catch {
		// Nothing stored, or not JSON: no values.
	}
	const stacks: SetupStacks = {};
	for (const kind of stackKinds) {
		const value = storedStack(kind);
		if (value) stacks[kind] = value;
	}
	return { values, stacks };
}

/** Stores the values, and each kind's stack in its shared key (removed when none is chosen). */
export function storeSetup(setup: Setup): void {
	const { values, stacks } = sanitise(setup);
	try {
		localStorage.setItem(SETUP_KEY, JSON.stringify({ values }));
		for (const kind of stackKinds) {
			const value = stacks[kind];
			if (value) localStorage.setItem(stackKey(kind), value);
			else localStorage.removeItem(stackKey(kind));
		}
	} catch {
		// Storage off: the values hold for this page only.
	}
}

export function clearSetup(): void {
	try {
		localStorage.removeItem(SETUP_KEY);
		for (const kind of stackKinds) localStorage.removeItem(stackKey(kind));
	} catch {
		// Nothing stored.
	}
}

/**
 * The text a placeholder shows in a command: the reader's value if they gave a valid one (a
 * hostname in its ASCII form, which every tool accepts), else the example.
 */
export function placeholderText(name: PlaceholderName, values: SetupValues): { text: string; filled: boolean } {
	const value = values[name];
	if (!value) return { text: placeholders[name].example, filled: false };
	const placeholder: Placeholder = placeholders[name];
	return { text: placeholder.toCommand?.(value) ?? value, filled: true };
}

/** What the reader should know about a valid value (a private address), if anything. */
export function valueNote(name: PlaceholderName, value: string): string | undefined {
	const placeholder: Placeholder = placeholders[name];
	return value && !placeholder.check(value) ? placeholder.note?.(value) : undefined;
}

/**
 * Whose values a code block shows, for its bar ("Your values: shop.example.net"): the hostname
 * as the reader typed it, else the block's own filled values; undefined when it shows none of them.
 */
export function valuesOwner(used: readonly string[], values: SetupValues): string | undefined {
	const filled = placeholderNames.filter((name) => used.includes(name) && values[name]);
	if (filled.length === 0) return undefined;
	return values.hostname ?? filled.map((name) => values[name]).join(', ');
}
