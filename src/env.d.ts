declare namespace App {
	interface Locals {
		/** The code page being rendered: who its first-screen boxes speak to, and its wizard. */
		codePage?: { audience: 'site' | 'api'; wizardHref?: string | undefined; hostMessage?: boolean };
		/** How many tables this page has rendered so far: each scroll box gets a unique name. */
		tableCount?: number;
		/** The platform page being rendered: its <PlatformError> sections read their data from here. */
		platform?: import('./content/site').PlatformEntry;
		/** The guide page being rendered: its <StageMap> reads its maps from here. */
		guide?: import('./content/guide-schema').GuideFrontmatter;
	}
}
