import { localize, localizeAll } from '../i18n.js';
import type { Span } from '../model.js';
import type { Rule, TextEdit } from './rule.js';

/** Han characters or four words in a row: language, not a command (`npm run build`) or symbols. */
/** A fence, a comment marker or a line ending in `;`, `{` or `}`: code someone meant to indent. */
const CODE = /^[ \t]*(?:```|~~~|\/\/|#!|<\?)|[;{}][ \t]*$/m;
const PROSE = /\p{Script=Han}|[A-Za-z]+(?:[ \t]+[A-Za-z'’,]+){3}/u;

export const indentedParagraph: Rule = {
  id: 'indented-paragraph',
  description: {
    en: 'No paragraph indented by four spaces or a tab (Markdown makes it code, which goes unchecked).',
    'zh-CN': '没有缩进四个空格或制表符的段落（Markdown 会把它当作代码，不受检查）。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    indented: {
      en: 'This paragraph is indented by four spaces or a tab, so Markdown reads it as code and Podium does not check it.',
      'zh-CN': '本段行首缩进了四个空格或制表符，Markdown 会把它当作代码，Podium 不检查其中内容；首行缩进请用两个全角空格（　　）。',
    },
    unindent: { en: 'Remove the indentation', 'zh-CN': '删除行首缩进' },
  },
  check({ model, lang }, report) {
    const { text } = model;
    for (const block of model.blocks) {
      // Fenced code starts within three columns; only indented code starts at four or more.
      if (block.kind !== 'code' || indentColumns(text, block.start) < 4) continue;
      // An indented code block runs on across blank lines: each paragraph in it is reported alone.
      for (const paragraph of paragraphsIn(text, block)) {
        const first = paragraph[0]!;
        const source = text.slice(first.start, paragraph[paragraph.length - 1]!.end);
        if (!PROSE.test(source) || CODE.test(source)) continue;
        const edits = paragraph.flatMap((line, i) => unindent(text, line, i === 0));
        report({
          message: localize(this.messages.indented!, lang),
          start: contentStart(text, first), end: first.end,
          fixes: [{ title: localizeAll(this.messages.unindent!), edits }],
        });
      }
    }
  },
};

/**
 * Unindented, a line may turn into Markdown: a heading (`# `), a list item (`- `, `1. `), a
 * quote (`>`), a thematic break or a setext underline (`---`, `===` under the line above).
 * Those lines keep their text: a backslash before the marker.
 */
const BLOCK_MARKER = /^(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t]|$)|>|(?:[-*_][ \t]*){3,}$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const ORDERED = /^(\d{1,9})[.)](?=[ \t]|$)/;

function unindent(text: string, line: Span, first: boolean): TextEdit[] {
  const start = contentStart(text, line);
  const edits: TextEdit[] = [{ start: line.start, end: start, newText: '' }];
  const content = text.slice(start, line.end);
  const ordered = ORDERED.exec(content);
  if (ordered) edits.push({ start: start + ordered[1]!.length, end: start + ordered[1]!.length, newText: '\\' });
  else if (BLOCK_MARKER.test(content) || (!first && SETEXT.test(content))) edits.push({ start, end: start, newText: '\\' });
  return edits;
}

/** Columns of leading spaces and tabs (a tab runs to the next multiple of four). */
function indentColumns(text: string, at: number): number {
  let columns = 0;
  for (let i = at; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else return columns;
  }
}

function contentStart(text: string, line: Span): number {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** The block's lines (without line breaks), grouped into runs of non-blank lines. */
function paragraphsIn(text: string, block: Span): Span[][] {
  const out: Span[][] = [];
  let current: Span[] = [];
  for (let start = block.start; start < block.end;) {
    let end = start;
    while (end < block.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = { start, end };
    if (contentStart(text, line) === end) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  if (current.length) out.push(current);
  return out;
}
