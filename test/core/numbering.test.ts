import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze, buildOutline, cnToNumber, describeItem, itemAt, numberToCn, renumberAll, type OutlineItem, type TextEdit,
} from '../../server/src/core/index.js';
import { fromRoman, toRoman } from '../../server/src/core/numbering/numerals.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const numberingFindings = (text: string) => analyze(text).findings.filter((f) => f.ruleId.startsWith('numbering-'));

test('Chinese numerals both ways, 〇 to 九百九十九', () => {
  const cases: [string, number][] = [['〇', 0], ['零', 0], ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十一', 21], ['九十九', 99], ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['九百九十九', 999]];
  for (const [cn, n] of cases) {
    assert.equal(cnToNumber(cn), n, cn);
    assert.equal(numberToCn(n), n === 0 ? '〇' : cn, String(n));
  }
  assert.equal(cnToNumber('一十一'), 11);
  assert.equal(cnToNumber('两'), 2);
  for (const bad of ['', '一一', '十十', '百', '十百', '三二']) assert.equal(cnToNumber(bad), undefined, bad);
  for (let n = 1; n < 1000; n++) assert.equal(cnToNumber(numberToCn(n)), n);
});

test('a hundred and more parts: 一百〇一、 and 一百零一、 are both right', () => {
  assert.equal(numberToCn(105, '〇'), '一百〇五');
  const parts = (zero: '零' | '〇') => Array.from({ length: 120 }, (_, i) => `## ${numberToCn(i + 1, zero)}、第${numberToCn(i + 1, zero)}部分\n\n一是抓落实。二是重实效。\n`).join('\n');
  for (const zero of ['零', '〇'] as const) {
    const text = `---\ntitle: t\nlang: zh-CN\n---\n\n# t\n\n${parts(zero)}`;
    assert.deepEqual(numberingFindings(text).map((f) => f.message), [], zero);
    assert.deepEqual(renumberAll(analyze(text).numbering), [], zero);
  }
});

test('Roman numerals round-trip and refuse non-canonical forms', () => {
  for (let n = 1; n < 40; n++) assert.equal(fromRoman(toRoman(n)), n);
  assert.equal(fromRoman('IIII'), undefined);
  assert.equal(fromRoman('IC'), undefined);
});

test('renumber all fixes every series of a broken draft, and the result is clean', () => {
  const text = readFileSync(join(FIXTURES, 'numbering-sequence', 'gap-duplicate.speech.md'), 'utf8');
  const analysis = analyze(text);
  const fixed = apply(text, renumberAll(analysis.numbering));
  assert.deepEqual(numberingFindings(fixed).map((f) => f.message), []);
  assert.match(fixed, /一是领导重视程度越来越高。二是重点任务有序推进。三是基础保障得到加强。/);
  assert.match(fixed, /## 二、加强领导指导/);
  assert.match(fixed, /首先，要压紧压实责任；其次，要发挥整体优势。/);
  assert.deepEqual(renumberAll(analyze(fixed).numbering), [], 'renumbering twice changes nothing');
});

test('renumber all normalises forms (GB/T 9704) too', () => {
  const text = readFileSync(join(FIXTURES, 'numbering-style', 'forms.speech.md'), 'utf8');
  const fixed = apply(text, renumberAll(analyze(text).numbering));
  assert.deepEqual(numberingFindings(fixed).map((f) => f.message), []);
  assert.match(fixed, /^一、提高思想认识/m);
  assert.match(fixed, /^（一）站在/m);
  assert.match(fixed, /^（三）站在/m);
  assert.match(fixed, /^1\.强化政治引领/m);
  assert.match(fixed, /^四、发挥整体优势/m);
});

test('renumber all leaves the seed speeches untouched', () => {
  for (const path of ['numbering-sequence/seed-paragraphs', 'numbering-hierarchy/seed-headings', 'numbering-count/seed-raw']) {
    const text = readFileSync(join(FIXTURES, `${path}.speech.md`), 'utf8');
    const analysis = analyze(text);
    assert.deepEqual(renumberAll(analysis.numbering), [], path);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId.startsWith('numbering-')), [], path);
  }
});

test('the whole-series fix and the one-item fix of a finding', () => {
  const text = '---\ntitle: t\nlang: zh-CN\n---\n\n一是加强学习。三是改进作风。四是狠抓落实。\n';
  const [finding, ...rest] = numberingFindings(text);
  assert.equal(rest.length, 0);
  assert.equal(finding!.message, '应为“二是”，实为“三是”。');
  assert.equal(text.slice(finding!.start, finding!.end), '三是');
  const [series, one] = finding!.fixes!;
  assert.equal(series!.title['zh-CN'], '重新编号整个序列');
  assert.match(apply(text, series!.edits), /一是加强学习。二是改进作风。三是狠抓落实。/);
  assert.equal(one!.title['zh-CN'], '改为“二是”');
  assert.match(apply(text, one!.edits), /一是加强学习。二是改进作风。四是狠抓落实。/);
});

test('large numbers: 第十一 and 十二是 continue their series', () => {
  const items = Array.from({ length: 12 }, (_, i) => `${numberToCn(i + 1)}是抓好第${numberToCn(i + 1)}项工作。`).join('');
  assert.deepEqual(numberingFindings(`---\ntitle: t\n---\n\n${items}\n`), []);
  const broken = items.replace('十一是', '十三是');
  // 十二是 after the slip is back in its place: one finding, not a cascade.
  assert.deepEqual(numberingFindings(`---\ntitle: t\n---\n\n${broken}\n`).map((f) => f.message), ['应为“十一是”，实为“十三是”。']);
});

test('hover text: position in the series and the parent', () => {
  const text = readFileSync(join(FIXTURES, 'numbering-hierarchy', 'seed-headings.speech.md'), 'utf8');
  const analysis = analyze(text);
  const at = text.indexOf('二是强化组织纪律');
  const item = itemAt(analysis.numbering, at + 1)!;
  assert.equal(describeItem(text, item, 'zh-CN'), '**二是** 第 2 点，共 4 点\n\n上级：二、明确目标任务,以务实和创新举措抓好政协党的建设各项工 作');
  assert.equal(describeItem(text, item, 'en'), '**二是** point 2 of 4\n\nparent: 二、明确目标任务,以务实和创新举措抓好政协党的建设各项工 作');
  assert.equal(itemAt(analysis.numbering, text.indexOf('统一战线')), undefined);
});

test('outline: numbered points nested under their part and their point', () => {
  const text = readFileSync(join(FIXTURES, 'numbering-sequence', 'seed-paragraphs.speech.md'), 'utf8');
  const a = analyze(text);
  const outline = buildOutline(a.model, a.structure, a.template, a.numbering);
  const find = (items: readonly OutlineItem[], name: string): OutlineItem | undefined => {
    for (const i of items) {
      if (i.name === name) return i;
      const hit = find(i.children, name);
      if (hit) return hit;
    }
    return undefined;
  };
  const first = find(outline, '第一,坚持从严治党')!;
  assert.equal(first.kind, 'point');
  assert.deepEqual(first.children.map((c) => c.name), ['一要明确主责', '二要严实作风', '三要考核问责']);
  const second = find(outline, '第二,突出问题导向')!;
  assert.equal(second.children.length, 5);
  assert.equal(first.children[0]!.end, first.children[1]!.start, 'a point runs up to its next sibling');
  assert.ok(first.children[2]!.end <= first.end);
  assert.deepEqual(find(outline, '一、提高思想认识')!.children.map((c) => c.name.slice(0, 5)), ['一是要站在', '二是要站在', '三是要站在']);
});
