import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index.js';
import { importDocx } from '../../server/src/docx/import/index.js';
import { formatNumber } from '../../server/src/docx/import/numberFormats.js';
import { featureDraft, seedDraft, seedExpected, styledDraft } from './make-drafts.js';

test('a real draft (the seed speech as its writer’s Word file) becomes the speech, character for character', async () => {
  const result = await importDocx(await seedDraft(), { fileName: 'seed.docx' });
  assert.equal(result.markdown, seedExpected());
  const analysis = analyze(result.markdown);
  assert.equal(analysis.template?.id, 'review-meeting');
  assert.deepEqual([...new Set(analysis.findings.map((f) => f.ruleId))], ['placeholder'], 'only the draft’s own X placeholders remain');
});

const FEATURES = `---
title: 关于加快推进数字政府建设的讲话
speaker: 市长 王某某
occasion: 全市数字政府建设推进会
date: 2024-03-08
lang: zh-CN
# template guessed by \`podium import\` from the headings: check it
template: promotion-meeting
---

同志们：

今天召开会议，主要任务是部署**数字政府**建设，推广*GovTech*经验。

## 一、提高思想认识

### （一）充分认识重要意义

据统计，全市政务服务事项网上可办率达到98%[^1]。

### （二）准确把握目标要求

#### 1.明确时间表

第一行\\
第二行

项目\t进度

<!-- podium: left out table “指标 数值 网上可办率 98%” -->

## 二、突出工作重点

### （一）加快平台建设

如图所示：

<!-- podium: left out image -->

<!-- podium: left out text box -->

## 三、强化组织保障

（一）加强组织领导。各级各部门要把数字政府建设摆上重要议事日程，主要领导亲自抓，分管领导具体抓，形成一级抓一级、层层抓落实的工作格局。

同志们，数字政府建设任务艰巨。让我们坚定信心，扎实工作！

[^1]: 数据来源：市政务服务中心2023年年报。
`;

test('a draft with every feature: title block, numbered 黑体/楷体 headings, emphasis, footnote, breaks, left-out objects', async () => {
  const result = await importDocx(await featureDraft(), { fileName: 'features.docx' });
  assert.equal(result.markdown, FEATURES);
  const notes = result.notes.map((n) => n.message.en);
  assert.ok(notes.some((n) => n.includes('"promotion-meeting" was guessed')));
  for (const what of ['table', 'image', 'text box']) assert.ok(notes.some((n) => n.startsWith(`Left out 1 ${what}`)), what);
  assert.ok(notes.includes('Headers, footers and page numbers were dropped.'));
  for (const n of result.notes) assert.match(n.message['zh-CN'], /[\u4e00-\u9fff]/, 'every note also in Chinese');
  assert.doesNotMatch(result.markdown, /XX市人民政府办公室|— \d/, 'header and page number never read');
});

test('heading styles saved by Chinese Word (ids 1, 2, a3) are headings by name; then a typed “1.” stays body text', async () => {
  const result = await importDocx(await styledDraft());
  assert.equal(result.markdown, [
    '---', 'title: 关于某某工作的讲话', 'lang: zh-CN', '---', '', '同志们：', '',
    '## 一、总体要求', '', '1\\. 这一段不是标题。', '', '### （一）工作目标', '', '谢谢大家！', '',
  ].join('\n'));
  const paragraph = analyze(result.markdown).model.blocks.find((b) => b.kind === 'paragraph' && result.markdown.slice(b.start, b.end).startsWith('1'));
  assert.ok(paragraph, 'the escaped “1.” is a paragraph, not a list');
});

test('numbering formats display as Word shows them', () => {
  assert.equal(formatNumber(10, 'chineseCountingThousand'), '十');
  assert.equal(formatNumber(21, 'chineseCountingThousand'), '二十一');
  assert.equal(formatNumber(10, 'chineseCounting'), '一〇');
  assert.equal(formatNumber(3, 'ideographTraditional'), '丙');
  assert.equal(formatNumber(12, 'chineseLegalSimplified'), '壹拾贰');
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(14, 'lowerRoman'), 'xiv');
  assert.equal(formatNumber(28, 'upperLetter'), 'BB');
  assert.equal(formatNumber(7, 'decimalFullWidth'), '７');
});

test('front matter Word does not show comes back from the PodiumFrontMatter property; hidden text is not read', async () => {
  const { Document, Packer, Paragraph, TextRun, AlignmentType } = await import('docx');
  const doc = new Document({
    customProperties: [{ name: 'PodiumFrontMatter', value: 'title: 旧标题\ntemplate: review-meeting\nminutes: 20\ntags: [党建, 述职]\n' }],
    sections: [{ children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('在述职会上的讲话')] }),
      new Paragraph({ children: [new TextRun('同志们：'), new TextRun({ text: '（批注：删掉）', vanish: true })] }),
    ] }],
  });
  const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
  assert.equal(result.markdown, '---\ntitle: 在述职会上的讲话\nlang: zh-CN\ntemplate: review-meeting\nminutes: 20\ntags:\n  - 党建\n  - 述职\n---\n\n同志们：\n');
  assert.ok(!result.notes.some((n) => n.message.en.includes('guessed')), 'a stored template is not a guess');
});
