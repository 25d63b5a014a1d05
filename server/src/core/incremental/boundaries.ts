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
 * (a paragraph or indented code split there is joined again after parsing, a paragraph with a
 * setext underline after the cut into one heading; a list or a quote
 * becomes two blocks; cutKeepsCode says where indented lines allow a cut), and a fenced code
 * or HTML block longer than that is built without remark (its span and comments are all the
 * model keeps of it).
 *
 * A forced cut never falls inside a fence or an HTML block of kinds 1–5, with safe boundaries
 * or without: its closing line would open a block that swallows the next chunk. Those opened at
 * column 0, or indented where no list item or quote can be open, are top-level for sure and
 * tracked as such; one opened indented after a list item or quote, behind `>` or a list marker,
 * or in a line group that opened with `<` may sit in a container: no forced cut until
 * both readings agree it ended (or MAX_UNCERTAIN units have passed, to keep chunks bounded).
 * Nor inside an HTML block that ends at a blank line (kinds 6–7) opened at column 0 for sure: a
 * long one is built without remark too.
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
  /** The opening line's start (a boundary), where the block starts (after a fence's indentation) and where its text ends. */
  readonly start: number;
  readonly blockStart: number;
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
  // A fence or an HTML block (kinds 1–5) known to be top-level: tracked whatever `exact` is.
  let fence: { char: number; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let regionStart = 0;
  let regionBlockStart = 0;
  // No list item or quote can be open: an indented fence or HTML opener here is top-level.
  let noContainer = true;
  // A fence or an HTML block that may sit in a container (or not be one): no forced cut inside.
  let maybe: Uncertain | undefined;
  // The start of an HTML block that ends at a blank line (kinds 6–7), opened at column 0 for sure.
  let htmlUntilBlank: number | undefined;
  // Where the previous line's text ends (before its line break).
  let prevEol = 0;
  let prevBlank = false;
  // The line is indented code (or a blank line after some): it started after a blank line, a
  // block that closed everything or the text's start, not as a paragraph's continuation.
  let inCode = false;
  // Blank lines (after the first) of the current run: boundaries if the run ends where a block may start fresh.
  let pending: number[] = [];
  // The previous line closed every open block (an ATX heading, a thematic break, a closing fence).
  let closed = false;
  // Inside a line group that opened with `<`: maybe an HTML block that ends at a blank line.
  let inHtmlParagraph = false;
  // Front matter: only its closing fence ends it (the same fences remark-frontmatter accepts).
  let i = frontMatterEnd(source) ?? 0;
  const textStart = i;
  const push = (at: number) => {
    if (at > out[out.length - 1]!) out.push(at);
  };
  // A cut that is not a safe boundary (no incremental parse resumes there).
  const pushForced = (at: number) => {
    if (at <= out[out.length - 1]!) return;
    out.push(at);
    forced.push(at);
  };
  // Closed front matter ends everything: the text after it starts afresh, and is then parsed
  // apart from it (plain prose, or a line remark cannot take, is no longer tied to the front matter).
  if (exact && textStart > 0 && textStart < n && source.charCodeAt(textStart) !== 0xfeff) push(textStart);
  const endRegion = (blockEnd: number, end: number) => {
    if (end - regionStart <= MAX_CHUNK) return;
    verbatim.push({ kind: fence ? 'code' : 'html', start: regionStart, blockStart: regionBlockStart, blockEnd, end });
    // With safe boundaries on, the opening line already is one; without, both ends are cuts.
    if (!exact) pushForced(regionStart);
    if (end < n) (exact ? push : pushForced)(end);
  };
  // An HTML block of kinds 6–7 longer than MAX_CHUNK: built without remark, cut around.
  const endHtmlUntilBlank = (blockEnd: number, end: number) => {
    const start = htmlUntilBlank!;
    htmlUntilBlank = undefined;
    if (end - start <= MAX_CHUNK) return;
    verbatim.push({ kind: 'html', start, blockStart: start, blockEnd, end });
    pushForced(start);
    if (end < n) pushForced(end);
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
        endRegion(eol, Math.min(next, n));
        fence = undefined;
        htmlEnd = undefined;
        closed = exact;
        noContainer = true; // its opener closed every container
      }
    } else {
      // Past the limit an uncertain region is given up: chunk size stays bounded.
      if (maybe && i - maybe.start > MAX_UNCERTAIN) maybe = undefined;
      const inMaybe = maybe ? stepUncertain(maybe, source, i, eol, blank) : 'ended';
      if (inMaybe !== 'open') maybe = undefined;
      if (blank) {
        if (htmlUntilBlank !== undefined) endHtmlUntilBlank(prevEol, i);
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
        // Not a line of an uncertain region, nor of an HTML block (where openers are text).
        const free = inMaybe === 'ended' && htmlUntilBlank === undefined;
        if (free) {
          // Containers end at a column-0 line after a blank line, a heading or a thematic break; list markers and `>` may open one.
          const breaks = indent.columns === 0 && isThematicBreak(source, i, eol);
          if (indent.columns === 0 && ((prevBlank && startsFresh(c)) || isAtxHeading(source, i, eol) || breaks)) noContainer = true;
          else if (!breaks && startsContainer(source, indent, eol)) noContainer = false;
        }
        if (indent.columns < 4) {
          const opened = opensFence(source, indent.end, eol) ?? opensHtml(source, indent.end, eol);
          // An opener that is indented or sits in an HTML block may belong to a container we do
          // not track: stop placing safe boundaries rather than guess, and place no forced cut
          // until it surely ended.
          const sure = indent.columns === 0 ? !inHtmlParagraph : noContainer && !inHtmlParagraph;
          if (opened && (indent.columns > 0 || inHtmlParagraph)) exact = false;
          if (opened && free && !sure) {
            maybe = uncertain(opened, i, indent.columns, true, inHtmlParagraph);
            noContainer = false;
          } else if (opened !== undefined && free) {
            // A fence or an HTML block of kinds 1–5 at column 0 (or indented where no container
            // can be open) interrupts whatever is open.
            if (i > 0 && exact) push(i);
            regionStart = i;
            regionBlockStart = opened instanceof RegExp || !opened ? i : indent.end;
            if (opened instanceof RegExp) htmlEnd = opened;
            else if (opened) fence = opened;
            else closed = exact; // an HTML block opened and closed on one line
          } else if (c === 60) {
            // Kind 6 interrupts a paragraph, kind 7 only starts after a blank line or a closed block.
            if (free && indent.columns === 0 && opened === undefined && opensHtmlUntilBlank(source, i, eol, prevBlank || wasClosed || i === textStart)) {
              htmlUntilBlank = i;
              noContainer = true;
            }
            inHtmlParagraph = true;
          }
        }
        // A fence or HTML opener behind container marks (`- ```, `> <!--`) or indented code.
        if (free && !maybe && !fence && !htmlEnd) {
          const inner = containedOpener(source, i, eol);
          if (inner) {
            maybe = uncertain(inner, i, 4, false, false);
            noContainer = false;
          }
        }
        if (heading || (exact && i > 0 && !inHtmlParagraph && isThematicBreak(source, i, eol))) closed = true;
      }
    }
    if (!blank) prevEol = eol;
    if (!blank) inCode = !fence && !htmlEnd && !maybe && indentation(source, i, eol).columns >= 4 && (inCode || prevBlank || wasClosed || i === textStart);
    prevBlank = blank && !fence && !htmlEnd && !maybe;
    // Not just before a setext underline (one line later instead): it would turn the paragraph into a heading.
    if (!fence && !htmlEnd && !maybe && htmlUntilBlank === undefined && next < n && next - out[out.length - 1]! > MAX_CHUNK && source.charCodeAt(next) !== 0xfeff
      && (blank || isUnderline(source, i, eol) || !isUnderline(source, next, lineEnd(source, next)))
      && (next - out[out.length - 1]! > 2 * MAX_CHUNK || cutKeepsCode(source, next, inCode, blank))) {
      // No safe boundary for too long: cut at the next line anyway.
      pushForced(next);
    }
    i = next;
  }
  if (htmlUntilBlank !== undefined) endHtmlUntilBlank(prevEol, n);
  if (fence || htmlEnd) endRegion(n, n);
  else if (!maybe) for (const p of pending) push(p);
  return { boundaries: out, forced, verbatim };
}

