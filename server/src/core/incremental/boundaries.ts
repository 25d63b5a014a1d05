/**
 * Safe chunk boundaries: line starts where Markdown parsing may restart from scratch and get
 * the same top-level blocks as a parse of the whole text. When in doubt a position is not a
 * boundary (chunks merge): merging is always correct, only slower.
 *
 * A boundary is the first line after a blank line that starts with a character that cannot
 * continue anything before it (not indentation, `>`, a list marker, a digit or `<`), outside
 * front matter, fenced code and HTML blocks of kinds 1–5 (which end at a marker, not at a blank
 * line). Link reference definitions (`[x]: …`) act across the whole document, so a text that
 * may contain one (`]:`) is never split.
 */

/** Offsets (into the text given) of every safe boundary, ascending; always starts with 0. */
export function findBoundaries(source: string): number[] {
  const out = [0];
  if (source.includes(']:')) return out;
  const n = source.length;
  let fence: { char: number; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let prevBlank = false;
  // Inside a line group that opened with `<`: maybe an HTML block that ends at a blank line.
  let inHtmlParagraph = false;
  let i = 0;
  // Front matter: only its closing fence ends it (the same fences remark-frontmatter accepts).
  i = frontMatterEnd(source) ?? 0;
  while (i < n) {
    let eol = i;
    while (eol < n) {
      const c = source.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next = eol < n && source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const blank = isBlank(source, i, eol);
    if (fence) {
      if (closesFence(source, i, eol, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(source.slice(i, eol))) htmlEnd = undefined;
    } else if (blank) {
      inHtmlParagraph = false;
    } else {
      if (prevBlank && i > 0 && startsFresh(source.charCodeAt(i))) out.push(i);
      const indent = indentation(source, i, eol);
      if (indent.columns < 4) {
        const opened = opensFence(source, indent.end, eol) ?? opensHtml(source, indent.end, eol);
        // An opener that is indented or sits in an HTML block may belong to a container we do
        // not track: give up splitting the rest of the text rather than guess.
        if (opened && (indent.columns > 0 || inHtmlParagraph)) return out;
        if (opened instanceof RegExp) htmlEnd = opened;
        else if (opened) fence = opened;
        else if (source.charCodeAt(indent.end) === 60) inHtmlParagraph = true;
      }
    }
    prevBlank = blank && !fence && !htmlEnd;
    i = next;
  }
  return out;
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
