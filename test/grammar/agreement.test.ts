// The grammar colours what the checker reports: the same cases through both, so the two cannot drift
// (the grammar once coloured the × of 28米×15米 while the checker rightly did not).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { analyze } from '../../server/src/core/index.js';
import { loadSpeechGrammar, scopesAt, tokenize } from './harness';

/** A line of prose, the text to look at in it, and whether it is a placeholder. */
const CASES: readonly [line: string, needle: string, placeholder: boolean][] = [
  ['投入 X 万元完成建设。', 'X', true],
  ['完成“XXX 智慧社区”建设。', 'XXX', true],
  ['为×全面振兴贡献力量。', '×', true],
  ['场地为28米×15米。', '×', false],
  ['面积 3 × 4 米。', '×', false],
  ['规格为1.2 m × 0.6 m。', '×', false],
  ['某某同志作了发言。', '某某', true],
  ['请在___处签名。', '___', true],
  ['会议时间待填。', '待填', true],
  ['问题有待补充完善。', '待补充', false],
  ['拍X光片检查。', 'X', false],
  ['推行1+X证书制度。', 'X', false],
  ['TODO: 补充数据。', 'TODO', true],
  ['二○二○年工作总结。', '○', false],
  ['Generation X grew up online.', 'X', false],
  ['We invested X million dollars.', 'X', true],
  ['Our XML files load.', 'X', false],
];

describe('grammar and checker agree on placeholders', () => {
  let grammar: IGrammar;
  before(async () => { grammar = await loadSpeechGrammar(); });

  for (const [line, needle, expected] of CASES) {
    it(`${line} — ${needle}: ${expected ? 'placeholder' : 'text'}`, () => {
      const at = line.indexOf(needle);
      const checker = analyze(`${line}\n`).findings.some((f) => f.ruleId === 'placeholder' && f.start <= at && f.end > at);
      const scopes = scopesAt(tokenize(grammar, line), line, needle)[0] ?? [];
      const coloured = scopes.some((s) => s.startsWith('invalid.illegal.placeholder'));
      assert.equal(checker, expected, `checker on ${line}`);
      assert.equal(coloured, expected, `grammar on ${line}: ${scopes.join(' ')}`);
    });
  }
});
