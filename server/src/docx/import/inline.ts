import type { Segment } from './paragraphs.js';

/** Spaces a writer indents with: ASCII and full-width spaces, tabs, no-break spaces. */
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
/** Punctuation (CJK and ASCII) that CommonMark's flanking rules will not let an emphasis mark touch from inside. */
const PUNCT = /[\p{P}\p{S}\s\u3000]/u;

/** Turns a note reference into Markdown (`[^1]`); the writer numbers notes in reading order. */
export type NoteRef = (part: 'footnotes' | 'endnotes', id: string) => string;

/**
 * A paragraph's segments as Markdown inline text, lines joined by hard breaks (`\` at the end).
 * Emphasis is kept where the writer used it, unless `plain` (a heading is bold as a whole by its
 * style; its marks would be noise).
 */
export function inlineMarkdown(segments: readonly Segment[], noteRef: NoteRef, plain: boolean): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => { lines.push(line); line = ''; };
  for (const run of mergeRuns(segments)) {
    if (run.kind === 'break') flush();
    else if (run.kind === 'note') line += noteRef(run.part, run.id);
    else line += emphasise(run.text, plain ? false : run.bold, plain ? false : run.italic);
  }
  flush();
  return lines.map((l) => escapeLineStart(l.replace(EDGE_SPACE, ''))).filter((l) => l !== '').join('\\\n');
}

/** Plain text of the segments (for recognising headings and the title block). */
export function plainText(segments: readonly Segment[]): string {
  let text = '';
  for (const s of segments) if (s.kind === 'text') text += s.text; else if (s.kind === 'break') text += '\n';
  return text.replace(EDGE_SPACE, '');
}

type Run = Segment;

function mergeRuns(segments: readonly Segment[]): Run[] {
  const out: Run[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (s.kind === 'text' && last?.kind === 'text' && last.bold === s.bold && last.italic === s.italic) {
      out[out.length - 1] = { ...last, text: last.text + s.text };
    } else out.push(s);
  }
  return out;
}

/**
 * Wraps text in `**`/`*`, moving punctuation and spaces at its edges outside the marks:
 * `**一是加强领导。**要` would not parse as bold (a closing mark after punctuation and before a
 * letter is not right-flanking), `**一是加强领导**。要` does, and the text is the same.
 */
function emphasise(text: string, bold: boolean, italic: boolean): string {
  const escaped = escapeInline;
  if (!bold && !italic) return escaped(text);
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && PUNCT.test(chars[start]!)) start++;
  while (end > start && PUNCT.test(chars[end - 1]!)) end--;
  if (start === end) return escaped(text);
  const mark = bold && italic ? '***' : bold ? '**' : '*';
  return escaped(chars.slice(0, start).join('')) + mark + escaped(chars.slice(start, end).join('')) + mark + escaped(chars.slice(end).join(''));
}

/** Characters that would start Markdown syntax inside a line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** What would make a line a heading, quote, list, rule or setext underline. */
export function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|>|[-+](\s|$)|~~~)/.test(line)) return '\\' + line;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return ordered[1] + '\\' + line.slice(ordered[1]!.length);
  if (/^(=+|-+)\s*$/.test(line)) return '\\' + line;
  return line;
}
