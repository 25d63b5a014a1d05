import { BlockMemo } from '../blockCache.js';
import type { Block, SpeechModel } from '../model.js';
import { isMarkup, isScanned, scanBlock, scanSpan } from './scan.js';
import { SegmentCache, spanSegments } from '../text/segments.js';
import type { SpanMatch } from './announce.js';
import type { Enumerator } from './types.js';

/**
 * What the scan may read after a block's end: the patterns stop at a line end except `\s{0,2}`
 * before 是/要 (3 characters and a 1-character lookahead), and `一、二季度` looks 8 characters past
 * a match. Blocks end at a line end, give or take trailing blanks, which are skipped first.
 */
const AFTER = 9;

interface Scanned {
  /** Relative to the block's start. */
  readonly relative: readonly Enumerator[];
  /** The last absolute copies handed out, reused while the block keeps its offset and index. */
  placed?: { readonly start: number; readonly index: number; readonly list: readonly Enumerator[] };
}

// A block's enumerators; they also depend on a few characters after it (the variant).
const FOUND = new BlockMemo<Scanned>();
// Announced counts per prose span of the block, relative to the span's start.
const ANNOUNCED = new BlockMemo<readonly (readonly SpanMatch[])[]>();

/**
 * The enumerator scan and the announcement patterns through each block's cache (see BlockCache):
 * on a keystroke only the edited block is scanned again, every other block is a lookup and a
 * shift. Placing enumerators in series stays whole-document. Passing one to buildNumbering picks
 * this path; without it the scan runs afresh (the robustness tests compare the two).
 */
export class NumberingMemo {
  /** The same enumerators as `scanEnumerators(model)`. */
  scan(model: SpeechModel): Enumerator[] {
    const out: Enumerator[] = [];
    model.blocks.forEach((block, index) => {
      for (const e of this.enumeratorsOf(model.text, block, index)) out.push(e);
    });
    return out;
  }

  /** One block's enumerators, in order, as `scanBlock` finds them. */
  enumeratorsOf(text: string, block: Block, index: number): readonly Enumerator[] {
    if (!isScanned(block)) return NONE;
    const after = text.slice(block.end, contextEnd(text, block.end));
    const scanned = FOUND.get(block, after, () => {
      const own: Enumerator[] = [];
      scanBlock(text, block, index, own, scanInSegments);
      return { relative: own.sort((a, b) => a.start - b.start).map((e) => moved(e, -block.start, 0)) };
    });
    let placed = scanned.placed;
    if (!placed || placed.start !== block.start || placed.index !== index) {
      placed = scanned.placed = { start: block.start, index, list: scanned.relative.map((e) => moved(e, block.start, index)) };
    }
    return placed.list;
  }

  /** `match` of each prose span's text (announcements depend on the span's text alone). */
  announced(text: string, block: Block, match: (slice: string) => readonly SpanMatch[]): readonly (readonly SpanMatch[])[] {
    return ANNOUNCED.get(block, '', () => block.texts.map((s) => match(text.slice(s.start, s.end))));
  }
}

const NONE: readonly Enumerator[] = [];

// A long span's sentence-aligned segments (text/segments.ts), each kept by its text and the few
// characters around it the scan reads: typing into a one-line draft scans one segment again.
const SEGMENTS = new SegmentCache<{ readonly context: string; readonly found: readonly Enumerator[] }>();
/** What the scan reads before a position: `进行` before `第…项`, the sentence end before a cut. */
const BEFORE = 4;

/** `scanSpan`, a long span in segments: a match never holds a cut (a sentence end and a space). */
function scanInSegments(text: string, block: Block, index: number, start: number, end: number, out: Enumerator[]): void {
  const { cuts, segments } = spanSegments(text, start, end);
  if (cuts.length === 2) {
    scanSpan(text, block, index, start, end, out);
    return;
  }
  for (let k = 0; k < segments.length; k++) {
    const from = start + cuts[k]!, to = start + cuts[k + 1]!;
    const context = `${contextBefore(text, block, from)}\u0000${text.slice(to, contextEnd(text, to))}`;
    const scanned = () => {
      const own: Enumerator[] = [];
      scanSpan(text, block, 0, from, to, own);
      return { context, found: own.map((e) => moved(e, -from, 0)) };
    };
    let kept = SEGMENTS.get(text, '', segments[k]!, scanned);
    // The same sentences with other characters around them (rare: an edit at a segment's edge).
    if (kept.context !== context) SEGMENTS.set(text, '', segments[k]!, (kept = scanned()));
    const { found } = kept;
    for (const e of found) out.push(moved(e, from, index));
  }
}

/**
 * What the scan may read before `from`: the markup, spaces and line breaks it walks back over (a
 * segment after the first follows its `。`, where every walk stops) and `BEFORE` characters more,
 * marked when that reaches the block's start, where the walks stop too.
 */
function contextBefore(text: string, block: Block, from: number): string {
  let k = from;
  while (k > block.start && (isMarkup(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13)) k--;
  const start = Math.max(block.start, k - BEFORE);
  return `${start === block.start ? '\u0001' : ''}${text.slice(start, from)}`;
}

function contextEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return Math.min(text.length, i + AFTER);
}

/** A copy shifted by `by`, in block `index`. */
function moved(e: Enumerator, by: number, index: number): Enumerator {
  return {
    family: e.family, value: e.value, closer: e.closer, form: e.form, place: e.place, text: e.text,
    block: index, start: e.start + by, end: e.end + by, numeral: { start: e.numeral.start + by, end: e.numeral.end + by },
  };
}
