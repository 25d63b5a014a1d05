/** Hostile and odd inputs: each gets a clear diagnostic or none, and never throws or hangs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, buildTemplateSet, compileUserPatterns, DEFAULT_CONFIG, LineIndex, type Analysis } from '../../server/src/core/index.js';
import { randomBytes } from './edits.js';

const FM = '---\ntitle: 讲话\ntemplate: promotion-meeting\n---\n\n';
const ids = (a: Analysis) => a.findings.map((f) => f.ruleId);
function check(text: string, options: Parameters<typeof analyze>[1] = {}): Analysis {
  const a = analyze(text, options);
  for (const f of a.findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} span in range`);
  return a;
}

describe('bad inputs', () => {
  it('empty file', () => assert.deepEqual(ids(check('')), ['front-matter-schema']));
  it('only front matter', () => assert.ok(check('---\ntitle: 讲话\n---\n').findings.every((f) => f.ruleId !== 'front-matter-syntax')));
  it('unterminated front matter', () => assert.ok(ids(check('---\ntitle: 讲话\n\n同志们：\n')).includes('front-matter-syntax')));
  it('binary bytes', () => { check('\u0000\u0001\u0002\uFFFF\u0007'.repeat(2000)); });
  it('random bytes decoded as UTF-8 (invalid sequences become U+FFFD)', () => {
    for (let seed = 1; seed <= 200; seed++) check(randomBytes(seed, 2000));
  });
  it('a BOM: offsets stay in the caller\'s text', () => {
    const text = `\uFEFF${FM}## 一、X 工作\n`;
    const a = check(text);
    const p = a.findings.find((f) => f.ruleId === 'placeholder')!;
    assert.equal(text.slice(p.start, p.end), 'X');
  });
  it('CRLF and lone CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `${FM}同志们：\n\n今天XXX同志讲话。\n`.replaceAll('\n', eol);
      const a = check(text);
      const p = a.findings.find((f) => f.ruleId === 'placeholder')!;
      assert.equal(text.slice(p.start, p.end), 'XXX');
      assert.equal(a.lines.positionAt(p.start).line, 7);
    }
  });
  it('a 1 MB line', () => { check(FM + '落实责任，'.repeat(200_000)); });
  it('100,000 headings', () => { assert.ok(check(FM + '## 一、标题\n\n'.repeat(100_000)).model.blocks.length >= 100_000); });
  it('10,000 nested quotes and deep list nesting: an opaque block, no throw', () => {
    const a = check(FM + '>'.repeat(10_000) + ' XXX\n\n正文 XXX\n');
    assert.equal(a.model.blocks.filter((b) => b.kind === 'other').length, 1);
    assert.equal(a.findings.filter((f) => f.ruleId === 'placeholder').length, 1); // only the prose after it
    check(FM + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- a').join('\n'));
    check(FM + '- '.repeat(5000) + 'a\n');
    check(FM + '*'.repeat(100_000) + 'a\n' + '['.repeat(50_000) + 'a\n');
  });
  it('a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(',')}]`)];
    const a = check(`---\n${bomb.join('\n')}\n---\n\n正文\n`);
    assert.equal(a.model.frontMatter?.data, undefined);
    assert.ok(a.model.frontMatter?.resolveError);
    assert.ok(ids(a).includes('front-matter-syntax'));
  });
  it('deeply nested YAML', () => {
    const a = check('---\na: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n---\n\n正文\n');
    assert.ok(ids(a).includes('front-matter-syntax'));
  });
  it('an astral character before every kind of diagnostic: UTF-16 columns', () => {
    const text = `---\ntitle: 😀 讲话 XXX\ntemplate: promotion-meeting\n---\n\n# 😀 在会上的讲话\n\n😀同志们：\n\n😀今天XXX同志讲话。\n\n## 😀一、意义\n\n😀一是好。三是好。\n\n## 😀一、意义\n`;
    const a = check(text);
    assert.ok(a.findings.length >= 3);
    const lines = new LineIndex(text);
    for (const f of a.findings) {
      const { line, character } = lines.positionAt(f.start);
      // The column counts UTF-16 units: the emoji is two.
      assert.equal(character, f.start - lines.lineStart(line));
      const before = text.slice(lines.lineStart(line), f.start);
      if (before.includes('😀')) assert.equal(character, [...before].length + 1, `${f.ruleId} column`);
    }
    const p = a.findings.find((f) => f.ruleId === 'placeholder' && text.slice(f.start, f.end) === 'XXX' && f.start > 60)!;
    assert.equal(lines.positionAt(p.start).character, 4); // 😀 (2 units) + 今天 (2)
  });
  it('a user placeholder pattern that would backtrack catastrophically is refused, with a reason', () => {
    const { regexes, problems } = compileUserPatterns(['(a+)+$', '(\\w*)*x', 'ok+']);
    assert.equal(regexes.length, 1);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!.reason.en, /backtrack catastrophically/);
    assert.match(problems[0]!.reason['zh-CN'], /灾难性回溯/);
    const a = check(FM + 'a'.repeat(50_000) + '!\n', { config: { ...DEFAULT_CONFIG, placeholderPatterns: ['(a+)+$'] } });
    assert.equal(a.patternProblems.length, 1);
  });
  it('a template file that is broken or extends itself', () => {
    const set = buildTemplateSet([
      { path: 'broken.yaml', text: 'id: [unclosed\n' },
      { path: 'self.yaml', text: 'id: self\nname: { en: Self, zh-CN: 自身 }\nlang: zh-CN\nextends: self\nsections: []\n' },
    ]);
    assert.ok(set.problems.get('broken.yaml')!.length >= 1);
    assert.ok(set.problems.get('self.yaml')!.some((p) => /leads back/.test(p.message.en)));
    check(`---\ntitle: 讲话\ntemplate: self\n---\n\n同志们：\n`, { templates: set });
  });
});
