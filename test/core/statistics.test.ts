import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, buildTemplateSet, computeStatistics, countLength, DEFAULT_CONFIG, mergeConfig, sectionStatuses } from '../../server/src/core/index.js';

const templates = buildTemplateSet();
const stats = (text: string, config = DEFAULT_CONFIG) => computeStatistics(analyze(text, { config, templates }), config, templates);

test('counts Han characters and full-width letters/digits, never punctuation or whitespace', () => {
  assert.equal(countLength('同志们：'), 3);
  assert.equal(countLength('“会诊”，意义重大。'), 6);
  assert.equal(countLength('ＡＢ１２　，'), 4);
  assert.equal(countLength(' \n\t，。、；：！？（）《》【】'), 0);
});

test('a run of Latin letters or digits counts once, as word processors count a Chinese text', () => {
  assert.equal(countLength('查找失联党员 12 人'), 8);
  assert.equal(countLength('手机 APP 掌上平台'), 7);
});

test('counts English words, with apostrophes and hyphens inside a word', () => {
  assert.equal(countLength("Ladies and gentlemen, it's a well-known fact."), 7);
  assert.equal(countLength('In 2024, we grew 3.5 percent.'), 6);
});

test('zh-CN: length of the body only, speaking time at 200 字/min, target minutes from front matter', () => {
  const body = '同志们：\n\n' + '这'.repeat(396) + '。\n';
  const s = stats(`---\ntitle: 讲话\nminutes: 5\n---\n\n${body}`);
  assert.equal(s.lang, 'zh-CN');
  assert.equal(s.unit, 'chars');
  assert.equal(s.length, 401, '字数 as Word counts it: the full-width marks too');
  assert.equal(s.spoken, 399, 'read aloud: no marks');
  assert.equal(s.rate, 200);
  assert.equal(s.rateSource, 'config');
  assert.ok(Math.abs(s.minutes - 399 / 200) < 1e-9, 'speaking time from the spoken count');
  assert.equal(s.targetMinutes, 5);
});

test('headings count; code blocks and HTML comments do not', () => {
  const s = stats('## 一、成效\n\n很好。<!-- 备注备注 -->\n\n```\n代码代码\n```\n');
  assert.equal(s.length, 7);
  assert.equal(s.spoken, 5);
});

test('front-matter rate wins over the configured rate; the configured rate over the default', () => {
  const config = mergeConfig(DEFAULT_CONFIG, { rates: { en: 100 } });
  const text = 'Ladies and gentlemen, thank you all for coming here today.\n';
  assert.equal(stats(text, config).rate, 100);
  assert.equal(stats(text, config).unit, 'words');
  assert.equal(stats(text, config).length, 10);
  const own = stats(`---\nlang: en\nrate: 150\n---\n${text}`, config);
  assert.equal(own.rate, 150);
  assert.equal(own.rateSource, 'front-matter');
  assert.equal(stats(`---\nlang: en\nrate: fast\n---\n${text}`).rate, 130);
  // The schema rule reports `rate: "100"` (a string) as an error: statistics must not use it either.
  assert.equal(stats(`---\nlang: en\nrate: "100"\n---\n${text}`).rate, 130);
  assert.ok(analyze(`---\ntitle: t\nlang: en\nrate: "100"\n---\n${text}`).findings.some((f) => f.ruleId === 'front-matter-schema' && /rate/.test(f.message)));
});

test('length in the front matter is the target the length is held to', () => {
  const s = stats('---\ntitle: 讲话\nlength: 3000\n---\n\n同志们：\n');
  assert.equal(s.targetLength, 3000);
  assert.equal(stats('---\ntitle: 讲话\nlength: "3000"\n---\n\n同志们：\n').targetLength, undefined);
});

test('placeholders: in the body and front matter, counted even when the rule is off', () => {
  const text = '---\ntitle: XXX 讲话\n---\n\n投入 X 万元,某某同志 TODO。\n';
  const off = mergeConfig(DEFAULT_CONFIG, { rules: { placeholder: 'off' } });
  const s = stats(text, off);
  assert.deepEqual(s.placeholders.map((p) => text.slice(p.start, p.end)), ['XXX', 'X', '某某', 'TODO']);
});

test('user placeholder patterns count too', () => {
  const config = mergeConfig(DEFAULT_CONFIG, { placeholderPatterns: ['〔待定〕'] });
  assert.equal(stats('时间〔待定〕。\n', config).placeholders.length, 1);
});

test('section statuses follow template order, present with a span and length, or missing', () => {
  const text = '---\ntemplate: review-meeting\n---\n\n同志们：\n\n今天开会。\n\n## 一、工作取得的成效\n\n成效明显。\n\n## 三、下步工作要求\n\n抓落实。\n\n我的讲话完了,谢谢大家!\n';
  const sections = sectionStatuses(analyze(text, { templates }), 'zh-CN');
  assert.deepEqual(sections.map((s) => [s.id, !!s.span]), [
    ['salutation', true], ['opening', true], ['achievements', true], ['problems', false], ['directives', true], ['closing', true],
  ]);
  const achievements = sections[2]!;
  assert.equal(text.slice(achievements.span!.start, achievements.span!.start + 12), '## 一、工作取得的成效');
  assert.equal(achievements.length, 9 + 5, 'the heading and the text, marks counted as Word counts them');
  assert.equal(sections[3]!.label, '问题与不足');
  assert.equal(sections[0]!.length, 4);
});

test('a section that is only a heading or still holds placeholders is to fill, not done', () => {
  const text = '---\ntemplate: review-meeting\n---\n\n同志们：\n\n今天开会。\n\n## 一、工作取得的成效\n\n## 二、存在的问题和不足\n\n有 X 个社区没有专职党务工作者。\n\n## 三、下步工作要求\n\n抓落实。\n\n同志们，……。我的讲话完了，谢谢大家！\n';
  const analysis = analyze(text, { templates });
  const placeholders = computeStatistics(analysis, DEFAULT_CONFIG).placeholders;
  const byId = Object.fromEntries(sectionStatuses(analysis, 'zh-CN', placeholders).map((s) => [s.id, s]));
  assert.deepEqual([byId['achievements']!.empty, byId['achievements']!.toFill], [true, 0]);
  assert.deepEqual([byId['problems']!.empty, byId['problems']!.toFill], [false, 1]);
  assert.equal(byId['directives']!.toFill, undefined, 'written: done');
  assert.equal(byId['closing']!.toFill, 1, 'the skeleton closing is still a stub');
});
