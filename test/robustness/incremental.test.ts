import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeModel, buildNumbering, buildTemplateSet, DEFAULT_CONFIG, NumberingMemo, RULES, type NumberingModel } from '../../server/src/core/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { parseMarkdown } from '../../server/src/core/parse/markdown.js';
import { parseSpeech } from '../../server/src/core/parse/index.js';
import { generateSpeech } from '../../bench/generate.js';
import { rng } from '../../bench/generate.js';
import { apply, editor, randomBytes } from './edits.js';

const templates = buildTemplateSet();

describe('chunked parsing', () => {
  it('gives the blocks of a whole-text remark parse on generated speeches', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateSpeech(40_000, seed);
      assert.deepEqual(parseSpeech(text).blocks, parseMarkdown(text, 0).blocks);
    }
  });
});

describe('incremental re-parse equals a fresh analysis', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`after each of 700 random edits (seed ${seed})`, () => {
      const next = editor(seed);
      let text = generateSpeech(seed % 2 ? 4_000 : 9_000, seed);
      let state = parseState(text);
      // As the server does: one numbering memo per document, carried from edit to edit.
      const memo = new NumberingMemo();
      for (let i = 0; i < 700; i++) {
        text = apply(text, next(text));
        state = updateState(state, text);
        const fresh = parseState(text);
        assert.deepEqual(state.model.blocks, fresh.model.blocks, `blocks after edit ${i}`);
        assert.deepEqual(state.boundaries, fresh.boundaries, `boundaries after edit ${i}`);
        if (i % 7 === 0) {
          const findings = analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES, memo).findings;
          assert.deepEqual(findings, analyze(text, { templates }).findings, `findings after edit ${i}`);
        }
      }
      assert.deepEqual(analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES, memo).findings, analyze(text, { templates }).findings);
    });
  }

  it('from random bytes to random bytes', () => {
    let state = parseState(randomBytes(9, 3000));
    for (let i = 0; i < 300; i++) {
      const text = randomBytes(100 + i, 200 + (i % 50) * 40);
      state = updateState(state, text);
      assert.deepEqual(state.model.blocks, parseState(text).model.blocks);
    }
  });
});

/** Numbering in plain data (items and series refer to each other). */
function digest(n: NumberingModel): unknown {
  const parent = (p: NumberingModel['series'][number]['parent']) => (p?.kind === 'heading' ? `h${p.block}` : p ? `i${p.item.start}` : '-');
  return {
    items: n.items.map(({ series, parent: p, ...item }) => ({ ...item, series: series.id, parent: parent(p) })),
    series: n.series.map((s) => ({ id: s.id, family: s.family, parent: parent(s.parent), closedAt: s.closedAt, items: s.items.length })),
    announcements: n.announcements.map(({ series, ...a }) => ({ ...a, series: series?.id })),
    hierarchy: n.hierarchy.map((h) => [h.item.start, h.ancestor.start]),
  };
}

describe('numbering with a memo of per-block scans equals a fresh scan', () => {
  // Enumerators and what touches them: edits at block ends and starts (`一\n\n是`), runs (`一、二季度`).
  const pieces = ['一', '二', '三', '是', '要', '、', '，', '。', '（', '）', '(', ')', '1.', '2、', '①', '第', '其', '首先，', '最后，', '另一方面',
    '季度', ' ', '\t', '\n', '\n\n', '**', '## ', '- ', '> ', 'First, ', 'Finally, ', '我讲三点意见：', '“三个必须”：', '必须'];
  it('takes a circled number before 、 (①、 once threw)', () => {
    assert.doesNotThrow(() => analyze('同志们：\n\n工作①、好。\n\n①、②、③、\n', { templates }));
  });
  for (const seed of [5, 6, 7]) {
    it(`after each of 600 random edits (seed ${seed})`, () => {
      const r = rng(seed);
      let text = generateSpeech(seed === 6 ? 12_000 : 5_000, seed);
      let state = parseState(text);
      const memo = new NumberingMemo();
      for (let i = 0; i < 600; i++) {
        // Half the edits land next to a block's end or start, where a scan may look past its block.
        const blocks = state.model.blocks;
        const near = blocks.length && r() < 0.5 ? blocks[Math.floor(r() * blocks.length)]! : undefined;
        const at = near ? Math.max(0, Math.min(text.length, (r() < 0.5 ? near.end : near.start) + Math.floor(r() * 5) - 2)) : Math.floor(r() * (text.length + 1));
        const end = Math.min(text.length, at + (r() < 0.7 ? 0 : Math.floor(r() * 4)));
        text = apply(text, { start: at, end, text: pieces[Math.floor(r() * pieces.length)]! });
        state = updateState(state, text);
        assert.deepEqual(digest(buildNumbering(state.model, memo)), digest(buildNumbering(parseState(text).model)), `numbering after edit ${i}`);
      }
    });
  }
});
