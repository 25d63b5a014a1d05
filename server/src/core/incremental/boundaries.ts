/**
 * Safe chunk boundaries: line starts where Markdown parsing may restart from scratch and get
 * the same top-level blocks as a parse of the whole text. When in doubt a position is not a
 * boundary (chunks merge): merging is always correct, only slower.
 *
 * A boundary is: the first line after a blank line that starts with a character that cannot
 * continue anything before it (not indentation, `>`, a list marker, a digit or `<`); any blank
 * line after the first of a run that ends at such a line or at the end (after the run's last line
 * of whitespace reaching column 4, which may still belong to indented code); an ATX heading at column
 * 0, a fence or an HTML block of kinds 1–5 opening at column 0 (each interrupts whatever is open);
 * and the line after one that closed everything (an ATX heading, a `---`/`***`/`___` line, a
 * closing fence). Never inside front matter, fenced code or HTML blocks of kinds 1–5 (which end
 * at a marker, not at a blank line). Link reference definitions (`[x]: …`) act across the whole
 * document, so a text that may contain one (`]:`) gets no safe boundary.
 *
 * Chunk size is bounded whatever the text: after MAX_CHUNK units without a safe boundary, the
 * next line start is a forced one, or the one after when the next line is a setext underline
 * (a paragraph split there is joined again after parsing; a list or a quote becomes two
 * blocks), and a fenced code or HTML block longer than that is built without remark (its span
 * and comments are all the model keeps of it).
 */

/**
 * Chunks never grow past this many UTF-16 units without a cut: remark costs up to ~5 KB of
 * memory per unit on runs of list items or blank lines, and is quadratic on some (nested lists,
 * setext underlines), so a bounded chunk bounds both.
 */
export const MAX_CHUNK = 4096;

/** A fenced code or HTML block (kinds 1–5) longer than MAX_CHUNK: built without remark. */
export interface Verbatim {
  readonly kind: 'code' | 'html';
  /** The opening line's start (a boundary) and where the block's text ends. */
  readonly start: number;
  readonly blockEnd: number;
  /** The next boundary: the line after the closing line, or the text's end. */
  readonly end: number;
}

export interface Chunking {
  /** Every safe boundary, ascending, starting with 0. */
  readonly boundaries: number[];
  /**
   * Boundaries placed only to bound a chunk's size (MAX_CHUNK units without a safe one): the
   * parse always cuts there, then joins a paragraph the cut split. Not a place to resume an
   * incremental parse from.
   */
  readonly forced: number[];
  readonly verbatim: Verbatim[];
}

/** Offsets (into the text given) of every safe boundary, ascending; always starts with 0. */
export function findBoundaries(source: string): number[] {
  return findChunking(source).boundaries;
}

