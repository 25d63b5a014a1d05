/**
 * A long prose span (a draft pasted from a document site is one line of thousands of characters)
 * is read in sentence-aligned segments, each kept by its text, so that typing into it re-reads the
 * segment typed in, not the whole line. The cuts fall after a sentence end (。！？) and before the
 * whitespace after it, where scraped text joined its lost paragraphs (`问题解决好。 2020 年以来`).
 * Nothing a local check matches holds such a place (not a URL or an English phrase, which end at
 * whitespace, nor a word, number or placeholder), and a check that looks back along its line stops
 * at every such place (`afterLostBreak`), cut or not: its findings do not depend on where the cuts
 * fall (test/core/segments.test.ts reads every span whole and in segments).
 */

/** How the cuts are made; `minSpan` is raised to Infinity by the tests that compare with the whole span. */
export const SEGMENTING = { minSpan: 2000, minSegment: 500 };

/** A sentence end followed by whitespace: a cut goes between the two. */
const CUT = /[。！？](?=[ \t\u3000\u00a0\n])/g;

/**
 * True when `s[k]` is the whitespace right after a sentence end: where scraped text lost a
 * paragraph break. A look back along a line (a list line, a line-start numeral, an open quote)
 * stops here as it stops at a line break, so that it sees what a segment starting here sees.
 */
export function afterLostBreak(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0) && k > 0 && '。！？'.includes(s[k - 1]!);
}

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
  // Per variant, then per segment: the segment strings themselves are the keys, shared by every
  // check of one analysis (spanSegments), so each is hashed once, not once per check.
  #current = new Map<string, Map<string, T>>();
  #previous = new Map<string, Map<string, T>>();

  /** The value for `segment` and `variant` (what else the value depends on) in the analysis of `text`. */
  get(text: string, variant: string, segment: string, compute: () => T): T {
    const current = this.#currentFor(text, variant);
    let value = current.get(segment);
    if (value === undefined) {
      value = this.#previous.get(variant)?.get(segment) ?? compute();
      current.set(segment, value);
    }
    return value;
  }

  /** Replaces what `get` found, when it turned out not to fit. */
  set(text: string, variant: string, segment: string, value: T): void {
    this.#currentFor(text, variant).set(segment, value);
  }

  #currentFor(text: string, variant: string): Map<string, T> {
    if (text !== this.#text) {
      this.#text = text;
      this.#previous = this.#current;
      this.#current = new Map();
    }
    let current = this.#current.get(variant);
    if (!current) this.#current.set(variant, (current = new Map()));
    return current;
  }
}

/** A prose span's cuts and segments. */
export interface SpanSegments {
  /** From 0 to the span's length; two for a span read whole. */
  readonly cuts: readonly number[];
  /** The span's text between each two cuts. */
  readonly segments: readonly string[];
}

// The spans cut in the analysis of `segmentedText` with the settings it was cut by: every check reads the same spans.
let segmentedText: string | undefined;
let segmentedMinSpan = 0;
let segmentedMinSegment = 0;
let segmented = new Map<number, SpanSegments & { readonly end: number }>();

/** The segments of `text[start, end)`, cut once per analysis whichever check asks first. */
export function spanSegments(text: string, start: number, end: number): SpanSegments {
  const { minSpan, minSegment } = SEGMENTING;
  if (text !== segmentedText || minSpan !== segmentedMinSpan || minSegment !== segmentedMinSegment) {
    segmentedText = text;
    segmentedMinSpan = minSpan;
    segmentedMinSegment = minSegment;
    segmented = new Map();
  }
  const known = segmented.get(start);
  if (known && known.end === end) return known;
  const slice = text.slice(start, end);
  const cuts = segmentCuts(slice);
  const segments: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) segments.push(cuts.length === 2 ? slice : slice.slice(cuts[k], cuts[k + 1]));
  const result = { end, cuts, segments };
  // Only long spans are worth keeping; a short one is cut again at the cost of one length test.
  if (cuts.length > 2) segmented.set(start, result);
  return result;
}

/**
 * Calls `visit` with `scan`'s result for each segment of the prose span `text[start, end)` and
 * the segment's offset in the span: a short span is scanned whole, a long one's segments are kept
 * in `cache` by their text and `variant` (what else the result depends on).
 */
export function forEachSegment<T>(text: string, start: number, end: number, cache: SegmentCache<T>, variant: string, scan: (segment: string) => T, visit: (result: T, offset: number) => void): void {
  // Most spans are short: read whole, with no cut list made for them (every check asks for every span).
  if (end - start < SEGMENTING.minSpan) {
    visit(scan(text.slice(start, end)), 0);
    return;
  }
  const { cuts, segments } = spanSegments(text, start, end);
  if (cuts.length === 2) {
    visit(scan(segments[0]!), 0);
    return;
  }
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    visit(cache.get(text, variant, segment, () => scan(segment)), cuts[k]!);
  }
}
