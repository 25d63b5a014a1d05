import type { Block } from '../model.js';

// An incremental parse keeps the blocks before an edit and moves (copies at a new offset) the
// blocks after it. Each copy points back to the block first parsed with that content, so work
// that depends on a block's own text alone is done once per content, not once per keystroke.
const origins = new WeakMap<Block, Block>();

/** Records that `moved` holds the same text as `block`, at another offset. */
export function markMoved(moved: Block, block: Block): void {
  origins.set(moved, origins.get(block) ?? block);
}

/**
 * Results computed from one block's text, kept while the block (or a moved copy) lives. Results
 * must be relative to the block's start; `variant` names whatever else they depend on (the user's
 * patterns, the language), and a result for another variant is computed again.
 */
export class BlockMemo<T> {
  readonly #entries = new WeakMap<Block, { readonly variant: string; readonly value: T }>();

  get(block: Block, variant: string, compute: () => T): T {
    const key = origins.get(block) ?? block;
    const entry = this.#entries.get(key);
    if (entry && entry.variant === variant) return entry.value;
    const value = compute();
    this.#entries.set(key, { variant, value });
    return value;
  }
}
