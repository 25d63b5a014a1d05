// The proofreading word lists: data with a source for every entry, and the .podium.yaml lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_CONFIG, mergeConfig, parseConfigFile, RULES } from '../../server/src/core/index.js';
import words from '../../server/src/core/rules/proofreading/data/word-usage.json';
import residue from '../../server/src/core/rules/proofreading/data/paste-residue.json';

const ids = RULES.map((r) => r.id);

test('every built-in word names a known source, and its fix is never found again', () => {
  const sources = words.sources as Record<string, string>;
  for (const w of words.words) {
    assert.ok(sources[w.source], `${w.wrong}: unknown source ${w.source}`);
    assert.ok(!w.right.includes(w.wrong), `${w.wrong} → ${w.right} would be found again`);
    assert.match(w.wrong, /^\p{Script=Han}+$/u, w.wrong);
  }
});

test('every residue pattern compiles, names a source and matches its own example', () => {
  for (const e of residue.boilerplateLines) {
    assert.ok(e.source, e.pattern);
    assert.match(e.example, new RegExp(e.pattern, 'u'));
    // The site-line patterns are tried as one alternation (pasteResidue.ts ANY_LINE): a numbered
    // back-reference or a named group would mean something else there.
    assert.doesNotMatch(e.pattern, /\\[1-9]|\(\?<[A-Za-z]|\\k</, `${e.pattern}: no back-references or named groups`);
    assert.match(e.pattern, /^\^/, `${e.pattern}: anchored at the line's start`);
  }
  for (const e of residue.watermarkPatterns) assert.match(e.example, new RegExp(e.pattern, 'u'));
  for (const [radical, char] of Object.entries(residue.radicalSupplement.map)) {
    assert.equal(radical.codePointAt(0)! >> 7, 0x2e80 >> 7, radical);
    assert.match(char, /^\p{Script=Han}$/u);
  }
});

test('.podium.yaml words and residue are read, and bad entries reported at their place', () => {
  const source = [
    'words:',
    '  - { wrong: 习总书记, right: 习近平总书记, note: 规范称谓 }',
    '  - { wrong: 放管服, right: 放管服改革 }',
    '  - { wrong: 同样 }',
    'residue:',
    '  - 老秘稿库整理',
    '  - 字',
  ].join('\n');
  const file = parseConfigFile(source, ids);
  assert.deepEqual(file.config.words, [{ wrong: '习总书记', right: '习近平总书记', note: '规范称谓' }]);
  assert.deepEqual(file.config.residue, ['老秘稿库整理']);
  assert.deepEqual(file.problems.map((p) => source.slice(p.start, p.end)), ['{ wrong: 放管服, right: 放管服改革 }', '{ wrong: 同样 }', '字']);
  assert.deepEqual(file.problems.map((p) => p.message['zh-CN']), ['right 包含 wrong，改后仍会被找出。', '词条需要 wrong 和 right（文字）。', '残留字符串至少两个字符。']);
  assert.equal(parseConfigFile('words: 习总书记', ids).problems[0]!.message.en, '"words" is a list of { wrong, right, note }.');
});

test('the user\'s words apply in an English speech too; the built-in Chinese list does not', () => {
  const config = mergeConfig(DEFAULT_CONFIG, { words: [{ wrong: 'e-mail', right: 'email' }] });
  const text = '---\ntitle: Remarks\nlang: en\n---\n\nSend an e-mail; the banner said 再接再励.\n';
  const found = analyze(text, { config }).findings.filter((f) => f.ruleId === 'word-usage');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['e-mail']);
});
