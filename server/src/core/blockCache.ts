import type { Block } from './model.js';

/**
 * Results computed from one block's own text (enumerators, announcements, placeholders, repeated
 * words), kept on the block: every block is one (core/block.ts), so a block a line costs no second
 * object. An incremental parse gives a block it only moved the same results, so this work is done
 * once per block content, not once per keystroke. The state is private: two blocks of the same text
 * compare equal whether their caches are filled or not.
 */
export class BlockCache {
  // A speech of 300,000 one-line blocks keeps a cache per block, and most results are empty ([] or
  // ''): those are one bit each in `#state` (a number), and a block only gets an array, of exact
  // size, when it keeps something else. The array holds [slot, variant, value] triples, then the
  // bits, so one field serves both and an untouched cache costs one word.
  #state: number | unknown[] = 0;

  /** Takes over `other`'s results: a block moved by an incremental parse keeps what its text gave. */
  protected keepResultsOf(other: BlockCache): void {
    this.#state = other.#state;
  }

  read<T>(slot: number, variant: string, compute: () => T): T {
    const state = this.#state;
    const entries = typeof state === 'number' ? undefined : state;
    const bits = entries ? (entries[entries.length - 1] as number) : (state as number);
    const known = bitFor(slot, variant, false);
    if (bits & known) return emptyOf[slot] as T;
    const at = entries ? find(entries, slot) : -1;
    if (at >= 0 && entries![at + 1] === variant) return entries![at + 2] as T;
    const value = compute();
    const empty = value === '' || (Array.isArray(value) && value.length === 0);
    const kept = value === '' ? '' : empty ? NOTHING : value;
    // One result per slot: this one replaces the slot's triple and bits. concat and slice make
    // arrays of exact size, where `push` would reserve room for 16 more values on every block.
    const others = !entries ? [] : at < 0 ? entries.slice(0, -1) : entries.slice(0, at).concat(entries.slice(at + 3, -1));
    const rest = bits & ~(slotBits[slot] ?? 0);
    const bit = empty ? bitFor(slot, variant, true) : 0;
    if (bit) {
      emptyOf[slot] = kept;
      this.#state = others.length ? others.concat([rest | bit]) : rest | bit;
    } else {
      this.#state = others.concat([slot, variant, kept, rest]);
    }
    return kept as T;
  }
}

/** Bits of a small integer, each standing for an empty result of one slot for one variant. */
const BITS = 30;
/** Variants of one slot that may get a bit: a slot whose variant changes per block (the text after it) gets no more. */
const BITS_PER_SLOT = 2;
let bitsGiven = 0;
/** Per slot, the variants given a bit and their bits; handed out for good, as slots are. */
const bitVariants: { readonly variant: string; readonly bit: number }[][] = [];
const slotBits: number[] = [];

/** The bit for an empty result of `slot` for `variant`; 0 when there is none (and `give` found none free). */
function bitFor(slot: number, variant: string, give: boolean): number {
  const given = bitVariants[slot];
  if (given) for (const g of given) if (g.variant === variant) return g.bit;
  if (!give || bitsGiven === BITS || (given?.length ?? 0) === BITS_PER_SLOT) return 0;
  const bit = 1 << bitsGiven++;
  (bitVariants[slot] ??= []).push({ variant, bit });
  slotBits[slot] = (slotBits[slot] ?? 0) | bit;
  return bit;
}

/** The empty result every block shares; frozen, since cached results are never changed. */
const NOTHING: readonly never[] = Object.freeze([]);

/** Each slot's empty result ('' or NOTHING: a memo's results are all of one type). */
const emptyOf: unknown[] = [];

/** Index of the slot's triple, or -1. */
function find(entries: readonly unknown[], slot: number): number {
  for (let i = 0; i < entries.length - 1; i += 3) if (entries[i] === slot) return i;
  return -1;
}

let slots = 0;

/**
 * One kind of per-block result, kept in each block's cache. Results must be relative to the
 * block's start; `variant` names whatever else they depend on (the user's patterns, the text just
 * after the block), and a result for another variant is computed again. Create one per module.
 */
export class BlockMemo<T> {
  readonly #slot = slots++;

  get(block: Block, variant: string, compute: () => T): T {
    return block.cache.read(this.#slot, variant, compute);
  }
}
