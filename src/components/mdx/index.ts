import Aside from './Aside.astro';
import ForOwners from './ForOwners.astro';
import ForVisitors from './ForVisitors.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';

/**
 * What code pages can use without importing anything: the components content authors write
 * (`<ForVisitors>`, `<Aside>`…) and the overrides for plain Markdown elements. Code blocks and
 * `<Tabs>`/`<Tab>` are not components: the Markdown plugin (src/markdown/plugin.ts) builds them.
 */
export const mdxComponents = {
	Aside,
	ForOwners,
	ForVisitors,
	h2: H2,
	h3: H3,
	table: Table,
};
