import { ParsedBlock } from '../block.js';
import { NO_SPANS } from '../blockSpans.js';
import type { Block } from '../model.js';
import { headingTitle } from './headingTitle.js';

/**
 * The blocks of a stretch of text that holds nothing but plain paragraphs, simple ATX headings
 * and `===` or `---` (setext) underlines under a plain paragraph, built without remark; undefined
 * for anything else, which then goes to remark (a megabyte of `a`/`===` pairs took it 17 s in chunks).
 *
 * Why: most of a speech is prose and `##` headings, and remark costs about 60 µs a call plus
 * far more per character than a scan. A stretch qualifies only when every line is blank, a
 * plain line or a simple heading, where a plain line starts at column 0 with a character that
 * opens no block (no indentation, `#`, `>`, list marker (`-` `+` `*`, or digits then `.` or `)`), fence,
 * `<`, `=`, `_`, `[`, `|`)
 * and holds no character that may start an inline construct (`\` `` ` `` `*` `_` `[` `]` `<`
 * `>` `&`), and a simple heading is `#`–`######`, a space or tab, then plain text with no `#`.
 * For such lines remark's blocks are known exactly (test/core/plainBlocks.test.ts compares the
 * two on real speeches): one text node per paragraph from its first character to its last
 * non-blank one, the paragraph itself running to the end of its last line.
 *
 * `start` must be a safe chunk boundary (parsing starts fresh there) and `end` the next one or
 * the end of the text; offsets come back shifted by `base`.
 */
export function plainBlocks(source: string, base: number, start: number, end: number): Block[] | undefined {
  const blocks: Block[] = [];
  let paragraphStart = -1;
  let lastLineEnd = 0;
  let lastContentEnd = 0;
  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    blocks.push(paragraph(base + paragraphStart, base + lastLineEnd, base + lastContentEnd));
    paragraphStart = -1;
  };
  for (let i = start; i < end;) {
    const eol = lineEnd(source, i, end);
    const next = nextLine(source, eol, end);
    if (next < 0) return undefined;
    const contentEnd = trimEnd(source, i, eol);
    if (contentEnd === i) {
      closeParagraph(); // a blank line
    } else {
      const first = source.charCodeAt(i);
      if (first === 35 /* # */) {
        const heading = simpleHeading(source, base, i, eol, contentEnd);
        if (!heading) return undefined;
        closeParagraph(); // a heading interrupts a paragraph
        blocks.push(heading);
      } else if ((first === 61 /* = */ || first === 45 /* - */) && paragraphStart >= 0 && onlyUnit(source, i, contentEnd, first)) {
        // A setext underline: the paragraph above it is a heading (`=` level 1, `-` level 2), to
        // this line's end; a `---` there is that, not a thematic break (CommonMark).
        blocks.push(setextHeading(source, base, paragraphStart, lastContentEnd, eol, first === 61 ? 1 : 2));
        paragraphStart = -1;
      } else {
        if (hasInlineSpecial(source, i, eol) || opensBlock(source, i, eol)) return undefined;
        // Two trailing spaces (or a tab) before another line of the paragraph make a hard break: remark's.
        if (paragraphStart >= 0 && lastContentEnd !== lastLineEnd
          && !(lastLineEnd - lastContentEnd === 1 && source.charCodeAt(lastContentEnd) === 32)) return undefined;
        if (paragraphStart < 0) paragraphStart = i;
        lastLineEnd = eol;
        lastContentEnd = contentEnd;
      }
    }
    i = next;
  }
  closeParagraph();
  return blocks;
}

function paragraph(start: number, end: number, textEnd: number): Block {
  return new ParsedBlock('paragraph', 0, start, end, [{ start, end: textEnd }], NO_SPANS);
}

/** `#`–`######`, then nothing but blanks, or spaces or tabs and plain text without `#`; undefined for any other heading. */
function simpleHeading(source: string, base: number, i: number, eol: number, contentEnd: number): Block | undefined {
  let k = i;
  while (k < eol && source.charCodeAt(k) === 35) k++;
  const depth = k - i;
  if (depth > 6) return undefined;
  const gap = k;
  while (k < eol && (source.charCodeAt(k) === 32 || source.charCodeAt(k) === 9)) k++;
  // An empty heading (`##`, `## `): no text, as remark gives it (a megabyte of them took it 4.6 s).
  if (k >= contentEnd) return heading(depth, base + i, base + eol, NO_SPANS, '', undefined);
  if (k === gap) return undefined; // `#a`
  for (let j = k; j < contentEnd; j++) {
    const c = source.charCodeAt(j);
    if (c === 35 || (c < 128 && INLINE_SPECIAL[c])) return undefined;
  }
  const title = source.slice(k, contentEnd).replace(/\s+/g, ' ').trim();
  return heading(depth, base + i, base + eol, [{ start: base + k, end: base + contentEnd }], title, undefined);
}

/** True when `source[i, contentEnd)` is all `unit` (`=` or `-`): a setext underline at column 0 (trailing blanks are outside). */
function onlyUnit(source: string, i: number, contentEnd: number, unit: number): boolean {
  for (let k = i; k < contentEnd; k++) if (source.charCodeAt(k) !== unit) return false;
  return true;
}

