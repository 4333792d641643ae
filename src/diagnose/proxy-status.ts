// N.B. CLIENT-SIDE CODE (the diagnose page) and unit-tested: no DOM, no Node APIs.
/**
 * The Proxy-Status response header (RFC 9209): each intermediary that handled the response, and,
 * where it had one, the error that made it answer itself. The field is a Structured Fields list
 * (RFC 9651, which obsoletes RFC 8941): `name; param=value, name2; param=value`.
 * @see https://www.rfc-editor.org/rfc/rfc9209
 */
import { parseList, Token, type BareItem } from 'structured-headers';

export interface ProxyStatusEntry {
	/** The intermediary, as it names itself. */
	proxy: string;
	/** Parameters: error, next-hop, received-status, details… */
	params: Record<string, string>;
}

/** A parameter's value as text: a token or string as it is, a number or boolean as written. */
function bareText(value: BareItem): string {
	if (value instanceof Token) return value.toString();
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

/**
 * The members of a Proxy-Status field value, first (nearest the origin) to last (nearest the
 * client), read with an RFC 9651 Structured Fields parser. A value that is not a valid list
 * (retyped by hand, cut off) gives none: undefined, so the verdict can say it could not be read.
 */
export function parseProxyStatus(value: string): ProxyStatusEntry[] | undefined {
	let list;
	try {
		list = parseList(value.slice(0, 4000));
	} catch {
		return undefined;
	}
	return list.flatMap(([item, params]) => {
		if (Array.isArray(item)) return []; // An inner list is not a proxy.
		return [{ proxy: bareText(item), params: Object.fromEntries([...params].map(([key, v]) => [key, bareText(v)])) }];
	});
}
