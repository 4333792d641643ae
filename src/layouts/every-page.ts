// N.B. CLIENT-SIDE: the one script file every page loads (BaseLayout.astro), and the only one
// most pages load. One file, not one per component: the first visit fetches it beside the HTML
// in a single round, and every later page has it cached. Each part does nothing on a page
// without its elements; what is heavy (the search dialog, the setup panel, the copy buttons'
// code) is imported the first time a reader needs it.
import '../search/site-search';
import '../setup/entry';
import '../components/page-actions/page-actions';
import '../components/code/code-blocks';
import '../components/theme-select';
import '../components/toc/toc';
import '../components/fold/folds';
import '../components/mdx/quick-answer';
import '../components/sources';
