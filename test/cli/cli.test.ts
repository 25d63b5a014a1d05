import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');

function podium(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('clean examples pass with exit 0 and print nothing', () => {
  for (const name of ['review-meeting', 'promotion-meeting', 'keynote', 'generic']) {
    const r = podium(['lint', `examples/${name}.speech.md`]);
    assert.equal(r.out, '', `${name} should be clean`);
    assert.equal(r.code, 0);
  }
});

test('the example with problems prints path:line:col severity code message and exits 1', () => {
  const r = podium(['lint', 'examples']);
  assert.equal(r.code, 1);
  const lines = r.out.trim().split('\n');
  assert.ok(lines.length >= 5);
  for (const line of lines) assert.match(line, /^examples\/with-problems\.speech\.md:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+$/);
  assert.ok(lines.includes('examples/with-problems.speech.md:4:10 warning placeholder 未填写的占位符“X”：speaker: X'));
  assert.match(r.err, /5 file\(s\) checked/);
});

test('--format json gives positions, codes and messages', () => {
  const r = podium(['lint', '--format', 'json', 'examples/with-problems.speech.md']);
  assert.equal(r.code, 1);
  const [file] = JSON.parse(r.out) as { file: string; findings: { line: number; column: number; code: string; severity: string }[] }[];
  assert.equal(file!.file, 'examples/with-problems.speech.md');
  assert.deepEqual(file!.findings[0], {
    line: 3, column: 11, endLine: 3, endColumn: 25, severity: 'error', code: 'missing-section',
    message: '缺少模板“述职会/总结会讲话”要求的章节“结束语”。',
  });
});

test('bad invocations exit 2 with usage', () => {
  for (const args of [[], ['lint'], ['lint', '--format', 'xml', 'examples'], ['frobnicate'], ['lint', 'no/such/file.speech.md'], ['lint', '--bogus', 'examples']]) {
    const r = podium(args);
    assert.equal(r.code, 2, `podium ${args.join(' ')}`);
    assert.match(r.err, /Usage:/);
  }
});

test('.podium.yaml and workspace templates are read by lint and templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-cli-'));
  mkdirSync(join(dir, '.podium', 'templates'), { recursive: true });
  writeFileSync(join(dir, '.podium.yaml'), 'rules:\n  placeholder: error\n  no-such-rule: off\n');
  writeFileSync(join(dir, '.podium', 'templates', 'party-lecture.yaml'), [
    'id: party-lecture', 'name: { zh-CN: 党课讲稿, en: Party lecture }', 'lang: zh-CN', 'sections:',
    '  - { id: salutation, kind: salutation, required: true, label: 称呼 }',
    '  - { id: lessons, kind: part, required: true, label: 学习体会, keywords: [体会, 收获] }', '',
  ].join('\n'));
  writeFileSync(join(dir, 'broken.yaml'), '');
  writeFileSync(join(dir, '.podium', 'templates', 'loop.yaml'), 'id: loop\nname: 循环\nextends: loop\n');
  writeFileSync(join(dir, 'lecture.speech.md'), '---\ntitle: 党课\ntemplate: party-lecture\n---\n\n同志们：\n\n今天讲 X 个问题。\n');
  const r = podium(['lint', '.'], dir);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.trim().split('\n'), [
    'lecture.speech.md:3:11 error missing-section 缺少模板“党课讲稿”要求的章节“学习体会”。',
    'lecture.speech.md:8:5 error placeholder 未填写的占位符“X”：今天讲 X 个问题。',
  ]);
  assert.match(r.err, /^\.podium\.yaml:3:3 error config Unknown rule "no-such-rule"\.$/m);
  const t = podium(['templates'], dir);
  assert.equal(t.code, 0);
  assert.match(t.out, /^party-lecture\t党课讲稿\tzh-CN\t.*party-lecture\.yaml\t称呼, 学习体会$/m);
  assert.match(t.out, /^review-meeting\t/m);
  assert.match(t.err, /loop\.yaml:3:\d+ error template "extends: loop" names no template or leads back to "loop"/);
});

test('a BOM does not shift columns: line 1 of a speech, and every line of .podium.yaml and templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-cli-bom-'));
  mkdirSync(join(dir, '.podium', 'templates'), { recursive: true });
  writeFileSync(join(dir, '.podium.yaml'), '\uFEFFrules:\n  no-such-rule: off\n');
  writeFileSync(join(dir, '.podium', 'templates', 'loop.yaml'), '\uFEFFid: loop\nname: 循环\nextends: loop\n');
  writeFileSync(join(dir, 'bom.speech.md'), '\uFEFFX 同志们：\n\n今天开会。\n');
  const r = podium(['lint', '--format', 'json', 'bom.speech.md'], dir);
  const [file] = JSON.parse(r.out) as { findings: { line: number; column: number; endColumn: number; code: string }[] }[];
  // As an editor shows it: the BOM is not part of the text it sends the server.
  assert.deepEqual(file!.findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.code}`), [
    '1:1-2 placeholder',
    '1:1-7 front-matter-schema',
  ]);
  assert.match(r.err, /^\.podium\.yaml:2:3 error config Unknown rule "no-such-rule"\.$/m);
  const t = podium(['templates'], dir);
  assert.match(t.err, /loop\.yaml:3:10 error template/);
});