/** The safe boundaries, the forced ones and the long verbatim blocks of a text. */
export function findChunking(source: string): Chunking {
  const out = [0];
  const forced: number[] = [];
  const verbatim: Verbatim[] = [];
  // Link reference definitions act across the whole text: only forced cuts then.
  let exact = !source.includes(']:');
  const n = source.length;
  let fence: { char: number; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let regionStart = 0;
  let prevBlank = false;
  // Blank lines (after the first) of the current run: boundaries if the run ends where a block may start fresh.
  let pending: number[] = [];
  // The previous line closed every open block (an ATX heading, a thematic break, a closing fence).
  let closed = false;
  // Inside a line group that opened with `<`: maybe an HTML block that ends at a blank line.
  let inHtmlParagraph = false;
  // Front matter: only its closing fence ends it (the same fences remark-frontmatter accepts).
  let i = frontMatterEnd(source) ?? 0;
  const push = (at: number) => {
    if (at > out[out.length - 1]!) out.push(at);
  };
  while (i < n) {
    let eol = i;
    while (eol < n) {
      const c = source.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next = eol < n && source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const blank = isBlank(source, i, eol);
    const wasClosed: boolean = closed;
    closed = false;
    if (fence || htmlEnd) {
      const ends = fence ? closesFence(source, i, eol, fence) : htmlEnd!.test(source.slice(i, eol));
      if (ends) {
        if (next - regionStart > MAX_CHUNK) {
          verbatim.push({ kind: fence ? 'code' : 'html', start: regionStart, blockEnd: eol, end: Math.min(next, n) });
          if (next < n) push(next);
        }
        fence = undefined;
        htmlEnd = undefined;
        closed = exact;
      }
    } else if (blank) {
      inHtmlParagraph = false;
      // Whitespace reaching column 4 may extend an indented code block over the blank lines before it.
      if (indentation(source, i, eol).columns >= 4) pending = [];
      else if (exact && (prevBlank || wasClosed) && i > 0) pending.push(i);
      closed = wasClosed; // a blank line opens nothing
    } else {
      const indent = indentation(source, i, eol);
      const c = source.charCodeAt(i);
      const heading = exact && !inHtmlParagraph && isAtxHeading(source, i, eol);
      // remark drops a BOM that opens its input: a chunk may not start with one.
      if (exact && i > 0 && c !== 0xfeff && ((prevBlank && startsFresh(c)) || wasClosed || heading)) {
        for (const p of pending) push(p);
        push(i);
      }
      pending = [];
      if (indent.columns < 4) {
        const opened = opensFence(source, indent.end, eol) ?? opensHtml(source, indent.end, eol);
        // An opener that is indented or sits in an HTML block may belong to a container we do
        // not track: stop placing safe boundaries rather than guess (forced ones go on).
        if (opened && (indent.columns > 0 || inHtmlParagraph)) exact = false;
        else if (opened !== undefined && exact) {
          // A fence or an HTML block of kinds 1–5 at column 0 interrupts whatever is open.
          if (i > 0) push(i);
          regionStart = i;
          if (opened instanceof RegExp) htmlEnd = opened;
          else if (opened) fence = opened;
          else closed = exact; // an HTML block opened and closed on one line
        } else if (c === 60) inHtmlParagraph = true;
      }
      if (heading || (exact && i > 0 && !inHtmlParagraph && isThematicBreak(source, i, eol))) closed = true;
    }
    prevBlank = blank && !fence && !htmlEnd;
    // Not just before a setext underline (one line later instead): it would turn the paragraph into a heading.
    if (!fence && !htmlEnd && next < n && next - out[out.length - 1]! > MAX_CHUNK && source.charCodeAt(next) !== 0xfeff
      && (blank || isUnderline(source, i, eol) || !isUnderline(source, next, lineEnd(source, next)))) {
      // No safe boundary for too long: cut at the next line anyway.
      push(next);
      forced.push(next);
    }
    i = next;
  }
  if (fence || htmlEnd) {
    if (n - regionStart > MAX_CHUNK) verbatim.push({ kind: fence ? 'code' : 'html', start: regionStart, blockEnd: n, end: n });
  } else for (const p of pending) push(p);
  return { boundaries: out, forced, verbatim };
}

/**
 * Where closed front matter ends (after its closing fence's line break), or undefined when the
 * text has none: the same fences remark-frontmatter accepts.
 */
export function frontMatterEnd(source: string): number | undefined {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(source);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m.exec(source.slice(open[0].length));
  return close ? lineAfter(source, open[0].length + close.index) : undefined;
}

function lineAfter(source: string, from: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = from;
  const found = m.exec(source);
  return found ? found.index + found[0].length : source.length;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// Characters that cannot start a line that continues an open block after a blank line.
function startsFresh(c: number): boolean {
  if (c === 32 || c === 9 || c === 62 /* > */ || c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */ || c === 60 /* < */ || c === 91 /* [ */) return false;
  if (c >= 48 && c <= 57) return false;
  return c !== 0xfeff;
}

/** A setext underline: up to three spaces, then only `=` or only `-`, then spaces or tabs. */
function isUnderline(s: string, from: number, to: number): boolean {
  const indent = indentation(s, from, to);
  const c = s.charCodeAt(indent.end);
  if (indent.columns > 3 || (c !== 61 && c !== 45)) return false;
  let k = indent.end;
  while (k < to && s.charCodeAt(k) === c) k++;
  return isBlank(s, k, to);
}

function lineEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 13) k++;
  return k;
}

/** `#` to `######` at column 0, then a space, a tab or the line's end. */
function isAtxHeading(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < 7 && s.charCodeAt(k) === 35) k++;
  const hashes = k - from;
  if (hashes === 0 || hashes > 6) return false;
  return k === to || s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9;
}

/** Three or more `-`, `*` or `_` (spaces between allowed) at column 0: a thematic break or a setext underline, either way the end of what is open. */
function isThematicBreak(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let count = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k);
    if (d === c) count++;
    else if (d !== 32 && d !== 9) return false;
  }
  return count >= 3;
}

function indentation(s: string, from: number, to: number): { columns: number; end: number } {
  let columns = 0;
  let k = from;
  for (; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, end: k };
}

function opensFence(s: string, from: number, to: number): { char: number; length: number } | undefined {
  const c = s.charCodeAt(from);
  if (c !== 96 && c !== 126) return undefined;
  let k = from;
  while (k < to && s.charCodeAt(k) === c) k++;
  const length = k - from;
  if (length < 3) return undefined;
  // A backtick fence's info string may not contain a backtick (then it is inline code).
  if (c === 96 && s.slice(k, to).includes('`')) return undefined;
  return { char: c, length };
}

function closesFence(s: string, from: number, to: number, fence: { char: number; length: number }): boolean {
  const indent = indentation(s, from, to);
  if (indent.columns >= 4) return false;
  let k = indent.end;
  while (k < to && s.charCodeAt(k) === fence.char) k++;
  return k - indent.end >= fence.length && isBlank(s, k, to);
}

const HTML_OPENERS: readonly [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/],
];

/** HTML blocks of kinds 1–5 run until their end marker, across blank lines. */
function opensHtml(s: string, from: number, to: number): RegExp | null | undefined {
  if (s.charCodeAt(from) !== 60) return undefined;
  const line = s.slice(from, to);
  for (const [open, end] of HTML_OPENERS) {
    const m = open.exec(line);
    if (!m) continue;
    // The end marker may sit on the opening line itself, after the opener; `null` = opened and closed.
    return end.test(line.slice(m[0].length)) ? null : end;
  }
  return undefined;
}
