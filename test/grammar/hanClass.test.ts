// The grammar's Han class (Oniguruma's \p{Han}) is the checker's: both take the lone x between Han
// characters as a placeholder, and what counts as Han comes from the shared character classes
// (server/src/core/text/charTest.ts), radicals, 〇, 々 and astral extensions included.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { isHanCodePoint } from '../../server/src/core/text/charTest.js';
import { loadSpeechGrammar, scopesAt, tokenize } from './harness';

// Han by script or not, at the edges: ideographs, Extension A, compatibility, radicals, 〇 and 々,
// astral Extensions B and G, then kana, Hangul, full-width letters and digits, CJK marks.
const CHARS = ['中', '㐀', '豈', '⺀', '⼀', '〇', '々', '〆', '𠀀', '𰀀', 'ー', 'あ', '한', 'Ａ', '０', '，', '。', '·'];

describe('grammar and checker agree on what is Han', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadSpeechGrammar(); });

  it('the list holds Han and not-Han characters', () => {
    const han = CHARS.filter((c) => isHanCodePoint(c.codePointAt(0)!));
    assert.ok(han.length >= 5 && han.length <= CHARS.length - 5, han.join(''));
  });

  for (const c of CHARS) {
    const han = isHanCodePoint(c.codePointAt(0)!);
    it(`x between ${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()}): ${han ? 'placeholder' : 'text'}`, () => {
      const line = `工作${c}x${c}完成。`;
      const at = line.indexOf('x');
      const checker = analyze(`${line}\n`).findings.some((f) => f.ruleId === 'placeholder' && f.start <= at && f.end > at);
      const scopes = scopesAt(tokenize(grammar, line), line, 'x')[0] ?? [];
      const coloured = scopes.some((s) => s.startsWith('invalid.illegal.placeholder'));
      assert.equal(checker, han, `checker on ${line}`);
      assert.equal(coloured, han, `grammar on ${line}: ${scopes.join(' ')}`);
    });
  }
});
