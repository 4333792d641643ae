/**
 * A page's structured data (JSON-LD, schema.org), as one `@graph`: its publisher (and on the home
 * page, the site), the page itself (a TechArticle for code, platform and guide pages; a WebPage
 * whose parts are HowTos for a troubleshooter, one per outcome; a WebPage otherwise) and its
 * breadcrumb trail.
 * Typed with schema-dts, generated from the schema.org vocabulary, so `astro check` refuses a
 * property a type does not have; tests/unit/structured-data.test.ts checks the built pages.
 * No FAQPage: nothing on the site is written as questions and answers.
 */
import type { BreadcrumbList, Graph, HowTo, HowToStep, Organization, TechArticle, WebPage, WebSite } from 'schema-dts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/consts';

/** An outcome of a troubleshooter, as a HowTo: what fixes it, what proves the fix, whom to tell. */
export interface HowToInput {
	name: string;
	/** Its own address: the page and the step's anchor. */
	url: string;
	steps: readonly { name: string; text: string }[];
}

export interface StructuredPage {
	/** The page's canonical URL. */
	url: string;
	title: string;
	description: string;
	/** The preview image's URL. */
	image: string;
	/** What the page is: an article with sources, a troubleshooter, the home page, or another page. */
	kind: 'article' | 'troubleshooter' | 'home' | 'page';
	/** The day the page was last reviewed against its sources. */
	reviewed?: Date | undefined;
	/** The trail above the title, the page itself last, as absolute URLs. */
	crumbs?: readonly { name: string; url: string }[] | undefined;
	/** A troubleshooter's outcomes. */
	howTos?: readonly HowToInput[] | undefined;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The page's JSON-LD. `origin` is the site's (`https://5xx.guide`). */
export function structuredData(origin: string, page: StructuredPage): Graph {
	const site = `${origin}/`;
	const publisherId = `${site}#publisher`;
	const websiteId = `${site}#website`;
	const breadcrumbId = `${page.url}#breadcrumb`;
	const publisher: Organization = { '@type': 'Organization', '@id': publisherId, name: SITE_NAME, url: site };
	const website: WebSite = { '@type': 'WebSite', '@id': websiteId, name: SITE_NAME, url: site, description: SITE_DESCRIPTION, inLanguage: 'en', publisher: { '@id': publisherId } };
	const breadcrumb: BreadcrumbList | undefined = page.crumbs?.length
		? {
				'@type': 'BreadcrumbList',
				'@id': breadcrumbId,
				itemListElement: page.crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
			}
		: undefined;
	const common = {
		url: page.url,
		description: page.description,
		inLanguage: 'en',
		image: page.image,
		isPartOf: { '@id': websiteId },
		...(page.reviewed ? { dateModified: day(page.reviewed) } : {}),
	} as const;
	const webPage = (extra: Partial<Exclude<WebPage, string>> = {}): WebPage => ({
		'@type': 'WebPage',
		'@id': page.url,
		name: page.title,
		...common,
		...(breadcrumb ? { breadcrumb: { '@id': breadcrumbId } } : {}),
		...extra,
	});

	let main: (TechArticle | WebPage)[];
	if (page.kind === 'article') {
		const article: TechArticle = {
			'@type': 'TechArticle',
			'@id': `${page.url}#article`,
			headline: page.title,
			...common,
			mainEntityOfPage: { '@id': page.url },
			author: { '@id': publisherId },
			publisher: { '@id': publisherId },
		};
		main = [webPage({ mainEntity: { '@id': `${page.url}#article` } }), article];
	} else if (page.kind === 'troubleshooter') {
		const howTos: HowTo[] = (page.howTos ?? []).map((h) => ({
			'@type': 'HowTo',
			'@id': h.url,
			name: h.name,
			url: h.url,
			step: h.steps.map((s, i): HowToStep => ({ '@type': 'HowToStep', position: i + 1, name: s.name, text: s.text })),
		}));
		main = [webPage(howTos.length ? { hasPart: howTos } : {})];
	} else {
		main = [webPage()];
	}
	// The site's node is on the home page only, where Google reads a site's name from
	// (developers.google.com/search/docs/appearance/site-names, checked 2026-12-06); other pages
	// point to it by its @id. The publisher stays on every page: an article names its author.
	const siteNode = page.kind === 'home' ? [website] : [];
	return { '@context': 'https://schema.org', '@graph': [publisher, ...siteNode, ...main, ...(breadcrumb ? [breadcrumb] : [])] };
}

/** The graph as the text of a `<script type="application/ld+json">`: `<` escaped, so no text in it can end the script. */
export const jsonLdText = (graph: Graph): string => JSON.stringify(graph).replace(/</g, '\\u003c');
