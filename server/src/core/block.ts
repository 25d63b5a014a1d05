import { BlockCache } from './blockCache.js';
import type { Block, BlockKind, Span } from './model.js';

/**
 * The one shape of every block the parsers build: its fields and, as the class it extends, its
 * cache of per-block results. One object a block (a block and a separate cache cost 32 bytes
 * more, on every line of a speech of one-line blocks) and one V8 map for all kinds of block.
 */
export class ParsedBlock extends BlockCache implements Block {
  constructor(
    readonly kind: BlockKind,
    readonly depth: number,
    readonly start: number,
    readonly end: number,
    readonly texts: readonly Span[],
    readonly comments: readonly Span[],
    readonly title?: string,
    readonly anchor?: { readonly id: string } & Span,
  ) {
    super();
  }

  get cache(): BlockCache {
    return this;
  }

  /** `b` moved `d` units, its spans moved alike (given); the same text, so the same results. */
  static moved(b: Block, d: number, texts: readonly Span[], comments: readonly Span[], anchor: Block['anchor']): ParsedBlock {
    const block = new ParsedBlock(b.kind, b.depth, b.start + d, b.end + d, texts, comments, b.title, anchor);
    block.keepResultsOf(b.cache);
    return block;
  }
}
