import type { Block } from '../../model.js';

/** A prose span as a string, with its offset from its block's start. */
export interface Piece {
  readonly slice: string;
  readonly by: number;
}

/**
 * The block's prose, paragraph by paragraph: a paragraph or heading is one; the items and
 * paragraphs of a list or quotation are told apart by a line break between two prose spans
 * (a soft break inside a paragraph stays inside its text span).
 */
export function paragraphsOf(text: string, block: Block): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let prevEnd = -1;
  const split = block.kind !== 'paragraph' && block.kind !== 'heading';
  for (const span of block.texts) {
    if (split && prevEnd >= 0 && text.slice(prevEnd, span.start).includes('\n') && current.length) {
      out.push(current);
      current = [];
    }
    current.push({ slice: text.slice(span.start, span.end), by: span.start - block.start });
    prevEnd = span.end;
  }
  if (current.length) out.push(current);
  return out;
}
