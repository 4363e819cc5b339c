/**
 * Folds the ways people type the same characters: full-width digits, letters and punctuation
 * become half-width (NFKC), ideographic spaces and non-breaking spaces become plain spaces.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\u00a0\u3000]/g, ' ');
}

/** A label as a key: folded, with every space removed and a trailing colon dropped. */
export function labelKey(text: string): string {
  return fold(text).replace(/\s+/g, '').replace(/:+$/, '');
}

/** Collapses runs of whitespace, for names compared as equal (duplicate tasks, indicators). */
export function nameKey(text: string): string {
  return fold(text).replace(/\s+/g, '').toLowerCase();
}
