// N.B. IMPORTED BY PAGES AND BY THE BUILD: no imports.
/** The preview image's size in pixels: the 1.91:1 that Open Graph consumers crop to, at the width they show. */
export const CARD_WIDTH_PX = 1200;
export const CARD_HEIGHT_PX = 630;
