import type { Block } from './model.js';

/**
 * Results computed from one block's own text (enumerators, announcements, placeholders, repeated
 * words), kept on the block. An incremental parse gives a block it only moved the same cache, so
 * this work is done once per block content, not once per keystroke. The state is private: two
 * blocks of the same text compare equal whether their caches are filled or not.
 */
export class BlockCache {
  // A speech of 300,000 one-line blocks keeps a cache per block, and most results are empty ([] or
  // ''): those are one bit each in `#state` (a number), and a block only gets an array, of exact
  // size, when it keeps something else. The array holds [slot, variant, value]
  // triples, then the bits, so one field serves both and an untouched cache costs one word.
  #state: number | unknown[] = 0;

  read<T>(slot: number, variant: string, compute: () => T): T {
    const state = this.#state;
    const entries = typeof state === 'number' ? undefined : state;
    const bits = entries ? (entries[entries.length - 1] as number) : (state as number);
    const bit = slot < BITS ? 1 << slot : 0;
    if (bits & bit && variant === bitVariant[slot]) return emptyOf[slot] as T;
    const at = entries ? find(entries, slot) : -1;
    if (at >= 0 && entries![at + 1] === variant) return entries![at + 2] as T;
    const value = compute();
    const empty = value === '' || (Array.isArray(value) && value.length === 0);
    // The triples other than this slot's: concat and slice make arrays of exact size, where `push`
    // would reserve room for 16 more values on every block.
    const others = !entries ? [] : at < 0 ? entries.slice(0, -1) : entries.slice(0, at).concat(entries.slice(at + 3, -1));
    const kept = value === '' ? '' : empty ? NOTHING : value;
    if (empty && bit && (bitVariant[slot] ?? variant) === variant) {
      bitVariant[slot] = variant;
      emptyOf[slot] = kept;
      this.#state = others.length ? others.concat([bits | bit]) : bits | bit;
      return kept as T;
    }
    this.#state = others.concat([slot, variant, kept, bits & ~bit]);
    return kept as T;
  }
}

/** Slots that fit the bits of a small integer; later ones always keep a triple. */
const BITS = 30;

/** The empty result every block shares; frozen, since cached results are never changed. */
const NOTHING: readonly never[] = Object.freeze([]);

/**
 * Per slot, what its bit stands for: an empty result for one variant, the first one an empty result
 * was kept for (a rule's options rarely change), and that result ('' or NOTHING: a memo's results
 * are all of one type). Other variants keep triples.
 */
const bitVariant: (string | undefined)[] = [];
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
