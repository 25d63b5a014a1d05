import type { Block } from './model.js';

/**
 * Results computed from one block's own text (enumerators, announcements, placeholders, repeated
 * words), kept on the block. An incremental parse gives a block it only moved the same cache, so
 * this work is done once per block content, not once per keystroke. The state is private: two
 * blocks of the same text compare equal whether their caches are filled or not.
 */
export class BlockCache {
  // Two parallel arrays, not an entry object per slot, and one shared empty result: a speech of
  // 100,000 one-line blocks keeps a result of every rule for every block, most of them empty.
  readonly #variants: (string | undefined)[] = [];
  readonly #values: unknown[] = [];

  read<T>(slot: number, variant: string, compute: () => T): T {
    if (this.#variants[slot] === variant) return this.#values[slot] as T;
    const value = compute();
    this.#variants[slot] = variant;
    this.#values[slot] = Array.isArray(value) && value.length === 0 ? NOTHING : value;
    return this.#values[slot] as T;
  }
}

/** The empty result every block shares; frozen, since cached results are never changed. */
const NOTHING: readonly never[] = Object.freeze([]);

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