/**
 * Whether a forced cut before the line at `next` leaves indented code as remark parses the whole
 * text (the parse joins code split by a cut again): in code, only before a line that is not
 * blank (blank lines after code belong to it up to the last one reaching column 4); out of
 * code, not before an indented line that goes on a paragraph (it would open code). Past twice
 * MAX_CHUNK the cut happens anyway, to keep chunks bounded.
 */
function cutKeepsCode(s: string, next: number, inCode: boolean, blank: boolean): boolean {
  const end = lineEnd(s, next);
  if (inCode) return !isBlank(s, next, end);
  return blank || isBlank(s, next, end) || indentation(s, next, end).columns < 4;
}

/**
 * An uncertain region lasts at most this long: then forced cuts resume (a fence in a list item
 * longer than this may be split), so remark never sees a chunk much longer than this.
 */
export const MAX_UNCERTAIN = 4 * MAX_CHUNK;

/**
 * A fence or an HTML block (kinds 1–5) whose opener is indented, behind container marks or in
 * a line group that opened with `<`: either a top-level block or one inside a list item, a
 * quote or an HTML block. It ends for sure only where both readings agree it has ended.
 */
interface Uncertain {
  readonly start: number;
  readonly fence?: { char: number; length: number };
  readonly htmlEnd?: RegExp;
  /** The opener's indentation (4 stands for "behind container marks"). */
  readonly indent: number;
  /** It may be a top-level block (an opener indented 1–3 columns, or in a `<` line group). */
  readonly topLevel: boolean;
  /** The other reading: a block inside an HTML block that ends at a blank line. */
  readonly inHtml: boolean;
  /** The two readings may have parted: only the limit ends it now. */
  diverged: boolean;
}

