// N.B. CLIENT-SIDE: no imports beyond the storage key, so every page that reads it stays small.
/**
 * The reader's chain of layers (built on /chain/), kept with Your setup in this browser only.
 * Stored as the chain's text (`cloudflare,nginx:proxy-read-timeout=300,gunicorn`), which names
 * layers and timers the reader picked from lists and numbers they typed, and the layers' names
 * for the setup panel. A stored value that is not in that shape is ignored.
 */
import { CHAIN_KEY } from './keys';

export interface StoredChain {
	/** The chain's text, as in /chain/'s address. */
	chain: string;
	/** Its layers' names: "Cloudflare → nginx → Gunicorn". */
	label: string;
}

const CHAIN_TEXT = /^[a-z][a-z0-9@:=.,-]{0,599}$/;
const LABEL = /^[\p{L}\p{N} .,()/'’&+→-]{1,300}$/u;

export function readChain(): StoredChain | undefined {
	try {
		const raw = JSON.parse(localStorage.getItem(CHAIN_KEY) ?? 'null') as Partial<StoredChain> | null;
		return raw && typeof raw.chain === 'string' && typeof raw.label === 'string' && CHAIN_TEXT.test(raw.chain) && LABEL.test(raw.label) ? { chain: raw.chain, label: raw.label } : undefined;
	} catch {
		return undefined;
	}
}

/** Stores the chain, if it has the right shape; true when stored. */
export function storeChain(chain: StoredChain): boolean {
	if (!CHAIN_TEXT.test(chain.chain) || !LABEL.test(chain.label)) return false;
	try {
		localStorage.setItem(CHAIN_KEY, JSON.stringify(chain));
		return true;
	} catch {
		return false;
	}
}

export function clearChain(): void {
	try {
		localStorage.removeItem(CHAIN_KEY);
	} catch {
		// Nothing stored.
	}
}
