/**
 * Links that let a reader improve a page: edit its source file, or report a wrong fact through the
 * repository's "correction" issue form (.github/ISSUE_TEMPLATE/correction.yml), prefilled.
 */
import { REPOSITORY } from './consts';

export interface Repository {
	url: string;
	branch: string;
}

/** The issue form's file name and the ids of the fields a link fills in. */
const CORRECTION_FORM = { template: 'correction.yml', pageField: 'page' } as const;

/** "Edit this page": the file in the repository's web editor. `filePath` is relative to the project root. */
export function editUrl(filePath: string, repository: Repository = REPOSITORY): string {
	const path = filePath.replace(/^\.\//, '');
	if (path.startsWith('/') || path.includes('..')) throw new Error(`"${filePath}" is not a path inside the repository`);
	return `${repository.url}/edit/${repository.branch}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** "Suggest a correction": a new issue from the correction form, titled with the page, naming its URL. */
export function correctionUrl(page: { title: string; url: string }, repository: Repository = REPOSITORY): string {
	const query = new URLSearchParams({
		template: CORRECTION_FORM.template,
		title: `Correction: ${page.title}`,
		[CORRECTION_FORM.pageField]: page.url,
	});
	return `${repository.url}/issues/new?${query}`;
}
