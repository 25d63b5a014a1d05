/**
 * Costly shapes of input (shapes.ts): at a small size the chunked parse equals remark's parse of
 * the whole text; at a larger size an incremental re-parse equals a fresh one, forced cuts and
 * all (bounded.test.ts analyses them at about 1 MB under a heap cap).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarkdown } from '../../server/src/core/parse/markdown.js';
import { parseSpeech } from '../../server/src/core/parse/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { findChunking, MAX_CHUNK, MAX_UNCERTAIN } from '../../server/src/core/incremental/boundaries.js';
import { apply, editor } from './edits.js';
import { FM, OPAQUE, SHAPES } from './shapes.js';

describe('costly shapes', () => {
  it('small: the chunked parse gives the blocks of a whole-text remark parse', () => {
    for (const [name, make] of Object.entries(SHAPES)) {
      if (OPAQUE.has(name)) continue;
      for (const text of [FM + make(1500), make(800) + '\n\n正文\n\n' + make(800)]) {
        assert.deepEqual(parseSpeech(text).blocks, parseMarkdown(text, 0).blocks, name);
      }
    }
  });

  it('blocks longer than a chunk (fences, HTML, a paragraph a line at a time) parse as the whole text does', () => {
    const lines = 'x 一是\n'.repeat(2000);
    const cases = [
      '前文\n```js\n' + lines + '```\n后文', '前文\n~~~~\n' + lines + '~~~~~  \n后文', '前文\n```\n' + lines,
      '<!-- a\n' + lines + '-->\n后文 <!-- b -->', '<!--\n' + lines, '<pre>\n' + lines + '</pre>\n后文',
      '段落\n' + '落实责任\n'.repeat(2000) + '\n后文', '段落\n' + '落实  \n'.repeat(2000),
    ];
    for (const c of cases) {
      for (const text of [c, FM + c]) assert.deepEqual(parseSpeech(text).blocks, parseMarkdown(text, 0).blocks, text.slice(0, 30));
    }
  });

  it('remark never gets an unbounded chunk, even where a cut has to wait', () => {
    // Shapes where forced cuts wait (a fence that may sit in a list item, indented lines that
    // may go on a paragraph, an HTML block up to its blank line) or that switch safe boundaries off.
    const fill = (unit: string) => unit.repeat(Math.floor(200_000 / unit.length));
    const waiting: Record<string, string> = {
      'a fence in a list item, never closed': '- ```\n' + fill('  a\n'),
      'an indented fence, then list items': '- a\n  ```\n' + fill('- a\n'),
      'a fence after a <span> line, blank lines inside': '<span>x</span> y\n```\n' + fill('a\n\n'),
      'indented lines after a paragraph': '段落\n' + fill('    a\n'),
      'indented code and blank lines of spaces': fill('    a\n      \n'),
      'a <div> block without a blank line': '<div>\n' + fill('a\n'),
      'list items after a link reference definition': '[a]: /x\n\n' + fill('- a\n'),
      'fences after a link reference definition': '[a]: /x\n\n' + fill('```\na\n```\n'),
    };
    // The longest stretch without a cut: MAX_CHUNK until a wait starts, the wait, a line or two.
    const bound = MAX_CHUNK + MAX_UNCERTAIN + 64;
    for (const [name, text] of Object.entries(waiting)) {
      const { boundaries, verbatim } = findChunking(text);
      const cuts = [...boundaries, text.length];
      for (let k = 1; k < cuts.length; k++) {
        const [from, to] = [cuts[k - 1]!, cuts[k]!];
        if (verbatim.some((v) => v.start === from)) continue; // built without remark
        assert.ok(to - from <= bound, `${name}: ${to - from} units from ${from} without a cut`);
      }
    }
  });

  it('larger: an incremental re-parse equals a fresh one', () => {
    // Shapes with forced cuts (lines without a safe boundary), long verbatim blocks and exact cuts.
    for (const name of ['paragraph lines', 'list items', 'quote lines', 'blank lines inside a fence', 'an open HTML comment', '## headings', '--- lines', 'blank lines']) {
      const make = SHAPES[name]!;
      let text = FM + make(9_000) + '同志们：\n\n' + make(5_000);
      let state = parseState(text);
      const next = editor(name.length);
      for (let i = 0; i < 12; i++) {
        text = apply(text, next(text));
        state = updateState(state, text);
        const fresh = parseState(text);
        assert.deepEqual(state.model.blocks, fresh.model.blocks, `${name}, edit ${i}`);
        assert.deepEqual(state.boundaries, fresh.boundaries, `${name}, edit ${i}`);
      }
    }
  });
});
