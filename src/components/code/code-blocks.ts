// N.B. CLIENT-SIDE: part of every page's script (src/layouts/every-page.ts).
/**
 * What code blocks need on a page (their markup: src/markdown/code-block.ts, in MDX pages and
 * flow steps alike): the reader's own values in the commands now, and the Copy buttons and stack
 * tabs once a block comes near the screen. A module runs once, however many components import it.
 */
import { whenNear } from '../../lib/lazy';
import { bootSetup } from '../../setup/boot';

bootSetup();
whenNear('copy-code', () => import('./copy-code'));
whenNear('stack-tabs', () => import('../tabs/stack-tabs'));
