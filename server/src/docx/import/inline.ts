import type { Segment } from './paragraphs.js';

/** Spaces a writer indents with: ASCII and full-width spaces, tabs, no-break spaces. */
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
/** Punctuation (CJK and ASCII) that CommonMark's flanking rules will not let an emphasis mark touch from inside. */
const PUNCT = /[\p{P}\p{S}\s\u3000]/u;

/** Turns a note reference into Markdown (`[^1]`); the writer numbers notes in reading order. */
export type NoteRef = (part: 'footnotes' | 'endnotes', id: string) => string;

/**
 * A paragraph's segments as Markdown inline text, lines joined by hard breaks (`\` at the end).
 * Emphasis is kept where the writer used it, unless `heading` (a heading is bold as a whole by its
 * style; its marks would be noise; and its text cannot start a list or quote, so needs no line-start escape).
 */
export function inlineMarkdown(segments: readonly Segment[], noteRef: NoteRef, heading: boolean): string {
  const runs = mergeRuns(segments);
  const risk = risks(runs, heading);
  const lines: string[] = [];
  let line = '';
  const flush = () => { lines.push(line); line = ''; };
  for (const run of runs) {
    if (run.kind === 'break') flush();
    else if (run.kind === 'note') line += noteRef(run.part, run.id);
    else line += emphasise(run.text, heading ? false : run.bold, heading ? false : run.italic, risk);
  }
  flush();
  const trimmed = lines.map((l) => l.replace(EDGE_SPACE, '')).filter((l) => l !== '');
  return (heading ? trimmed : trimmed.map(escapeLineStart)).join('\\\n');
}

/**
 * Which characters could pair up into Markdown syntax in this paragraph. A lone `*`, `_` run or
 * backtick stays literal text in CommonMark, so it is left as the writer typed it (a rule that
 * reads `____年__月` as a blank to fill in must still see it); two or more are escaped.
 */
export interface Risks { readonly star: boolean; readonly underscore: boolean; readonly backtick: boolean; readonly bracket: boolean }

function risks(runs: readonly Segment[], heading: boolean): Risks {
  let text = '';
  let emphasis = false;
  for (const r of runs) if (r.kind === 'text') { text += r.text; emphasis ||= !heading && (r.bold || r.italic); }
  const edgeUnderscores = [...text.matchAll(/_+/g)].filter((m) => edge(text[m.index - 1]) || edge(text[m.index + m[0].length])).length;
  return {
    star: emphasis || (text.match(/\*+/g)?.length ?? 0) >= 2,
    underscore: edgeUnderscores >= 2,
    backtick: (text.match(/`+/g)?.length ?? 0) >= 2,
    bracket: text.includes('['),
  };
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
function emphasise(text: string, bold: boolean, italic: boolean, risk: Risks): string {
  const escaped = (t: string) => escapeInline(t, risk);
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

const ALL_RISKS: Risks = { star: true, underscore: true, backtick: true, bracket: true };

/**
 * Escapes only what would start Markdown syntax here (see `Risks`): `*`, `_` runs at a word edge
 * (between letters they cannot emphasise) and backticks when they could pair; `[` before `^` (a
 * footnote) and `]` before `(`, `[` or `:` after a `[` (a link or definition); `<` before what
 * could be a tag or autolink; `&` before an entity name; a backslash before ASCII punctuation.
 */
export function escapeInline(text: string, risk: Risks = ALL_RISKS): string {
  let out = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
  if (risk.star) out = out.replace(/\*/g, '\\*');
  if (risk.backtick) out = out.replace(/`/g, '\\`');
  if (risk.underscore) out = out.replace(/_+/g, (run: string, at: number, whole: string) => (edge(whole[at - 1]) || edge(whole[at + run.length]) ? run.replace(/_/g, '\\_') : run));
  if (risk.bracket) out = out.replace(/\[(?=\^)/g, '\\[').replace(/\](?=[([:])/g, '\\]');
  return out.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
}

/** Start or end of text, whitespace or punctuation: where `_` may open or close emphasis. */
function edge(ch: string | undefined): boolean {
  return ch === undefined || PUNCT.test(ch);
}

/** What would make a line a heading, quote, list, rule or setext underline. */
export function escapeLineStart(line: string): string {
  // A heading, quote, bullet, fence, or a thematic break (`***`, `- - -`, `___`).
  if (/^(#{1,6}(\s|$)|>|[-+*](\s|$)|`{3,}|~{3,}|([-*_])(\s*\4){2,}\s*$)/.test(line)) return '\\' + line;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return ordered[1] + '\\' + line.slice(ordered[1]!.length);
  if (/^(=+|-+)\s*$/.test(line)) return '\\' + line;
  return line;
}
