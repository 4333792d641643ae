/**
 * Which commands in a troubleshooter step need a shell on the server (or the cluster, or the
 * tunnel's host): what a reader on managed hosting cannot run. A command counts as needing the
 * server unless it is one that runs from any computer (curl, dig, openssl, a cloud provider's
 * CLI, and the text tools that read their output), pointed at something outside the server; so a
 * command nobody listed errs on the side of asking for an answer for readers without a shell.
 *
 * It reads shell code word by word (quotes, pipes, `;`, `&&`, `$( … )`, comments), not as a
 * full shell grammar: enough to find each command's name and its arguments in the blocks flows
 * use. Tested in tests/unit/commands.test.ts; the flows are checked with it in
 * tests/unit/no-shell.test.ts.
 */

/** Languages whose blocks are commands to run; others (nginx, text, http, kusto…) are configuration, messages or queries. */
const SHELLS = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);
const POWERSHELL = new Set(['powershell', 'ps1', 'pwsh']);

/** Commands that run from any computer with a terminal. */
const ANYWHERE = new Set([
	// Asking the site, its DNS and its certificate from outside.
	'curl', 'wget', 'dig', 'nslookup', 'host', 'whois', 'openssl', 'ping', 'traceroute', 'mtr', 'nc',
	// Cloud providers' and platforms' command lines, which work from any computer with an account.
	'aws', 'gcloud', 'az', 'heroku', 'fly', 'flyctl', 'vercel', 'netlify', 'wrangler', 'cloudflared',
	// Text tools, for the output of the above (or a file fetched with them).
	'echo', 'printf', 'sort', 'uniq', 'head', 'tail', 'grep', 'egrep', 'awk', 'sed', 'cut', 'tr', 'wc', 'seq', 'date', 'sleep', 'jq', 'cat', 'zcat', 'xargs', 'tee', 'column', 'true', 'false', 'test', 'read', 'time',
]);

/** Shell words that are not commands: loops, conditions, grouping. */
const KEYWORDS = new Set(['for', 'in', 'do', 'done', 'while', 'until', 'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', '{', '}', '!', 'export']);

/** Arguments that point at the server itself: its files, its loopback address, a local socket. */
const ON_SERVER = /^(\/(var|etc|proc|sys|run|srv|opt|home|root)\/|~)|(^|[/:@[])(127\.0\.0\.1|localhost|::1)\b|^--unix-socket/;

/** A redirection (`2>&1`, `</dev/null`, `>`): not a command, nor an argument. */
const REDIRECT = /^\d*[<>]/;

/** The commands of a shell text: each one's name and arguments, in order. */
export function commandsOf(code: string): { name: string; args: string[] }[] {
	const commands: { name: string; args: string[] }[] = [];
	let words: string[] = [];
	let word = '';
	let quote: '"' | "'" | undefined;
	let inWord = false;
	const endWord = () => {
		if (inWord) words.push(word);
		word = '';
		inWord = false;
	};
	const endCommand = () => {
		endWord();
		// `for x in a b` lists values, not commands: a `for` or `case` line runs nothing until `do`.
		// Redirections go, with their target when it is a word of its own (`> file`).
		const plain = words.filter((w, i) => !REDIRECT.test(w) && !/^\d*[<>]+&?$/.test(words[i - 1] ?? ''));
		const first = plain.find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) && !KEYWORDS.has(w));
		if (words[0] !== 'for' && words[0] !== 'case' && first !== undefined) {
			commands.push({ name: first, args: plain.slice(plain.indexOf(first) + 1) });
		}
		words = [];
	};
	const text = code.replace(/\\\r?\n/g, ' ');
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
			else word += c;
			continue;
		}
		if (c === '"' || c === "'") {
			quote = c;
			inWord = true;
		} else if (c === '#' && !inWord) {
			while (i < text.length && text[i] !== '\n') i++;
			endCommand();
		} else if (c === '&' && /[<>]$/.test(word)) {
			// `2>&1`: a redirection, part of the word.
			word += c;
		} else if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
			// `$(` starts a command inside a word: the word so far ends there.
			if (c === '(' && word.endsWith('$')) word = word.slice(0, -1);
			endCommand();
		} else if (c === ' ' || c === '\t') {
			endWord();
		} else {
			word += c;
			inWord = true;
		}
	}
	endCommand();
	return commands;
}

/**
 * The commands in a step's code blocks that need a shell on the server, as written in the
 * block (`sudo tail -n 100 /var/log/nginx/error.log` → `sudo`); empty when every command runs
 * from anywhere.
 */
export function serverCommands(fences: readonly { lang: string; code: string }[]): string[] {
	const found: string[] = [];
	for (const { lang, code } of fences) {
		if (POWERSHELL.has(lang)) {
			// PowerShell in these flows reads the server's own event log and configuration.
			found.push('PowerShell');
			continue;
		}
		if (!SHELLS.has(lang)) continue;
		for (const { name, args } of commandsOf(code)) {
			if (!ANYWHERE.has(name) || args.some((a) => ON_SERVER.test(a))) found.push(name);
		}
	}
	return [...new Set(found)];
}
