// The grammar colours as an enumerator what the checker numbers (numbering/), over one list of
// cases, and the few places where they differ are listed with the reason, so neither drifts unseen.
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
  ['## IV. Results', 'IV.', true],
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
];

/**
 * Where the two differ, and why. The grammar sees one line: a closing word or a second ordinal is
 * coloured wherever it stands, while the checker numbers it only when it continues a series.
 * Drifts still to settle are marked so.
 */
const DIFFERENCES: readonly [text: string, needle: string, grammar: boolean, checker: boolean, why: string][] = [
  ['最后，形成合力', '最后，', true, false, 'a closing word with no series before it (line by line, the grammar cannot know)'],
  ['We grew. Finally, a call.', 'Finally,', true, false, 'a closing word with no series before it'],
  ['Secondly: our plan', 'Secondly:', true, false, 'drift: the checker takes English ordinals only before a comma'],
  ['First, look back.\n\nSecondly: our plan.', 'Secondly:', true, false, 'drift: the checker takes English ordinals only before a comma'],
  ['## A. Scope', 'A.', true, false, 'drift: the checker has no family for Latin letters (A. B. C.)'],
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

  for (const [text, needle, inGrammar, inChecker, why] of DIFFERENCES) {
    it(`known difference, ${JSON.stringify(text)} — ${needle}: ${why}`, () => {
      assert.equal(checkerNumbers(text, needle), inChecker, `checker on ${text}`);
      assert.equal(grammarColours(grammar, text, needle), inGrammar, `grammar on ${text}`);
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
