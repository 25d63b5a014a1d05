// Speeches of one or two paragraphs strung from the pieces enumerators are made of (numerals, 是/要,
// pauses, brackets, 第/其, sequence words, Markdown marks), seeded, through the grammar and the
// checker: they colour and number the same, but for closing words with no series (a line cannot
// tell, see enumeratorCases.ts). The hand-written cases say what is meant; this finds what they miss.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { CLOSING_WORDS } from './enumeratorCases';
import { loadSpeechGrammar, tokenize } from './harness';

const PIECES = ['一', '二', '三', '十', '十一', '一百零一', '〇', '是', '要', '、', '，', '。', '；', '：', ':', ',', '.', '．', '（', '）',
  '(', ')', ' ', '第', '其', '项', '进行', '首先', '其次', '再次', '最后', '一方面', '另一方面', '1', '2', '12', '①', '②', '加强', '工作',
  '统', '“', '】', '**', '_', 'First', 'Secondly', 'finally', 'Lastly', ' of all', 'We grew', '!', '?', 'IV', 'X', 'A', '否', '素', '目', '　'];
const PREFIXES = ['', '', '', '## ', '### ', '> ', '- ', '   ', '**'];
const RUNS = 1500;

/** mulberry32: the same speeches on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function speeches(count: number): string[] {
  const next = random(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const line = () => pick(PREFIXES) + Array.from({ length: 2 + Math.floor(next() * 7) }, () => pick(PIECES)).join('');
  const out: string[] = [];
  while (out.length < count) {
    const text = next() < 0.5 ? line() : line() + pick(['\n', '\n\n']) + line();
    // Left out: blank lines, rules (`**` alone is text, `***` a rule), code (four spaces), and a heading
    // opening on an emphasis mark: the checker reads a heading from its first text, past `**` only
    // when it closes, which a line-by-line grammar cannot tell.
    if (text.split('\n').some((l) => /^\s*$/.test(l) && l !== '' || /^ {0,3}(?:[-*_] *){3,}$/.test(l) || /^ {4}/.test(l) || /^#{1,6} +[*_~]/.test(l))) continue;
    out.push(text);
  }
  return out;
}

describe('grammar and checker agree on enumerators in generated speeches', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadSpeechGrammar(); });

  it(`${RUNS} seeded speeches`, () => {
    const problems: string[] = [];
    for (const text of speeches(RUNS)) {
      const items = analyze(`${text}\n`).numbering.items;
      const spans = colouredSpans(grammar, text);
      for (const item of items) {
        if (!spans.some(([start, end]) => start <= item.start && end > item.start)) problems.push(`${JSON.stringify(text)}: numbered, not coloured: ${text.slice(item.start, item.end)}`);
      }
      for (const [start, end] of spans) {
        const numbered = items.some((item) => item.start < end && item.end > start);
        if (!numbered && !CLOSING_WORDS.test(text.slice(start, end))) problems.push(`${JSON.stringify(text)}: coloured, not numbered: ${text.slice(start, end)}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

/** Enumerator tokens, adjacent ones merged, as offsets into `text`. */
function colouredSpans(grammar: IGrammar, text: string): [number, number][] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans: [number, number][] = [];
  for (const t of tokenize(grammar, text)) {
    if (!t.scopes.some((s) => s.startsWith('constant.numeric.enumerator'))) continue;
    const start = lineStarts[t.line]! + t.start;
    const last = spans[spans.length - 1];
    if (last && last[1] === start) last[1] = start + t.end - t.start;
    else spans.push([start, start + t.end - t.start]);
  }
  return spans;
}