/** A paragraph's lines over a setext underline, as remark makes them one heading: its text is the paragraph's, its end the underline's line end. */
function setextHeading(source: string, base: number, start: number, textEnd: number, eol: number, depth: number): Block {
  const { title, anchor } = headingTitle(source, base, start, textEnd);
  return heading(depth, base + start, base + eol, [{ start: base + start, end: base + textEnd }], title, anchor);
}

/** A heading block. */
function heading(depth: number, start: number, end: number, texts: Block['texts'], title: Block['title'], anchor: Block['anchor']): Block {
  return new ParsedBlock('heading', depth, start, end, texts, NO_SPANS, title, anchor);
}

/** Where the line at `i` ends, before its line break (or at `end`). */
function lineEnd(source: string, i: number, end: number): number {
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Where the line after the one ending at `eol` starts; -1 after a lone \r (rare: left to remark). */
function nextLine(source: string, eol: number, end: number): number {
  if (eol === end) return end;
  if (source.charCodeAt(eol) === 10) return eol + 1;
  return source.charCodeAt(eol + 1) === 10 ? eol + 2 : -1;
}

function hasInlineSpecial(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c < 128 && INLINE_SPECIAL[c]) return true;
  }
  return false;
}

/**
 * True when the line's text at `i` may open a block: its first character is one that can, but a
 * digit only as an ordered list's marker (`1.` `2)`), since `2020年以来` is prose.
 */
function opensBlock(source: string, i: number, eol: number): boolean {
  const first = source.charCodeAt(i);
  if (first === 0xfeff) return true;
  if (first >= 128 || !BLOCK_START[first]) return false;
  return !isDigit(first) || listMarkerAt(source, i, eol);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Up to nine digits, then `.` or `)`: an ordered list item's marker, whatever follows. */
function listMarkerAt(source: string, i: number, eol: number): boolean {
  let k = i;
  while (k < eol && k - i < 10 && isDigit(source.charCodeAt(k))) k++;
  const c = source.charCodeAt(k);
  return k - i <= 9 && (c === 46 || c === 41);
}

/** The end of `source[from, to)` without trailing spaces and tabs. */
function trimEnd(source: string, from: number, to: number): number {
  while (to > from) {
    const c = source.charCodeAt(to - 1);
    if (c !== 32 && c !== 9) break;
    to--;
  }
  return to;
}

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

// Characters that may start an inline construct anywhere in a line (CommonMark, no GFM).
const INLINE_SPECIAL = asciiTable('\\`*_[]<>&');
// Characters that may open a block, or be one (setext underlines, thematic breaks), at column 0.
const BLOCK_START = asciiTable(' \t#>-+*=_~`<[|0123456789');

/**
 * A stretch that holds nothing but one list of plain items, built without remark (remark takes
 * about 40 µs a list item, 16 s for a megabyte of `- a` lines); undefined for anything else.
 * Every non-blank line is an item: the same bullet (`-` `+` `*`) or the same ordered delimiter
 * (`1.` `2)`), one space, then plain text that opens no block (the plain line of `plainBlocks`,
 * with no trailing blanks). Blank lines between items keep the list going, as in CommonMark; the
 * list runs from the first marker to the end of the last item's text, one text span an item.
 */
export function listBlocks(source: string, base: number, start: number, end: number): Block[] | undefined {
  const texts: { start: number; end: number }[] = [];
  let marker = -1; // the bullet's code, or the ordered delimiter's
  let ordered = false;
  let listStart = -1;
  let listEnd = -1;
  for (let i = start; i < end;) {
    const eol = lineEnd(source, i, end);
    const next = nextLine(source, eol, end);
    if (next < 0) return undefined;
    const contentEnd = trimEnd(source, i, eol);
    if (contentEnd > i) {
      if (contentEnd !== eol) return undefined;
      const item = itemMarker(source, i, eol);
      if (!item) return undefined;
      if (marker < 0) {
        marker = item.marker;
        ordered = item.ordered;
        listStart = i;
      } else if (item.marker !== marker || item.ordered !== ordered) return undefined;
      // The item's text must be a plain line (the marker itself, `*`, would count as a mark).
      const content = item.contentStart;
      if (hasInlineSpecial(source, content, eol) || opensBlock(source, content, eol)) return undefined;
      texts.push({ start: base + content, end: base + eol });
      listEnd = eol;
    }
    i = next;
  }
  if (listStart < 0) return undefined;
  return [new ParsedBlock('list', 0, base + listStart, base + listEnd, texts, NO_SPANS)];
}

/** `-`/`+`/`*` or up to nine digits and `.`/`)`, then exactly one space and some text. */
function itemMarker(source: string, i: number, eol: number): { marker: number; ordered: boolean; contentStart: number } | undefined {
  const c = source.charCodeAt(i);
  let k = i;
  let ordered = false;
  let marker = c;
  if (c === 45 || c === 43 || c === 42) k++;
  else {
    while (k < eol && k - i < 9 && isDigit(source.charCodeAt(k))) k++;
    const d = source.charCodeAt(k);
    if (k === i || (d !== 46 && d !== 41)) return undefined;
    ordered = true;
    marker = d;
    k++;
  }
  if (source.charCodeAt(k) !== 32 || k + 1 >= eol || source.charCodeAt(k + 1) === 32 || source.charCodeAt(k + 1) === 9) return undefined;
  return { marker, ordered, contentStart: k + 1 };
}
