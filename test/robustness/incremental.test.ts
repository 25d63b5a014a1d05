import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeModel, buildTemplateSet, DEFAULT_CONFIG, RULES } from '../../server/src/core/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { parseMarkdown } from '../../server/src/core/parse/markdown.js';
import { parseSpeech } from '../../server/src/core/parse/index.js';
import { generateSpeech } from '../../bench/generate.js';
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
      for (let i = 0; i < 700; i++) {
        text = apply(text, next(text));
        state = updateState(state, text);
        const fresh = parseState(text);
        assert.deepEqual(state.model.blocks, fresh.model.blocks, `blocks after edit ${i}`);
        assert.deepEqual(state.boundaries, fresh.boundaries, `boundaries after edit ${i}`);
        if (i % 7 === 0) {
          const findings = analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES).findings;
          assert.deepEqual(findings, analyze(text, { templates }).findings, `findings after edit ${i}`);
        }
      }
      assert.deepEqual(analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES).findings, analyze(text, { templates }).findings);
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