function uncertain(opened: { char: number; length: number } | RegExp | null, start: number, indent: number, topLevel: boolean, inHtml: boolean): Uncertain | undefined {
  if (!opened) return undefined; // an HTML block opened and closed on one line
  return opened instanceof RegExp ? { start, htmlEnd: opened, indent, topLevel, inHtml, diverged: false }
    : { start, fence: opened, indent, topLevel, inHtml, diverged: false };
}

/**
 * One more line of an uncertain region: 'open' (still, or maybe, inside), or 'ended' (the line
 * is past it: a container closed before it); a line that closes it also reports 'open'-like
 * membership through 'closes'.
 */
function stepUncertain(u: Uncertain, s: string, from: number, to: number, blank: boolean): 'open' | 'closes' | 'ended' {
  if (blank) {
    if (u.inHtml) u.diverged = true; // the HTML block ends here, the fence would go on
    return 'open';
  }
  const indent = indentation(s, from, to);
  if (!u.topLevel) {
    // Only inside a container: a line at column 0 not continuing a quote closes it.
    const c = s.charCodeAt(from);
    if (indent.columns === 0 && c !== 62) return 'ended';
    const k = skipQuoteMarks(s, from, to);
    return closesRegion(u, s, k, to) ? 'closes' : 'open';
  }
  // A line indented less than the opener may close the container that held it.
  if (indent.columns < u.indent) u.diverged = true;
  if (indent.columns < 4 && closesRegion(u, s, indent.end, to)) return u.diverged ? 'open' : 'closes';
  return 'open';
}

function closesRegion(u: Uncertain, s: string, from: number, to: number): boolean {
  if (u.htmlEnd) return u.htmlEnd.test(s.slice(from, to));
  let k = from;
  while (k < to && s.charCodeAt(k) === u.fence!.char) k++;
  return k - from >= u.fence!.length && isBlank(s, k, to);
}

/** After spaces, tabs and `>` marks. */
function skipQuoteMarks(s: string, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 62) break;
    k++;
  }
  return k;
}

/** A `>` or a list marker after up to three columns of indentation: a quote or list item may open here. */
function startsContainer(s: string, indent: { columns: number; end: number }, to: number): boolean {
  if (indent.columns >= 4) return false;
  const k = indent.end;
  const c = s.charCodeAt(k);
  const spaceAfter = (at: number) => at === to || s.charCodeAt(at) === 32 || s.charCodeAt(at) === 9;
  if (c === 62) return true;
  if (c === 45 || c === 43 || c === 42) return spaceAfter(k + 1);
  let d = k;
  while (d < to && d - k < 9 && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
  return d > k && (s.charCodeAt(d) === 46 || s.charCodeAt(d) === 41) && spaceAfter(d + 1);
}

/**
 * A fence or HTML opener (kinds 1–5) behind container marks (`>`, `-`, `+`, `*`, `1.`, `1)`) or
 * indented four columns or more: inside a quote or a list item.
 */
function containedOpener(s: string, from: number, to: number): { char: number; length: number } | RegExp | null | undefined {
  let k = from;
  let marks = false;
  for (;;) {
    while (k < to && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
    const c = s.charCodeAt(k);
    if (c === 62) {
      marks = true;
      k++;
      continue;
    }
    if ((c === 45 || c === 43 || c === 42) && (k + 1 === to || s.charCodeAt(k + 1) === 32 || s.charCodeAt(k + 1) === 9)) {
      marks = true;
      k++;
      continue;
    }
    let d = k;
    while (d < to && d - k < 9 && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
    const e = s.charCodeAt(d);
    if (d > k && (e === 46 || e === 41) && (d + 1 === to || s.charCodeAt(d + 1) === 32 || s.charCodeAt(d + 1) === 9)) {
      marks = true;
      k = d + 1;
      continue;
    }
    break;
  }
  if (!marks && indentation(s, from, to).columns < 4) return undefined;
  return opensFence(s, k, to) ?? opensHtml(s, k, to);
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

// Kind 6 (CommonMark): block-level tag names, whose HTML block may interrupt a paragraph.
const BLOCK_TAGS = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details '
  + 'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html '
  + 'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody '
  + 'td tfoot th thead title tr track ul').split(' '));
const KIND_6 = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/;
// Kind 7: one complete open or closing tag (CommonMark's grammar), then only spaces or tabs.
const KIND_7 = /^(?:<([A-Za-z][A-Za-z0-9-]*)(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*$/;

/**
 * An HTML block that ends at a blank line opens on this line (at column 0): kind 6 always,
 * kind 7 only where it may start (`fresh`: not in a paragraph). Kinds 1–5 are checked first.
 */
function opensHtmlUntilBlank(s: string, from: number, to: number, fresh: boolean): boolean {
  const line = s.slice(from, to);
  const six = KIND_6.exec(line);
  if (six && BLOCK_TAGS.has(six[1]!.toLowerCase())) return true;
  if (!fresh) return false;
  const seven = KIND_7.exec(line);
  return seven !== null && !/^(?:script|pre|style|textarea)$/i.test(seven[1] ?? seven[2]!);
}

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
