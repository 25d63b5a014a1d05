// The grammar colours as an enumerator what the checker numbers (numbering/), over one list of
// cases. The one difference left is what a line-by-line grammar cannot know (is a series open?),
// and its rows must prove it: no drift can hide there.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { CASES, CLOSING_WORDS, LINE_BY_LINE } from './enumeratorCases';
import { loadSpeechGrammar, tokenize } from './harness';

describe('grammar and checker agree on enumerators', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadSpeechGrammar(); });

  for (const [text, needle, expected] of CASES) {
    it(`${JSON.stringify(text)} — ${needle}: ${expected ? 'enumerator' : 'text'}`, () => {
      assert.equal(checkerNumbers(text, needle), expected, `checker on ${text}`);
      assert.equal(grammarColours(grammar, text, needle), expected, `grammar on ${text}`);
    });
  }

  it('lists only closing words as line-by-line differences', () => {
    for (const [, needle] of LINE_BY_LINE) assert.match(needle, CLOSING_WORDS);
  });

  for (const [text, needle, series] of LINE_BY_LINE) {
    it(`line by line only, ${JSON.stringify(text)} — ${needle}: a closing word the checker numbers after a series`, () => {
      assert.equal(grammarColours(grammar, text, needle), true, `grammar on ${text}`);
      assert.equal(checkerNumbers(text, needle), false, `checker on ${text} (no series before it)`);
      assert.equal(checkerNumbers(series + text, needle), true, `checker on ${series + text}`);
      assert.equal(grammarColours(grammar, series + text, needle), true, `grammar on ${series + text}`);
    });
  }
});

/** The offset of the last `needle` in `text`: in a few paragraphs, the one the case is about. */
function offsetOf(text: string, needle: string): number {
  const at = text.lastIndexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in ${JSON.stringify(text)}`);
  return at;
}

function checkerNumbers(text: string, needle: string): boolean {
  const at = offsetOf(text, needle);
  return analyze(`${text}\n`).numbering.items.some((item) => item.start <= at && item.end > at);
}

function grammarColours(grammar: IGrammar, text: string, needle: string): boolean {
  const at = offsetOf(text, needle);
  const line = text.slice(0, at).split('\n').length - 1;
  const column = at - (text.lastIndexOf('\n', at - 1) + 1);
  return tokenize(grammar, text).some((t) => t.line === line && t.start <= column && t.end > column
    && t.scopes.some((s) => s.startsWith('constant.numeric.enumerator') || s.startsWith('meta.enumerator')));
}
