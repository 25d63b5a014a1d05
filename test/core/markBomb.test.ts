/**
 * A line remark's inline parse cannot take in bounded time (thousands of `[` `*` `` ` `` … on one
 * line) is read as plain paragraphs instead (parse/markBomb.ts); real
 * speeches, one-line scraped drafts included, never are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMarkBomb } from '../../server/src/core/parse/markBomb.js';
import { parseSpeech } from '../../server/src/core/parse/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { generateScrapedDraft } from '../../bench/generate.js';

const FM = '---\ntitle: 讲话\n---\n\n';
const ROOT = join(import.meta.dirname, '..', '..');

describe('lines remark cannot take', () => {
  it('a long line of link, code or emphasis marks becomes a paragraph of prose, the rest parsed as usual', () => {
    for (const bomb of ['['.repeat(50_000) + 'a', '*a'.repeat(25_000), '[a]('.repeat(12_500), '`a'.repeat(25_000)]) {
      const text = `${FM}## 一、总体要求\n\n${bomb}\n\n- 列表项\n`;
      const { blocks } = parseSpeech(text);
      assert.deepEqual(blocks.map((b) => b.kind), ['heading', 'paragraph', 'list'], bomb.slice(0, 8));
      const paragraph = blocks[1]!;
      assert.equal(text.slice(paragraph.start, paragraph.end), bomb);
      assert.deepEqual(paragraph.texts, [{ start: paragraph.start, end: paragraph.end }]);
    }
  });

  it('real text is never one: the seed draft, a 500 KB scraped draft, a long line with a few marks', () => {
    const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'numbering-count', 'seed-raw.speech.md'), 'utf8');
    assert.equal(hasMarkBomb(seed, 0, seed.length), false);
    const draft = generateScrapedDraft(500_000, 2);
    assert.equal(hasMarkBomb(draft, 0, draft.length), false);
    const marked = '落实责任，*重点*推进[一](#a)。'.repeat(400);
    assert.equal(hasMarkBomb(marked, 0, marked.length), false, '1,600 marks on one line: remark takes them');
    const lines = '落实责任，*重点*推进[一](#a)。\n'.repeat(2_000);
    assert.equal(hasMarkBomb(lines, 0, lines.length), false, 'marks spread over many lines');
    assert.equal(hasMarkBomb('[a]('.repeat(1_100), 0, 4_400), true, '2,200 marks on one line');
  });

  it('an edit next to one parses as a fresh parse does', () => {
    let text = `${FM}同志们：\n\n${'['.repeat(30_000)}\n\n今天召开会议。\n`;
    let state = parseState(text);
    for (const [at, insert] of [[text.indexOf('今天'), '好'], [text.indexOf('['), '落实'], [FM.length, '## 标题\n\n']] as const) {
      text = text.slice(0, at) + insert + text.slice(at);
      state = updateState(state, text);
      assert.deepEqual(state.model.blocks, parseState(text).model.blocks);
    }
  });
});
