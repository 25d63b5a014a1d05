import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, analyzeModel, buildTemplateSet, countLength, DEFAULT_CONFIG, proseLength, RULES, type Analysis, type Span } from '../../server/src/core/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { generateScrapedDraft, generateSpeech, rng } from '../../bench/generate.js';

/** The definition: every block's prose spans clipped to `within`, each slice counted. */
function naive(analysis: Analysis, within: Span): number {
  const { model } = analysis;
  let total = 0;
  for (const block of model.blocks) {
    if (block.end <= within.start || block.start >= within.end) continue;
    for (const span of block.texts) {
      const start = Math.max(span.start, within.start), end = Math.min(span.end, within.end);
      if (end > start) total += countLength(model.text.slice(start, end));
    }
  }
  return total;
}

/** A span edge that splits neither a Latin word nor a surrogate pair (where a slice would count a unit twice or not at all). */
function checkSpans(name: string, analysis: Analysis, seed: number): void {
  const { text } = analysis.model;
  assert.equal(proseLength(analysis), naive(analysis, { start: 0, end: text.length }));
  const random = rng(seed);
  for (let k = 0; k < 300; k++) {
    const a = edge(text, Math.floor(random() * text.length)), b = edge(text, Math.floor(random() * text.length));
    const span = { start: Math.min(a, b), end: Math.max(a, b) };
    assert.equal(proseLength(analysis, span), naive(analysis, span), `${name} ${span.start}-${span.end}`);
  }
  for (const block of analysis.model.blocks) assert.equal(proseLength(analysis, block), naive(analysis, block));
}

function edge(text: string, at: number): number {
  const alnum = (i: number) => /[A-Za-z0-9'’.\-]/.test(text[i] ?? '');
  while (at < text.length && ((alnum(at - 1) && alnum(at)) || /[\udc00-\udfff]/.test(text[at]!))) at++;
  return at;
}

const TEXTS = {
  seed: readFileSync('/work/shared/seeds/000_1330f61c412e4b8a.txt', 'utf8'),
  speech: generateSpeech(40_000, 3),
  draft: generateScrapedDraft(20_000, 4),
  mixed: '---\ntitle: 混合\n---\n\n# 标题 Title\n\n- 一是 APP 2020 年\n  - 二是 well-known 𠀀𠀁 字\n\n> 第一，引用 ＡＢ１２\n\n| 表 | 格 |\n|---|---|\n| 中 | 文 |\n\n```\n代码不算\n```\n<!-- 注释不算 -->\n\n段落 it\'s 3.5 percent。\r\n',
};

for (const [name, text] of Object.entries(TEXTS)) {
  test(`prose length of any span equals counting its slices (${name})`, () => checkSpans(name, analyze(text), name.length));

  // Blocks an incremental parse only moved keep their cached lengths, which are relative to the block.
  test(`prose lengths stay right after edits reuse moved blocks (${name})`, () => {
    const templates = buildTemplateSet();
    let state = parseState(text);
    checkSpans(name, analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES), 1);
    let current = text;
    const random = rng(99);
    for (let k = 0; k < 5; k++) {
      const at = edge(current, Math.floor(random() * current.length));
      current = current.slice(0, at) + (k % 2 ? '增加 APP 字数。\n\n' : '的') + current.slice(at);
      state = updateState(state, current);
      checkSpans(`${name} edit ${k}`, analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES), k);
    }
  });
}
