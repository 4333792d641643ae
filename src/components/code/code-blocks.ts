// N.B. CLIENT-SIDE: shipped with every page that has code blocks.
/**
 * What code blocks need on a page, whichever way their markup was made (MDX's <CodeBlock> and
 * <Tabs>, or a flow step's Markdown): the reader's own values in the commands now, and the Copy
 * buttons and stack tabs once a block comes near the screen. A module runs once, however many
 * components import it.
 */
import { whenNear } from '../lazy';
import { bootSetup } from '../../setup/boot';

bootSetup();
whenNear('copy-code', () => import('./copy-code'));
whenNear('stack-tabs', () => import('../tabs/stack-tabs'));
