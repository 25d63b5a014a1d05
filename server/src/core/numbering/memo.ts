import { BlockMemo } from '../incremental/blockMemo.js';
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

/**
 * Per-block results of the enumerator scan and of the announcement patterns, kept for the block's
 * content (see BlockMemo): on a keystroke only the edited block is scanned again, every other
 * block is a lookup and a shift. Placing enumerators in series stays whole-document (it is cheap).
 */
export class NumberingMemo {
  // Enumerators relative to the block's start; they also depend on a few characters after it.
  readonly #found = new BlockMemo<readonly Enumerator[]>();
  // Announced counts per prose span of the block, relative to the span's start.
  readonly #announced = new BlockMemo<readonly (readonly SpanMatch[])[]>();

  /** The same enumerators as `scanEnumerators(model)`. */
  scan(model: SpeechModel): Enumerator[] {
    const { text } = model;
    const out: Enumerator[] = [];
    model.blocks.forEach((block, index) => {
      if (!isScanned(block)) return;
      const after = text.slice(block.end, contextEnd(text, block.end));
      const found = this.#found.get(block, after, () => {
        const own: Enumerator[] = [];
        scanBlock(text, block, index, own);
        return own.sort((a, b) => a.start - b.start).map((e) => moved(e, -block.start, 0));
      });
      for (const e of found) out.push(moved(e, block.start, index));
    });
    return out;
  }

  /** `match` of each prose span's text (announcements depend on the span's text alone). */
  announced(text: string, block: Block, match: (slice: string) => readonly SpanMatch[]): readonly (readonly SpanMatch[])[] {
    return this.#announced.get(block, '', () => block.texts.map((s) => match(text.slice(s.start, s.end))));
  }
}

function contextEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return Math.min(text.length, i + AFTER);
}

/** A fresh copy (series building sets a closer's value), shifted by `by`, in block `index`. */
function moved(e: Enumerator, by: number, index: number): Enumerator {
  return {
    family: e.family, value: e.value, closer: e.closer, form: e.form, place: e.place, text: e.text,
    block: index, start: e.start + by, end: e.end + by, numeral: { start: e.numeral.start + by, end: e.numeral.end + by },
  };
}
