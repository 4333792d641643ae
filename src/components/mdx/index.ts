import Aside from './Aside.astro';
import CodeBlock from './CodeBlock.astro';
import ForOwners from './ForOwners.astro';
import ForVisitors from './ForVisitors.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';
import Tabs from '../tabs/Tabs.astro';
import Tab from '../tabs/Tab.astro';

/**
 * What code pages can use without importing anything: the components content authors write
 * (`<ForVisitors>`, `<Aside>`…) and the overrides for plain Markdown elements.
 */
export const mdxComponents = {
	Aside,
	Tab,
	Tabs,
	ForOwners,
	ForVisitors,
	h2: H2,
	h3: H3,
	pre: CodeBlock,
	table: Table,
};
