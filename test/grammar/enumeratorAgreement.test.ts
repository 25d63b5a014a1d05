// The grammar colours as an enumerator what the checker numbers (numbering/), over one list of
// cases. The one difference left is what a line-by-line grammar cannot know (is a series open?),
// and its rows must prove it: no drift can hide there.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { loadSpeechGrammar, tokenize } from './harness';

/** A speech (a line or a few paragraphs), the enumerator or look-alike in it, and whether it is one. */
const CASES: readonly [text: string, needle: string, enumerator: boolean][] = [
  ['一是领导重视程度越来越高。', '一是', true],
  ['发展。二是全力开展疫情防控。', '二是', true],
  ['一要明确主责。', '一要', true],
  ['（一）提高认识', '（一）', true],
  ['(二) 把握要求', '(二)', true],
  ['第一，坚持从严治党。第二，突出问题导向。', '第二，', true],
  ['第二、突出问题', '第二、', true],
  ['一、总体要求', '一、', true],
  ['十二、其他', '十二、', true],
  ['1.加强组织建设', '1.', true],
  ['1．完善制度', '1．', true],
  ['2、创新载体', '2、', true],
  ['(1) 坚持', '(1)', true],
  ['（2）坚持', '（2）', true],
  ['① 压实责任', '①', true],
  ['其一，抓好班子', '其一，', true],
  ['首先，要提高站位', '首先，', true],
  ['首先，要提高站位。\n\n其次要增强意识。\n\n最后，形成合力。', '最后，', true],
  ['First, let me look back.', 'First,', true],
  ['First, let me look back.\n\nFinally, a call.', 'Finally,', true],
  ['First of all, let me look back.', 'First of all,', true],
  ['FIRSTLY, a word.', 'FIRSTLY,', true],
  ['We grew. Secondly, we learned.', 'Secondly,', true],
  ['> - First, a quote.', 'First,', true],
  ['## IV. Results', 'IV.', true],
  ['## X. Conclusion', 'X.', true],
  ['## XL. Forty', 'XL.', true],
  ['### （三）强化保障', '（三）', true],
  ['统一是基础', '一是', false],
  ['第一次会议', '第一', false],
  ['第一要务', '一要', false],
  ['最后一公里', '最后', false],
  ['再次强调', '再次', false],
  ['增长 1.5 倍', '1', false],
  ['in 2020.', '2020', false],
  ['the first, second, third', 'first,', false],
  ['## X 乡镇', 'X', false],
  ['第(2)款', '2', false],
  // English ordinals count before a comma only, at a sentence's start, and not as adjectives in a list.
  ['Secondly: our plan', 'Secondly:', false],
  ['First, look back.\n\nSecondly: our plan.', 'Secondly:', false],
  ['First, look back.\n\nFinally: a call.', 'Finally:', false],
  ['First, look back.\n\nLast but not least, a call.', 'Last', false],
  ['Eighth, ninth and tenth graders', 'Eighth,', false],
  ['We grew, Secondly, we learned.', 'Secondly,', false],
  // Roman numerals with a dot and a space open a heading; letters and other marks do not.
  ['## A. Scope', 'A.', false],
  ['## B) Scope', 'B', false],
  ['## a. Scope', 'a.', false],
  ['## D. Delivery', 'D.', false],
  ['## IV) Results', 'IV', false],
  ['## IV: Results', 'IV', false],
  ['## IIII. Results', 'IIII', false],
  ['## IV.', 'IV', false],
  ['IV. Results', 'IV', false],
];

/**
 * Where the two differ, and why: the grammar sees one line, so it colours a closing word wherever it
 * stands, while the checker numbers it only when it closes a series. No other difference is allowed:
 * each row must become an agreement once a series comes before it (see the test below).
 */
const LINE_BY_LINE: readonly [text: string, needle: string, series: string][] = [
  ['最后，形成合力', '最后，', '首先，提高站位。\n\n'],
  ['We grew. Finally, a call.', 'Finally,', 'First, look back.\n\n'],
];

describe('grammar and checker agree on enumerators', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadSpeechGrammar(); });

  for (const [text, needle, expected] of CASES) {
    it(`${JSON.stringify(text)} — ${needle}: ${expected ? 'enumerator' : 'text'}`, () => {
      assert.equal(checkerNumbers(text, needle), expected, `checker on ${text}`);
      assert.equal(grammarColours(grammar, text, needle), expected, `grammar on ${text}`);
    });
  }

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
