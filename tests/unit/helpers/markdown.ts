/**
 * Markdown and MDX read exactly as the build reads them: Sätteri (Astro's processor) with the
 * site's plugin (src/markdown/plugin.ts), so the tests see the outline and the HTML that ship.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { siteMarkdown } from '../../../src/content/markdown';
import { outlineOf, type Outline } from '../../../src/markdown/outline';

const astroData = () => ({ astro: { frontmatter: {} as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });

/** The outline of an MDX body, as a page's `render()` returns it. */
export async function mdxOutline(source: string): Promise<Outline> {
	const { data } = await mdxToJs(source, { hastPlugins: [siteMarkdown], jsxImportSource: 'astro', elementAttributeNameCase: 'html', data: astroData() });
	return outlineOf(data.astro?.frontmatter, 'test.mdx');
}

/** The compiled JavaScript of an MDX body (what Astro renders). */
export async function mdxCode(source: string): Promise<string> {
	return (await mdxToJs(source, { hastPlugins: [siteMarkdown], jsxImportSource: 'astro', elementAttributeNameCase: 'html', data: astroData() })).code;
}

/** Plain Markdown (a flow step) to HTML, with its outline, as the flow loader's `renderMarkdown` gives them. */
export async function markdown(source: string): Promise<{ html: string; outline: Outline }> {
	const { html, data } = await markdownToHtml(source, { hastPlugins: [siteMarkdown], data: astroData() });
	return { html, outline: outlineOf(data.astro?.frontmatter, 'test.md') };
}
