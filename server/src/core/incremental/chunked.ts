import { ParsedBlock } from '../block.js';
import { keptSpans, NO_SPANS } from '../blockSpans.js';
import type { Block, Span } from '../model.js';
import { headingTitle } from '../parse/headingTitle.js';
import { parseChunk } from '../parse/markdown.js';
import { listBlocks, plainBlocks } from '../parse/plainBlocks.js';
import { hasMarkBomb, looseParagraphs } from '../parse/markBomb.js';
import { frontMatterEnd, type Chunking, type Verbatim } from './boundaries.js';

/**
 * Chunks are at least this many UTF-16 units (cut at the next safe boundary): small enough that
 * re-parsing one is cheap, large enough that remark's fixed cost per call does not dominate.
 */
export const MIN_CHUNK = 2048;

export interface Parsed {
  yaml?: Span & { value: string };
  blocks: Block[];
}

/**
 * Parses `source[from, to)` chunk by chunk at the given boundaries (offsets into `source`,
 * ascending; `from` and `to` must be boundaries or the ends). Offsets come back shifted by `base`.
 * Only a chunk at offset 0 may hold front matter. Forced boundaries and long verbatim blocks
 * are always cut at, whatever the chunk sizes, so a re-parse of part of the text cuts where a
 * fresh parse does.
 */
export function parseChunks(source: string, base: number, chunking: Chunking, from = 0, to = source.length): Parsed {
  const { boundaries } = chunking;
  const forced = new Set(chunking.forced);
  const verbatim = new Map(chunking.verbatim.map((v) => [v.start, v]));
  const cuts = new Set([...forced, ...chunking.verbatim.flatMap((v) => [v.start, v.end])]);
  const blocks: Block[] = [];
  let yaml: Parsed['yaml'];
  // Only closed front matter goes through remark-frontmatter: an unclosed `---` leaves its
  // tokenizer in a state where no later line interrupts a paragraph (the next chunk would differ).
  const frontMatter = from === 0 && frontMatterEnd(source) !== undefined;
  const append = (part: Parsed, at: number) => {
    if (part.yaml) yaml = part.yaml;
    let first = 0;
    if (forced.has(at) && part.blocks.length) {
      const before = blocks[blocks.length - 1];
      const joined = joinParagraphs(source, base, before, part.blocks[0]!) ?? joinIndentedCode(source, base, before, part.blocks[0]!)
        ?? joinSetextHeading(source, base, before, part.blocks[0]!);
      if (joined) {
        blocks[blocks.length - 1] = joined;
        first = 1;
      }
    }
    for (let j = first; j < part.blocks.length; j++) blocks.push(part.blocks[j]!);
  };
  // Text waiting for remark: whole boundary intervals, given to it at least MIN_CHUNK at a time.
  let pending = from;
  const flush = (until: number) => {
    if (until > pending) {
      const fm = pending === 0 && frontMatter;
      append(parseGuarded(source, base, pending, until, fm) ?? parseIntervals(source, base, boundaries, pending, until, fm), pending);
    }
    pending = until;
  };
  let k = firstAfter(boundaries, from);
  for (let start = from; start < to;) {
    const end = k < boundaries.length && boundaries[k]! < to ? boundaries[k++]! : to;
    if (cuts.has(start) || start - pending >= MIN_CHUNK) flush(start);
    const v = verbatim.get(start);
    if (v) {
      append({ blocks: [verbatimBlock(source, base, v)] }, start);
      pending = v.end;
      // The block runs to the next boundary at least: skip the intervals inside it.
      while (k < boundaries.length && boundaries[k]! < v.end && boundaries[k]! < to) k++;
      start = Math.max(end, v.end);
      continue;
    }
    // Plain prose and headings need no remark: the interval's blocks are built directly.
    const plain = start === 0 && frontMatter ? undefined
      : plainBlocks(source, base, start, end) ?? listBlocks(source, base, start, end)
        ?? (hasMarkBomb(source, start, end) ? looseParagraphs(source, base, start, end) : undefined);
    if (plain) {
      flush(start);
      append({ blocks: plain }, start);
      pending = end;
    }
    start = end;
  }
  flush(to);
  return { yaml, blocks };
}

/** Fenced code or an HTML block as remark builds it: its whole span, HTML comments within. */
function verbatimBlock(source: string, base: number, v: Verbatim): Block {
  const comments: Span[] = [];
  if (v.kind === 'html') {
    for (const m of source.slice(v.start, v.blockEnd).matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
      comments.push({ start: base + v.start + m.index, end: base + v.start + m.index + m[0].length });
    }
  }
  return new ParsedBlock(v.kind, 0, base + v.blockStart, base + v.blockEnd, NO_SPANS, keptSpans(comments));
}

/**
 * A forced cut between two lines of one paragraph: one paragraph again, its two text runs one
 * when only the line break lay between them (as remark's text node would).
 */
function joinParagraphs(source: string, base: number, a: Block | undefined, b: Block): Block | undefined {
  if (!a || a.kind !== 'paragraph' || b.kind !== 'paragraph') return undefined;
  const texts = joinTexts(source, base, a, b);
  if (!texts) return undefined;
  return new ParsedBlock('paragraph', 0, a.start, b.end, texts, keptSpans(a.comments.concat(b.comments)));
}

