// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * Who sent the response, and how sure the marks make us. "Most likely" is said only when one
 * layer has a mark that is its own (a vendor header, a brand footer, an error only it prints, its
 * log format) and no other layer has one of those for the body; two kinds of its own marks, or a
 * code only it sends, make it "sure". Page text and log lines outrank headers, which only show
 * the outermost layer that set them. Marks of two layers that both claim the body conflict, and
 * the verdict says so instead of choosing.
 */
import type { DiagnoseData } from './data';
import { claims, type Claim, type Mark } from './match';

export type Confidence = 'sure' | 'likely' | 'possible' | 'conflict' | 'none';

export interface Verdict {
	confidence: Confidence;
	/** The layer that most likely wrote the response (absent for `none` and `conflict`). */
	sender?: string | undefined;
	/** For `possible` and `conflict`: the layers it could be, likeliest first. */
	candidates: string[];
	/** The layer behind the sender that the paste names (PHP-FPM behind nginx's 502): where to look next. */
	next?: Mark | undefined;
	/** Layers the response passed through, with the marks that show it. */
	passedThrough: string[];
	/** Every mark, once, for the reasons. */
	marks: Mark[];
}

const strength = (c: Claim) => c.specificKinds.size * 10 + c.marks.filter((m) => m.role === 'generated').length;
/** Distinct lines on which a layer has marks of its own that it wrote the response. */
const specificLines = (c: Claim) => new Set(c.marks.filter((m) => m.role === 'generated' && m.specific).map((m) => m.evidence.line)).size;

