import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Where Astro's module for a component's first <script> ends: BaseLayout's is the script of every page. */
const EVERY_PAGE_SCRIPT = /[\\/]src[\\/]layouts[\\/]BaseLayout\.astro\?astro&type=script&index=0&lang\.ts$/;

/**
 * Keeps every page's script (src/layouts/every-page.ts) and everything it imports statically in
 * one file. Left to itself, Rolldown splits out any module that a page's own script imports too
 * (Vite's preload helper, the storage keys), and the browser learns of those files only once the
 * first has arrived: a second round of requests on every first visit. A page's own script
 * (the wizard, Diagnose) imports them from the every-page file instead, which its HTML already loads.
 */
export function everyPageChunkIntegration(): AstroIntegration {
	return {
		name: 'every-page-chunk',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [everyPageChunk()] } });
			},
		},
	};
}

function everyPageChunk(): Plugin {
	const members = new Set<string>();
	return {
		name: 'every-page-chunk',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildEnd() {
			const entry = [...this.getModuleIds()].find((id) => EVERY_PAGE_SCRIPT.test(id));
			if (!entry) this.error('every-page-chunk: no module for the <script> of src/layouts/BaseLayout.astro; was it renamed or moved?');
			const walk = (id: string) => {
				if (members.has(id)) return;
				members.add(id);
				for (const imported of this.getModuleInfo(id)?.importedIds ?? []) walk(imported);
			};
			walk(entry);
		},
		outputOptions(options) {
			return { ...options, codeSplitting: { groups: [{ name: 'every-page', test: (id: string) => members.has(id), priority: 1 }] } };
		},
	};
}
