/**
 * `/llms.txt` (https://llmstxt.org): the site's name, a summary, then every page as a Markdown link
 * to its Markdown copy with a one-line summary, in sections. The build reads the links back
 * (`markdownLinks`) to know which pages to convert, so the index and the copies cannot disagree.
 */

export interface LlmsLink {
	title: string;
	url: string;
	/** One line; line breaks are folded to spaces. */
	note: string;
}

export interface LlmsIndex {
	name: string;
	summary: string;
	/** Paragraphs after the summary: how to read the site. */
	details: readonly string[];
	sections: readonly { title: string; links: readonly LlmsLink[] }[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Square brackets would end a link's text early. */
const linkText = (s: string) => oneLine(s).replace(/[[\]]/g, (c) => `\\${c}`);

export function llmsTxt(index: LlmsIndex): string {
	const lines = [`# ${oneLine(index.name)}`, '', `> ${oneLine(index.summary)}`, ''];
	for (const paragraph of index.details) lines.push(oneLine(paragraph), '');
	for (const section of index.sections) {
		if (section.links.length === 0) continue;
		lines.push(`## ${oneLine(section.title)}`, '');
		for (const link of section.links) {
			if (/[\s()]/.test(link.url)) throw new Error(`llms.txt: "${link.url}" cannot be a Markdown link target`);
			lines.push(`- [${linkText(link.title)}](${link.url})${link.note ? `: ${oneLine(link.note)}` : ''}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

/** The links to Markdown files (`….md`) in an llms.txt, in order. */
export function markdownLinks(text: string): string[] {
	return [...text.matchAll(/^- \[(?:\\.|[^\]\\])*\]\((\S+\.md)\)/gm)].map((m) => m[1]!);
}

/** The head of an llms.txt (its title and summary), to open llms-full.txt with. */
export function llmsHead(text: string): string {
	return text.split(/\n## /)[0]!.trim();
}