export function decide(marks: readonly Mark[], data: DiagnoseData, code: number | undefined): Verdict {
	const all = claims(marks, data, code);
	const next = marks.find((m) => m.role === 'next');
	const base = { marks: [...marks], next };
	const through = (sender?: string) => all.filter((c) => c.platform.slug !== sender && c.platform.slug !== next?.platform && c.marks.some((m) => m.role !== 'next')).map((c) => c.platform.slug);

	// A code only one vendor sends settles it.
	const owner = all.find((c) => c.specificKinds.has('code'));
	if (owner) return { ...base, confidence: 'sure', sender: owner.platform.slug, candidates: [], passedThrough: through(owner.platform.slug) };

	let generators = all.filter((c) => c.specificKinds.size > 0 && c.sendsCode);
	// No layer that sends this code shows itself (by a header, its name or words of its own: a reason
	// phrase every proxy prints does not count), but one whose own log lines are here logged an error
	// that the proxy in front answers with this code (Gunicorn's WORKER TIMEOUT, the proxy's 502): the
	// code is its doing, as it is when the paste gives no code at all.
	const shows = (c: Claim) => c.sendsCode && c.marks.some((m) => m.role !== 'next' && (m.kind !== 'error' || m.specific));
	if (generators.length === 0 && code !== undefined && !all.some(shows)) {
		generators = all.filter((c) => c.specificKinds.size > 0 && c.marks.some((m) => m.error?.answeredBy === 'proxy' && m.error.code === code));
	}
	// The same with no code and no log format either: the line in its own words, its time stamp and
	// process ID gone (cut off by the reader or a log viewer: "[ERROR] Worker (pid:30) was sent SIGKILL!
	// Perhaps out of memory?"). Words only that layer prints say which layer failed, as its format does;
	// a line any layer could print (a generic error), or a layer that shows itself, leaves it unsaid.
	if (generators.length === 0 && code === undefined && !all.some(shows)) {
		generators = all.filter((c) => c.marks.some((m) => m.kind === 'error' && m.specific && m.error?.answeredBy === 'proxy'));
	}
	// A page that is a layer's own (its brand page, its wording) was written by it, whatever code it
	// carries, even one its page here does not list (the Google Front End's 500 page).
	if (generators.length === 0) generators = all.filter((c) => c.specificKinds.has('body'));
	// nginx's line names PHP-FPM as its upstream ('upstream: "fastcgi://…"') and FPM's own log, pasted
	// below it, reports only what nginx answers for (a pool at pm.max_children, a child killed): FPM
	// is the layer behind the one that answered, where to look next, not a second sender. A layer
	// with an error of its own that it sends (PHP's fatal-error 500) stays a sender.
	const writes = (c: Claim, at: number) => c.marks.some((m) => m.kind === 'log' && m.role === 'generated' && m.span === 0 && m.at === at);
	const behind = (c: Claim) =>
		!c.marks.some((m) => m.kind === 'error' && m.role === 'generated') &&
		c.marks.some((m) => m.role === 'next' && m.at >= 0 && generators.some((g) => g !== c && writes(g, m.at)));
	if (generators.length > 1 && generators.some(behind)) generators = generators.filter((c) => !behind(c));
	// The page or log line says who wrote the body; a header only who stood in front.
	if (generators.some((c) => c.wroteContent)) generators = generators.filter((c) => c.wroteContent);
	generators.sort((a, b) => strength(b) - strength(a));
	if (generators.length === 1) {
		const [only] = generators as [Claim];
		// Sure when two kinds of its own marks agree, on different lines (a header and its page, a page and its log).
		const sure = only.specificKinds.size >= 2 && specificLines(only) >= 2;
		// One line of text ("no healthy upstream") behind a layer that shows it stood in front (Via: 1.1
		// google) and is built on the layer whose words these are: either may have written it.
		// Or, with no header of its own, behind a layer that sends this code and that the reader names as
		// theirs ("on Cloud Run the browser gets a 502 with 'upstream connect error…'"): a platform may run
		// the other's software, so the words alone do not say which wrote them.
		const front = sure
			? []
			: all.filter(
					(c) =>
						c !== only &&
						((c.platform.builtOn?.includes(only.platform.slug) && c.marks.some((m) => m.role === 'via')) ||
							(!only.specificKinds.has('header') && c.sendsCode && c.marks.some((m) => m.kind === 'name')))
				);
		if (front.length > 0 && specificLines(only) === 1) {
			return { ...base, confidence: 'conflict', sender: only.platform.slug, candidates: [only, ...front].map((c) => c.platform.slug), passedThrough: through(only.platform.slug) };
		}
		return { ...base, confidence: sure ? 'sure' : 'likely', sender: only.platform.slug, candidates: [], passedThrough: through(only.platform.slug) };
	}
	if (generators.length > 1) {
		// Marks of several layers claim the body. Where one has more of its own, it leads, as a guess.
		generators.sort((a, b) => specificLines(b) - specificLines(a) || strength(b) - strength(a));
		const [first, second] = generators as [Claim, Claim];
		const lead = specificLines(first) > specificLines(second) ? first.platform.slug : undefined;
		return { ...base, confidence: 'conflict', sender: lead, candidates: generators.map((c) => c.platform.slug), passedThrough: through(lead) };
	}

	// Nothing specific: a common error page or phrase, or only the layers it passed through.
	// A layer the paste shows the response passed through, and which sends this code, before one
	// that only prints a common phrase: the phrase fits many layers, the header only this one.
	// Then a layer the reader names, then one whose common phrase the page prints.
	const weight = (c: Claim) =>
		(c.marks.some((m) => m.role !== 'next' && m.kind !== 'name' && (m.kind !== 'error' || m.specific)) ? 4 : 0) + (c.marks.some((m) => m.kind === 'name') ? 2 : 0) + (c.generated ? 1 : 0);
	// Between two common phrases, the longer one says more: the 87 characters of the ARR 502 page that
	// three Microsoft layers print, more than "502 error", which any reader writes.
	const phrase = (c: Claim) => Math.max(0, ...c.marks.filter((m) => m.kind === 'error' && m.role === 'generated').map((m) => m.span));
	const possible = all
		.filter((c) => c.sendsCode && c.platform.slug !== next?.platform && (c.generated || c.marks.some((m) => m.role === 'via')))
		.sort((a, b) => weight(b) - weight(a) || phrase(b) - phrase(a) || strength(b) - strength(a));
	if (possible.length === 0) return { ...base, confidence: 'none', candidates: [], passedThrough: through() };
	const [first] = possible as [Claim];
	return { ...base, confidence: 'possible', sender: first.platform.slug, candidates: possible.map((c) => c.platform.slug), passedThrough: through(first.platform.slug) };
}
