// Build time only (the search's shortcuts): it parses regular expressions, which no page's script needs.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * The runs of fixed text a message's pattern spells out, each as the message prints it: what stays the same in every
 * line, where the pattern's example text has one line's framing around it. `proxy: error reading status line from
 * remote server \S+` is the run "proxy: error reading status line from remote server ". A whitespace class (`\s`,
 * `\s+`) reads as one space; anchors and word boundaries are no text and do not end a run; anything else that varies
 * (a class, a wildcard, a group) ends it. A group's alternatives ("(AH00959: )?", "(A|B)") are runs of their own.
 */
export function patternRuns(pattern: string): string[] {
	const runs: string[] = [];
	const visit = (alternative: AST.Alternative) => {
		let run = '';
		const end = () => {
			if (run.trim()) runs.push(run.replace(/\s+/g, ' '));
			run = '';
		};
		for (const element of alternative.elements) {
			if (element.type === 'Character') run += String.fromCodePoint(element.value);
			else if (isSpace(element) || (element.type === 'Quantifier' && element.min >= 1 && isSpace(element.element))) run += ' ';
			else if (element.type === 'Assertion' && (element.kind === 'start' || element.kind === 'end' || element.kind === 'word')) continue;
			else {
				end();
				const inner = element.type === 'Quantifier' ? element.element : element;
				if (inner.type === 'Group' || inner.type === 'CapturingGroup') inner.alternatives.forEach(visit);
			}
		}
		end();
	};
	new RegExpParser().parsePattern(pattern).alternatives.forEach(visit);
	return runs;
}

const isSpace = (element: AST.Node) => element.type === 'CharacterSet' && element.kind === 'space' && !element.negate;
