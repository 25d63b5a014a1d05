/**
 * The text a reader sees in one Markdown block, as runs with bold and italic, read from the
 * block's prose spans (the model's text nodes) and the markup between them. Nothing is parsed
 * twice: the spans come from the analysis; only the markup in the gaps is read here.
 */
import type { Block } from '../../core/index.js';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** One paragraph's runs; a block such as a list or a table yields several. */
export type RunLine = Run[];

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', hellip: '…', mdash: '—', ldquo: '“', rdquo: '”' };

/** Decodes backslash escapes and character references, as Markdown renders them. */
function decode(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF) ? String.fromCodePoint(code) : '\uFFFD';
    });
}

/**
 * A soft line break joins Chinese text directly (a line break inside a Chinese paragraph is not a
 * space) and Latin text with one space. Blockquote markers of continuation lines go with it.
 */
function joinLines(text: string, quoted: boolean): string {
  const pattern = quoted ? /[ \t]*\r?\n(?:[ \t]*>)*[ \t]*/g : /[ \t]*\r?\n[ \t]*/g;
  return text.replace(pattern, (_m, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _m.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

/** Splits a block into paragraphs of runs. Headings lose a trailing `{#id}`. */
export function blockRuns(block: Block, text: string): RunLine[] {
  const lines: RunLine[] = [[]];
  const state = { bold: false, italic: false };
  const quoted = block.kind === 'blockquote';
  const end = block.anchor ? block.anchor.start : block.end;
  const push = (value: string) => {
    if (!value) return;
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && !!last.bold === state.bold && !!last.italic === state.italic) {
      line[line.length - 1] = { ...last, text: last.text + value };
    } else {
      const run: { text: string; bold?: boolean; italic?: boolean } = { text: value };
      if (state.bold) run.bold = true;
      if (state.italic) run.italic = true;
      line.push(run);
    }
  };
  const newLine = () => {
    if (lines[lines.length - 1]!.length) lines.push([]);
  };
  let at = block.start;
  for (const span of block.texts) {
    if (span.start >= end) break;
    markup(text.slice(at, span.start), block.kind, state, push, newLine, at === block.start);
    push(decode(joinLines(text.slice(span.start, Math.min(span.end, end)), quoted)));
    at = span.end;
  }
  const result = lines.filter((l) => l.length).map(trimLine);
  return result.filter((l) => l.length);
}

/** Whitespace at either end of a paragraph is not the writer's text. */
function trimLine(line: RunLine): RunLine {
  const out = line.slice();
  if (out.length) out[0] = { ...out[0]!, text: out[0]!.text.replace(/^\s+/, '') };
  if (out.length) out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text.replace(/\s+$/, '') };
  return out.filter((r) => r.text.length);
}

type State = { bold: boolean; italic: boolean };

/**
 * Reads the markup between two prose spans: emphasis toggles, inline code (kept as text), link
 * syntax and HTML (dropped), hard breaks and, in lists, tables and quotes, paragraph boundaries.
 */
function markup(gap: string, kind: Block['kind'], state: State, push: (s: string) => void, newLine: () => void, first: boolean): void {
  let i = 0;
  let lineStart = first;
  while (i < gap.length) {
    const ch = gap[i]!;
    if (ch === '\n') {
      // A blank line, a new list item or a table row starts another paragraph.
      // In a paragraph only a hard break (a backslash or two spaces before the line end) does.
      if (kind !== 'paragraph' && kind !== 'heading') newLine();
      else if (/(?:\\| {2,})\r?$/.test(gap.slice(0, i))) newLine();
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart && kind === 'list') {
      const item = /^[ \t>]*(?:([-*+])|(\d{1,9})([.)]))[ \t]+/.exec(gap.slice(i));
      if (item) {
        newLine();
        // An ordered item's number is the writer's text; a bullet is not.
        if (item[2]) push(`${item[2]}${item[3]}`);
        i += item[0].length;
        lineStart = false;
        continue;
      }
    }
    if (ch === '`') {
      const fence = /^`+/.exec(gap.slice(i))![0];
      const close = gap.indexOf(fence, i + fence.length);
      if (close > 0) {
        push(gap.slice(i + fence.length, close).replace(/^ (.*) $/s, '$1'));
        i = close + fence.length;
        continue;
      }
    }
    if (ch === '<') {
      const close = gap.indexOf('>', i);
      if (close > 0) { i = close + 1; continue; }
    }
    if (ch === ']' && gap[i + 1] === '(') {
      const close = gap.indexOf(')', i);
      if (close > 0) { i = close + 1; continue; }
    }
    if (ch === '*' || ch === '_') {
      const marks = /^[*_]+/.exec(gap.slice(i))![0];
      if (marks.length >= 2) state.bold = !state.bold;
      if (marks.length % 2 === 1) state.italic = !state.italic;
      i += marks.length;
      continue;
    }
    if (ch === '|' && kind === 'table') push('\t');
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') lineStart = false;
    i++;
  }
}
