// N.B. CLIENT-SIDE CODE, unit-tested: no DOM.
/**
 * The message to a host, as plain text, from what the reader entered. Every field is the
 * reader's own text; none of it is ever parsed as HTML (the page shows it with textContent).
 */

export interface MessageInput {
	code: number;
	reason: string;
	url: string;
	when: string;
	ray: string;
	checked: string;
	facts: readonly string[];
	/** What the reader asks for, in one sentence (a troubleshooter's outcome says); a plain "look into it" without. */
	ask?: string;
}

/** A Ray ID as Cloudflare prints it: 16 hex digits, and its data centre after a dash in the header. */
export function checkRayId(value: string): string | undefined {
	if (!value.trim()) return undefined;
	return /^[0-9a-f]{16}(-[A-Z]{3})?$/i.test(value.trim()) ? undefined : 'a Ray ID is 16 letters and digits (0–9, a–f), like 8a2b3c4d5e6f7a8b, with -ABC after it in the header';
}

/** "2026-11-25 23:41 (Europe/Berlin, UTC+01:00)": now, in the reader's own time zone. */
export function nowWithZone(date = new Date(), timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
			.formatToParts(date)
			.map((p) => [p.type, p.value])
	);
	const offset = (parts['timeZoneName'] ?? 'GMT').replace('GMT', 'UTC') || 'UTC';
	return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} (${timeZone}, ${offset === 'UTC' ? 'UTC+00:00' : offset})`;
}

export function composeMessage(input: MessageInput): { subject: string; body: string } {
	const url = input.url.trim() || '[URL]';
	const when = input.when.trim() || '[time, with time zone]';
	const lines = [
		'Hello,',
		'',
		`Visitors to ${url} get error ${input.code} (${input.reason}) since ${when}.`,
		`Ray ID: ${input.ray.trim() || '[from the bottom of the error page]'}`,
		'',
		...input.facts,
		'',
		'What I have checked:',
		input.checked.trim() || '[...]',
		'',
		input.ask ? `${input.ask} Thank you.` : 'Could you look into it? Thank you.',
	];
	return { subject: `Error ${input.code} on ${url}`, body: lines.join('\n') };
}

/** The message as the page shows it and Copy takes it: the subject line, then the body. */
export function messageText({ subject, body }: { subject: string; body: string }): string {
	return `Subject: ${subject}\n\n${body}`;
}

/** A mailto: link with the message: every part percent-encoded, nothing added. */
export function mailtoLink({ subject, body }: { subject: string; body: string }): string {
	return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