/** The text runs of two blocks a line break apart, as one block's; undefined when more lies between. */
function joinTexts(source: string, base: number, a: Block, b: Block): Span[] | undefined {
  const gap = source.slice(a.end - base, b.start - base);
  if (!/^(?:\r\n|\r|\n)$/.test(gap)) return undefined;
  const texts = a.texts.slice();
  const last = texts[texts.length - 1];
  const next = b.texts[0];
  let rest = b.texts;
  // What ends the line decides the break: two spaces or more, or a `\`, make a hard break
  // (no text node holds the line break); anything else a soft one inside a text node.
  let trimmed = a.end - base;
  while (trimmed > 0 && (source.charCodeAt(trimmed - 1) === 32 || source.charCodeAt(trimmed - 1) === 9)) trimmed--;
  const trailing = source.slice(trimmed, a.end - base);
  let slashes = 0;
  while (source.charCodeAt(trimmed - 1 - slashes) === 92) slashes++;
  if (trailing.length >= 2 && !trailing.includes('\t')) {
    // A hard break by spaces: the text runs stay apart.
  } else if (trailing === '' && slashes % 2 === 1) {
    // A hard break by `\`: the chunk before took it for literal text.
    if (last && last.end === a.end) {
      if (last.end - 1 > last.start) texts[texts.length - 1] = { start: last.start, end: last.end - 1 };
      else texts.pop();
    }
  } else {
    // A soft break belongs to a text node: the one on either side, or one of its own between
    // two other inline nodes (emphasis, code…); trailing spaces or tabs before it are dropped.
    const lastAtEnd = last !== undefined && last.end === base + trimmed;
    const nextAtStart = next !== undefined && next.start === b.start;
    if (lastAtEnd) texts[texts.length - 1] = { start: last.start, end: nextAtStart ? next.end : b.start };
    else texts.push(nextAtStart ? { start: a.end, end: next.end } : { start: a.end, end: b.start });
    if (nextAtStart) rest = b.texts.slice(1);
  }
  for (const t of rest) texts.push(t);
  return texts;
}

/**
 * A forced cut in a paragraph whose last lines the chunk after made a setext heading (`===` or
 * `---` under them): the whole paragraph is that heading, as in remark's parse of the text.
 */
function joinSetextHeading(source: string, base: number, a: Block | undefined, b: Block): Block | undefined {
  if (!a || a.kind !== 'paragraph' || b.kind !== 'heading' || source.charCodeAt(b.start - base) === 35 /* # */) return undefined;
  const texts = joinTexts(source, base, a, b);
  if (!texts) return undefined;
  // The heading's text runs from the paragraph's start to the end of the line above the underline.
  let innerEnd = b.end - base;
  while (innerEnd > 0 && source.charCodeAt(innerEnd - 1) !== 10 && source.charCodeAt(innerEnd - 1) !== 13) innerEnd--;
  while (innerEnd > 0 && /[\r\n \t]/.test(source[innerEnd - 1]!)) innerEnd--;
  const { title, anchor } = headingTitle(source, base, a.start - base, innerEnd);
  return new ParsedBlock('heading', b.depth, a.start, b.end, texts, keptSpans(a.comments.concat(b.comments)), title, anchor);
}

/**
 * A forced cut inside indented code (findChunking cuts there only before a line of it, never
 * before its trailing blank lines): one code block again, as remark builds it over blank lines.
 */
function joinIndentedCode(source: string, base: number, a: Block | undefined, b: Block): Block | undefined {
  if (!a || a.kind !== 'code' || b.kind !== 'code' || !indented(source, a.start - base) || !indented(source, b.start - base)) return undefined;
  if (!/^[ \t\r\n]*$/.test(source.slice(a.end - base, b.start - base))) return undefined;
  return new ParsedBlock('code', 0, a.start, b.end, NO_SPANS, NO_SPANS);
}

/** A line that starts with whitespace reaching column 4: indented code, not a fence. */
function indented(source: string, at: number): boolean {
  let columns = 0;
  for (let k = at; columns < 4; k++) {
    const c = source.charCodeAt(k);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else return false;
  }
  return true;
}

/**
 * Nesting deeper than this (leading `>`, list markers and indentation on one line) is not given
 * to remark: its container handling costs O(depth) a line and recurses per level.
 */
const MAX_PREFIX = 256;
const BLANK = /^[ \t\r\n]*$/;
const DEEP = new RegExp(`^[ \\t>*+\\-]{${MAX_PREFIX},}`, 'm');

/** remark's parse of one chunk, or undefined when it is too deep or remark throws (stack overflow). */
function parseGuarded(source: string, base: number, start: number, end: number, frontMatter: boolean): Parsed | undefined {
  const text = source.slice(start, end);
  // Blank lines make no block, yet cost remark microseconds each (a run of a million: seconds).
  if (BLANK.test(text)) return { blocks: [] };
  if (DEEP.test(text)) return undefined;
  try {
    return parseChunk(text, base + start, frontMatter);
  } catch {
    return undefined;
  }
}

/**
 * A chunk remark cannot take, boundary interval by interval (the same intervals whatever the
 * chunking, so an incremental parse degrades exactly as a fresh one): each interval that still
 * fails becomes one opaque block with no prose, so rules skip it and the server keeps going.
 */
function parseIntervals(source: string, base: number, boundaries: readonly number[], start: number, end: number, frontMatter: boolean): Parsed {
  const blocks: Block[] = [];
  let yaml: Parsed['yaml'];
  let k = firstAfter(boundaries, start);
  for (let from = start; from < end;) {
    const to = k < boundaries.length && boundaries[k]! < end ? boundaries[k++]! : end;
    const part = parseGuarded(source, base, from, to, from === 0 && frontMatter);
    if (part?.yaml) yaml = part.yaml;
    if (part) blocks.push(...part.blocks);
    else {
      let last = to;
      while (last > from && /\s/.test(source[last - 1]!)) last--;
      if (last > from) blocks.push(new ParsedBlock('other', 0, base + from, base + last, NO_SPANS, NO_SPANS));
    }
    from = to;
  }
  return { yaml, blocks };
}

/** Index of the first element greater than `x` in an ascending array. */
export function firstAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
