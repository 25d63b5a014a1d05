/**
 * A chair's script numbers its agenda (下面进行第一项议程 … 第二项 …): the items are a series of their
 * own, named in the outline by what they do, and counted against the agenda the chair announces.
 * Run: node --import tsx --test test/core/agenda.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildOutline, type OutlineItem } from '../../server/src/core/index.js';

const REAL = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'numbering-count', 'host-script-agenda.speech.md'), 'utf8');

const points = (items: readonly OutlineItem[]): string[] =>
  items.flatMap((i) => [...(i.kind === 'point' ? [i.name] : []), ...points(i.children)]);

test('the agenda items of a real chair\'s script are one series, apart from its 一是 list', () => {
  const { numbering } = analyze(REAL);
  const agenda = numbering.series.filter((s) => s.family === 'agenda');
  assert.equal(agenda.length, 1);
  assert.deepEqual(agenda[0]!.items.map((i) => i.text), ['第一项', '第二项', '第三项']);
  assert.deepEqual(numbering.announcements.map((a) => [a.count, a.series?.items.length]), [[3, 3]]);
});

test('the outline names each agenda item by what it does', () => {
  const a = analyze(REAL);
  const names = points(buildOutline(a.model, a.structure, a.template, a.numbering));
  for (const name of ['第一项：通过大会日程', '第二项：通过大会副秘书长名单', '第三项：通过执行主席分组名单']) assert.ok(names.includes(name), names.join(' | '));
});

test('prose points under an agenda item nest in it and do not continue the agenda', () => {
  const text = '---\ntitle: 主持词\ntemplate: host-script\n---\n\n同志们：\n\n现在开会。会议共有两项议程。\n\n下面进行第一项议程，请张三同志讲话。张三同志讲了两点：第一，要提高认识；第二，要狠抓落实。\n\n下面进行第二项议程，请李四同志讲话。\n';
  const { numbering, findings } = analyze(text);
  const agenda = numbering.items.filter((i) => i.family === 'agenda');
  assert.deepEqual(agenda.map((i) => i.value), [1, 2]);
  const points = numbering.items.filter((i) => i.family === 'ordinal');
  assert.ok(points.every((p) => p.parent?.kind === 'item' && p.parent.item === agenda[0]), '第一，第二， belong to the first item');
  assert.deepEqual(findings.filter((f) => f.ruleId.startsWith('numbering')), []);
});
