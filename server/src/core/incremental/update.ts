import type { Block, SpeechModel } from '../model.js';
import { assembleModel, bomLength } from '../parse/index.js';
import { findChunking, type Chunking } from './boundaries.js';
import { lowerBound } from '../text/lowerBound.js';
import { NO_SPANS } from '../blockSpans.js';
import { ParsedBlock } from '../block.js';
import { firstAfter, parseChunks } from './chunked.js';

/** A parsed text and its safe chunk boundaries (offsets into the text, BOM included). */
export interface ParseState {
  readonly model: SpeechModel;
  readonly boundaries: readonly number[];
  /** The same boundaries before the BOM shift, with the forced ones and the long verbatim blocks. */
  readonly chunking: Chunking;
}

/** Parses a text from scratch, keeping what the next incremental update needs. */
export function parseState(text: string): ParseState {
  const base = bomLength(text);
  const source = base ? text.slice(1) : text;
  const chunking = findChunking(source);
  const { yaml, blocks } = parseChunks(source, base, chunking);
  return { model: assembleModel(text, base, blocks, yaml), boundaries: shift(chunking.boundaries, base), chunking };
}

/**
 * The model of `text`, re-parsing only the chunks between the safe boundaries around what
 * changed since `prev` and reusing (and shifting) every other block. The result equals
 * `parseState(text)`: a fresh parse; test/robustness/incremental.test.ts checks it.
 */
export function updateState(prev: ParseState, text: string): ParseState {
  const old = prev.model.text;
  if (old === text) return prev;
  const base = bomLength(text);
  // Link reference definitions act at a distance; a changed BOM moves everything.
  if (base !== bomLength(old) || text.includes(']:') || old.includes(']:')) return parseState(text);
  const { start, oldEnd, newEnd } = changedRange(old, text);
  const delta = text.length - old.length;
  const source = base ? text.slice(1) : text;
  const chunking = findChunking(source);
  const boundaries = shift(chunking.boundaries, base);
  // A forced boundary may split a paragraph that the parse joins again: never resume there.
  const resumable = (b: number) => !contains(chunking.forced, b - base);

  // From the last boundary before the change (the text before it is the same, so the old
  // boundary holds too) to the first boundary after it that was a boundary in the old text.
  // (Front matter is decided by a closing fence further on, so check the old boundary anyway.)
  let a = firstAfter(boundaries, start - 1) - 1;
  while (a > 0 && !(contains(prev.boundaries, boundaries[a]!) && resumable(boundaries[a]!) && !contains(prev.chunking.forced, boundaries[a]! - base))) a--;
  const from = a > 0 ? boundaries[a]! : base;
  let to = text.length;
  for (let k = firstAfter(boundaries, newEnd - 1); k < boundaries.length; k++) {
    const b = boundaries[k]!;
    if (b >= newEnd && b - delta >= oldEnd && contains(prev.boundaries, b - delta) && resumable(b) && !contains(prev.chunking.forced, b - delta - base)) {
      to = b;
      break;
    }
  }

  const blocks = prev.model.blocks;
  const head = blocks.slice(0, firstStartAtOrAfter(blocks, from));
  const parsed = parseChunks(source, base, chunking, from - base, to - base);
  const tail = to < text.length ? blocks.slice(firstStartAtOrAfter(blocks, to - delta)).map((b) => shiftBlock(b, delta)) : [];
  const merged = head.concat(parsed.blocks, tail);
  const model = assembleModel(text, base, merged, parsed.yaml, from > base ? prev.model : undefined);
  return { model, boundaries, chunking };
}

/** Common prefix and suffix of two texts: the change replaced old[start, oldEnd) with new[start, newEnd). */
export function changedRange(a: string, b: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix };
}

function shift(xs: readonly number[], by: number): number[] {
  return by === 0 ? xs.slice() : xs.map((x) => x + by);
}

function contains(xs: readonly number[], x: number): boolean {
  const k = firstAfter(xs, x) - 1;
  return k >= 0 && xs[k] === x;
}

function firstStartAtOrAfter(blocks: readonly Block[], offset: number): number {
  return lowerBound(blocks.length, (i) => blocks[i]!.start >= offset);
}

function shiftBlock(b: Block, d: number): Block {
  if (d === 0) return b;
  const texts = b.texts.length === 0 ? NO_SPANS : b.texts.map((s) => ({ start: s.start + d, end: s.end + d }));
  const comments = b.comments.length === 0 ? NO_SPANS : b.comments.map((s) => ({ start: s.start + d, end: s.end + d }));
  const anchor = b.anchor && { id: b.anchor.id, start: b.anchor.start + d, end: b.anchor.end + d };
  return ParsedBlock.moved(b, d, texts, comments, anchor);
}
