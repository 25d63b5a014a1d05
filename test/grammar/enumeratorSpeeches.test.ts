// Whole speeches through VS Code's own Markdown grammar and through the checker: every point the
// checker numbers is coloured, and everything coloured as an enumerator is numbered, but for the
// line-by-line difference of enumeratorCases.ts (a closing word with no series before it). Code,
// comments and links are Markdown's to exclude, which is why this needs the real grammar.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { CLOSING_WORDS } from './enumeratorCases';
import { loadSpeechGrammar, realGrammarDirs, ROOT, tokenize, type Token } from './harness';

const FOLDERS = ['examples', 'test/grammar/fixtures', 'test/fixtures/indented-paragraph', 'test/fixtures/number-form',
  'test/fixtures/numbering-count', 'test/fixtures/numbering-hierarchy', 'test/fixtures/numbering-sequence', 'test/fixtures/numbering-style'];
const SPEECHES = FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder))
  .filter((f) => f.endsWith('.speech.md') && !f.endsWith('.fixed.speech.md')).sort().map((f) => join(ROOT, folder, f)));

const isEnumerator = (t: Token) => t.scopes.some((s) => s.startsWith('constant.numeric.enumerator'));
/** Markdown colours a list marker (`1. `) itself: the checker's point is marked, as a list. */
const isListMarker = (t: Token) => t.scopes.includes('punctuation.definition.list.begin.markdown');

describe('grammar and checker agree on enumerators in whole speeches', () => {
  const dirs = realGrammarDirs();
  const skipSystem = process.env['PODIUM_TEST_SKIP_SYSTEM'] === '1';
  if (dirs.length === 0 && !skipSystem) {
    it('finds VS Code\'s own Markdown grammar', () => assert.fail('no local VS Code under .vscode-test: run `npm run test:vscode` once (npm test does), or set PODIUM_TEST_SKIP_SYSTEM=1'));
  }
  const skip = dirs.length === 0 ? 'no local VS Code to take text.html.markdown from' : false;
  if (skip && skipSystem) console.log(`enumeratorSpeeches: skipped (PODIUM_TEST_SKIP_SYSTEM=1), ${skip}`);
  let grammar: IGrammar;
  before(async () => { if (!skip) grammar = await loadSpeechGrammar(dirs); });

  it('reads a corpus', () => assert.ok(SPEECHES.length >= 30, `${SPEECHES.length} speeches`));

  for (const path of SPEECHES) {
    it(relative(ROOT, path), { skip }, () => {
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      const items = analyze(text).numbering.items;
      const spans = colouredSpans(tokenize(grammar, text), text);
      const problems: string[] = [];
      for (const item of items) {
        if (!spans.some((s) => s.start <= item.start && s.end > item.start)) problems.push(`numbered, not coloured: ${quote(text, item.start, item.end)}`);
      }
      for (const s of spans.filter((s) => !s.list)) {
        const numbered = items.some((item) => item.start < s.end && item.end > s.start);
        if (!numbered && !CLOSING_WORDS.test(text.slice(s.start, s.end))) problems.push(`coloured, not numbered: ${quote(text, s.start, s.end)}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

/** Enumerator tokens (adjacent ones merged) and list markers, as document offsets. */
function colouredSpans(tokens: readonly Token[], text: string): { start: number; end: number; list: boolean }[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans: { start: number; end: number; list: boolean }[] = [];
  for (const t of tokens) {
    const list = isListMarker(t);
    if (!list && !isEnumerator(t)) continue;
    const start = lineStarts[t.line]! + t.start;
    const last = spans[spans.length - 1];
    if (last && last.end === start && last.list === list) last.end = start + t.end - t.start;
    else spans.push({ start, end: start + t.end - t.start, list });
  }
  return spans;
}

function quote(text: string, start: number, end: number): string {
  const line = text.slice(0, start).split('\n').length;
  return `line ${line} ${JSON.stringify(text.slice(start, end))} in ${JSON.stringify(text.slice(Math.max(0, start - 10), end + 10))}`;
}
