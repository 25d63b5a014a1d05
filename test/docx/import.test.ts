import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index.js';
import { importDocx } from '../../server/src/docx/import/index.js';
import { formatNumber } from '../../server/src/docx/import/numberFormats.js';
import { featureDraft, featureExpected, seedDraft, seedExpected, styledDraft } from './make-drafts.js';

test('a real draft (the seed speech as its writer’s Word file) becomes the speech, character for character', async () => {
  const result = await importDocx(await seedDraft(), { fileName: 'seed.docx' });
  assert.equal(result.markdown, seedExpected());
  const analysis = analyze(result.markdown);
  assert.equal(analysis.template?.id, 'review-meeting');
  assert.deepEqual([...new Set(analysis.findings.map((f) => f.ruleId))], ['placeholder'], 'only the draft’s own X placeholders remain');
});


test('a draft with every feature: title block, numbered 黑体/楷体 headings, emphasis, footnote, breaks, left-out objects', async () => {
  const result = await importDocx(await featureDraft(), { fileName: 'features.docx' });
  assert.equal(result.markdown, featureExpected());
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

test('text that would read as Markdown syntax stays text; what cannot pair is left as typed', async () => {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const lines = ['```js', '* 号线路', '***', '- - -', '+ 号', '# 号文件', '1. 季度的任务已经完成。二季度还要抓紧。', '[^1] 不是脚注', '<b>不是标签</b>', '报名截止日期为____年__月', '一个*号', '&amp; 不是实体', '===', 'a\\b'];
  const doc = new Document({ sections: [{ children: [new Paragraph({ alignment: 'center', children: [new TextRun('标题')] }), ...lines.map((l) => new Paragraph(l))] }] });
  const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
  const analysis = analyze(result.markdown);
  const paragraphs = analysis.model.blocks.filter((b) => b.kind === 'paragraph');
  assert.deepEqual(analysis.model.blocks.map((b) => b.kind), lines.map(() => 'paragraph'), result.markdown);
  assert.equal(paragraphs.length, lines.length);
  assert.match(result.markdown, /\n报名截止日期为____年__月\n/, 'a blank to fill in is not escaped');
  assert.match(result.markdown, /\n一个\*号\n/, 'a lone * is not escaped');
});

test('the import module is pure: no editor, protocol or Node import (bytes in, text out)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = join(import.meta.dirname, '..', '..', 'server', 'src', 'docx', 'import');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/from\s+'([^']+)'/g)) assert.match(m[1]!, /^(\.{1,2}\/|fflate$|fast-xml-parser$|yaml$)/, `${file} imports ${m[1]}`);
    assert.doesNotMatch(source, /\brequire\(|\bprocess\.|\bBuffer\b/, `${file} reaches outside`);
  }
});
