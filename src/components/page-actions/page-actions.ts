// N.B. CLIENT-SIDE: part of every page's script (src/layouts/every-page.ts).
import { whenNear } from '../../lib/lazy';

// "Copy as Markdown" at the foot of the page, once the reader comes near it.
whenNear('copy-page', () => import('./copy-page'));
