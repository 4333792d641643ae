// N.B. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
/** The sections of a chain's findings, in order: on the common chains' pages and in the builder. */
export const CHAIN_SECTIONS = {
	slow: { id: 'slow-request', title: 'A slow request' },
	keepalive: { id: 'keep-alive', title: 'Keep-alive between layers', none: 'No layer in this chain keeps idle connections to the next one for reuse, as far as the platform pages say.' },
	dead: { id: 'dead-timers', title: 'Timers that never run out first', none: 'None: each layer’s timers are shorter than those of every layer in front of it that count the same wait.' },
} as const;
