import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyEdits, fixAllEdits, fixAllText, minimalEdit } from '../../server/src/core/index.js';

const DRAFT = '同志们：\n\n这次会议，是对上半年工作的一次检验。\n';

test('fix-all never applies a judgement (guessed front matter); the quick fix still offers it', () => {
  const findings = analyze(DRAFT).findings;
  const insert = findings.find((f) => f.ruleId === 'front-matter-schema')!.fixes![0]!;
  assert.equal(insert.judgement, true);
  assert.equal(fixAllText(DRAFT, (t) => analyze(t).findings).text.startsWith('---'), false);
  assert.match(fixAllText(DRAFT, (t) => analyze(t).findings, undefined, 4, true).text, /^---\ntitle: XXX\n/);
});

test('insertions at one offset all apply, in order; overlapping replacements do not', () => {
  const f = (start: number, end: number, newText: string) => ({ ruleId: 'r', severity: 'warning' as const, message: '', start, end, fixes: [{ title: { en: '', 'zh-CN': '' }, edits: [{ start, end, newText }] }] });
  const edits = fixAllEdits([f(3, 3, 'a'), f(3, 3, 'b'), f(1, 4, 'X'), f(5, 6, 'Y')]);
  assert.equal(applyEdits('0123456', edits), '012ab34Y6');
});

test('minimalEdit never splits a CRLF or a surrogate pair', () => {
  assert.deepEqual(minimalEdit('a\r\nb', 'a\nb'), { start: 1, end: 3, newText: '\n' });
  const e = minimalEdit('x😀y', 'x😁y')!;
  assert.equal(e.start, 1);
  assert.equal(e.newText, '😁');
});
