import type { Block, SpeechModel } from '../model.js';
import { isScanned, scanBlock } from './scan.js';
import type { SpanMatch } from './announce.js';
import type { Enumerator } from './types.js';

/**
 * What the scan may read after a block's end: the patterns stop at a line end except `\s{0,2}`
 * before 是/要 (3 characters and a 1-character lookahead), and `一、二季度` looks 8 characters past
 * a match. Blocks end at a line end, give or take trailing blanks, which are skipped first.
 */
const AFTER = 9;

interface Entry {
  readonly kind: Block['kind'];
  /** The block's prose spans relative to its start: start, end, start, end… */
  readonly spans: readonly number[];
  /** Enumerators with offsets relative to the block's start, in document order. */
  readonly found: readonly Enumerator[];
}

/**
 * Per-block results of the enumerator scan (60–75% of an analysis of a long speech), keyed by the
 * block's text: on a keystroke only the edited block is scanned again, every other block is a map
 * lookup and a shift. Placing enumerators in series stays whole-document (it is cheap). One memo
 * per document; each scan keeps only the entries of the text it scanned, so memory stays bounded.
 */
export class NumberingMemo {
  #entries = new Map<string, Entry>();
  // Announced counts per span text; two generations: the last text scanned and the one before.
  #spans = new Map<string, readonly SpanMatch[]>();
  #previousSpans = new Map<string, readonly SpanMatch[]>();

  /** The same enumerators as `scanEnumerators(model)`. */
  scan(model: SpeechModel): Enumerator[] {
    this.#previousSpans = this.#spans;
    this.#spans = new Map();
    const { text } = model;
    const next = new Map<string, Entry>();
    const out: Enumerator[] = [];
    model.blocks.forEach((block, index) => {
      if (!isScanned(block)) return;
      const key = text.slice(block.start, contextEnd(text, block.end));
      let entry = next.get(key) ?? this.#entries.get(key);
      if (!entry || entry.kind !== block.kind || !sameSpans(entry.spans, block)) {
        const found: Enumerator[] = [];
        scanBlock(text, block, index, found);
        found.sort((a, b) => a.start - b.start);
        const spans = block.texts.flatMap((s) => [s.start - block.start, s.end - block.start]);
        entry = { kind: block.kind, spans, found: found.map((e) => moved(e, -block.start, 0)) };
      }
      next.set(key, entry);
      for (const e of entry.found) out.push(moved(e, block.start, index));
    });
    this.#entries = next;
    return out;
  }

  /** `match(slice)`, remembered for the text scanned last (announcements depend on the span's text alone). */
  spanMatches(slice: string, match: (slice: string) => readonly SpanMatch[]): readonly SpanMatch[] {
    let found = this.#spans.get(slice) ?? this.#previousSpans.get(slice);
    if (!found) found = match(slice);
    this.#spans.set(slice, found);
    return found;
  }
}

function contextEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return Math.min(text.length, i + AFTER);
}

function sameSpans(spans: readonly number[], block: Block): boolean {
  if (spans.length !== block.texts.length * 2) return false;
  for (let i = 0; i < block.texts.length; i++) {
    const s = block.texts[i]!;
    if (spans[2 * i] !== s.start - block.start || spans[2 * i + 1] !== s.end - block.start) return false;
  }
  return true;
}

/** A fresh copy (series building sets a closer's value), shifted by `by`, in block `index`. */
function moved(e: Enumerator, by: number, index: number): Enumerator {
  return {
    family: e.family, value: e.value, closer: e.closer, form: e.form, place: e.place, text: e.text,
    block: index, start: e.start + by, end: e.end + by, numeral: { start: e.numeral.start + by, end: e.numeral.end + by },
  };
}
