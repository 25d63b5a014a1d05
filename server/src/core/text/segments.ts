/**
 * A long prose span (a draft pasted from a document site is one line of thousands of characters)
 * is read in sentence-aligned segments, each kept by its text, so that typing into it re-reads the
 * segment typed in, not the whole line. The cuts fall where no check looks across: after a
 * sentence end (。！？) and before the whitespace after it, where scraped text joined its lost
 * paragraphs (`问题解决好。 2020 年以来`). Nothing a local check matches holds such a place:
 * not a URL or an English phrase (they end at whitespace), not a word, number or placeholder.
 */

/** How the cuts are made; `minSpan` is raised to Infinity by the tests that compare with the whole span. */
export const SEGMENTING = { minSpan: 2000, minSegment: 500 };

/** A sentence end followed by whitespace: a cut goes between the two. */
const CUT = /[。！？](?=[ \t\u3000\u00a0\n])/g;

/**
 * Offsets where `s` is cut, from 0 to `s.length`: none in between for a span shorter than
 * `minSpan`; otherwise the first cut place at least `minSegment` after the previous cut, so a
 * cut depends on the text after the previous one only, and an edit moves the cuts after it with
 * the text (their segments are the same strings as before).
 */
export function segmentCuts(s: string): number[] {
  const cuts = [0];
  if (s.length < SEGMENTING.minSpan) {
    cuts.push(s.length);
    return cuts;
  }
  for (let from = SEGMENTING.minSegment; from < s.length;) {
    CUT.lastIndex = from;
    const m = CUT.exec(s);
    if (!m) break;
    const cut = m.index + 1;
    cuts.push(cut);
    from = cut + SEGMENTING.minSegment;
  }
  if (cuts[cuts.length - 1] !== s.length) cuts.push(s.length);
  return cuts;
}

/**
 * Values per segment text for one check. What one analysis used is kept for the next, the rest
 * dropped: a keystroke finds every segment but its own from the analysis before.
 */
export class SegmentCache<T> {
  #text: string | undefined;
  #current = new Map<string, T>();
  #previous = new Map<string, T>();

  /** The value for `key` (a segment's text, with what else the value depends on) in the analysis of `text`. */
  get(text: string, key: string, compute: () => T): T {
    if (text !== this.#text) {
      this.#text = text;
      this.#previous = this.#current;
      this.#current = new Map();
    }
    let value = this.#current.get(key);
    if (value === undefined) {
      value = this.#previous.get(key) ?? compute();
      this.#current.set(key, value);
    }
    return value;
  }
}

/**
 * Calls `visit` with `scan`'s result for each segment of `slice` (a prose span of `text`) and the
 * segment's offset in it: a short span is scanned whole, a long one's segments are kept in `cache`
 * by their text and `variant` (what else the result depends on).
 */
export function forEachSegment<T>(text: string, slice: string, cache: SegmentCache<T>, variant: string, scan: (segment: string) => T, visit: (result: T, offset: number) => void): void {
  const cuts = segmentCuts(slice);
  if (cuts.length === 2) {
    visit(scan(slice), 0);
    return;
  }
  for (let k = 0; k + 1 < cuts.length; k++) {
    const segment = slice.slice(cuts[k], cuts[k + 1]);
    visit(cache.get(text, `${variant}\u0000${segment}`, () => scan(segment)), cuts[k]!);
  }
}
