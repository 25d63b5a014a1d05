/** What goes into the exported document: text, formatting, title block, warnings, settings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, example, exportText, paragraphs, textOf } from './export-helpers.js';
import { blocksStrictExport, DEFAULT_FONTS, DEFAULT_SIZES, mergeExportSettings, resolveOptions } from '../../server/src/docx/export/index.js';
import { parseConfigFile, RULES } from '../../server/src/core/index.js';
import { EXPORT_FONT_KEYS, EXPORT_SIZE_KEYS } from '../../server/src/core/exportSettings.js';

const speech = (front: string, body: string) => `---\n${front}\n---\n\n${body}`;

test('bold and italic become run formatting; escapes, entities and inline code become their text', async () => {
  const { docx } = await exportText(speech('title: 测试', '# 测试\n\n同志们：\n\n要**抓紧**落实，*务必*做到\\*星号\\*、&amp;和 `代码`。\n'));
  const body = all(docx.part('word/document.xml'), 'w:p').find((p) => textOf(p).startsWith('要'))!;
  assert.equal(textOf(body), '要抓紧落实，务必做到*星号*、&和 代码。');
  const runs = all([body], 'w:r').map((r) => ({ text: textOf(r), bold: all([r], 'w:b').length > 0, italic: all([r], 'w:i').length > 0 }));
  assert.deepEqual(runs.filter((r) => r.bold).map((r) => r.text), ['抓紧']);
  assert.deepEqual(runs.filter((r) => r.italic).map((r) => r.text), ['务必']);
});

test('a soft line break joins Chinese lines without a space and English lines with one', async () => {
  const zh = await exportText(speech('title: 测试', '同志们：\n\n第一行\n第二行。\n'));
  assert.ok(paragraphs(zh.docx).some(([, t]) => t === '第一行第二行。'));
  const en = await exportText(speech('title: Test\nlang: en', 'Friends,\n\nfirst line\nsecond line.\n'));
  assert.ok(paragraphs(en.docx).some(([, t]) => t === 'first line second line.'));
});

test('headings keep the writer\'s numbers and lose a trailing {#id}; levels map to Heading 1–4', async () => {
  const { docx } = await exportText(speech('title: 测试', '## 三、几点意见 {#directives}\n\n### （一）关于学习\n\n#### 1.认真学\n\n##### （1）原文\n\n###### 更深\n'));
  assert.deepEqual(paragraphs(docx).filter(([s]) => s.startsWith('Heading')), [
    ['Heading1', '三、几点意见'], ['Heading2', '（一）关于学习'], ['Heading3', '1.认真学'], ['Heading4', '（1）原文'], ['Heading4', '更深'],
  ]);
});

test('lists keep an ordered item\'s number and drop bullets; each item is its own paragraph', async () => {
  const { docx } = await exportText(speech('title: 测试', '1. 加强领导\n2. 压实责任\n\n- 要点甲\n- 要点乙\n'));
  const texts = paragraphs(docx).map(([, t]) => t);
  for (const t of ['1.加强领导', '2.压实责任', '要点甲', '要点乙']) assert.ok(texts.includes(t), `${t} in ${JSON.stringify(texts)}`);
});

test('characters outside the BMP, CRLF line ends and a BOM come through unchanged', async () => {
  const text = '\uFEFF---\r\ntitle: 𠀋测试\r\n---\r\n\r\n# 𠀋测试\r\n\r\n同志们：\r\n\r\n𠀋字与🙂，〇和……都在。\r\n';
  const { docx } = await exportText(text);
  const ps = paragraphs(docx);
  assert.deepEqual(ps[0], ['Title', '𠀋测试']);
  assert.ok(ps.some(([s, t]) => s === 'Normal' && t === '𠀋字与🙂，〇和……都在。'));
});

test('the occasion becomes a subtitle ——在…上的讲话 under a title that names the subject, unless set never', async () => {
  const front = 'title: 把基层党建工作抓实抓好\nspeaker: 区委书记\noccasion: 全区基层党建工作会议\ndate: 2021-03-05';
  const auto = paragraphs((await exportText(speech(front, '同志们：\n\n正文。\n'))).docx);
  assert.deepEqual(auto.slice(0, 4), [
    ['Title', '把基层党建工作抓实抓好'], ['Subtitle', '——在全区基层党建工作会议上的讲话'], ['PodiumSpeaker', '区委书记'], ['PodiumDate', '（2021年3月5日）'],
  ]);
  const never = paragraphs((await exportText(speech(front, '正文。\n'), { layout: 'official', subtitle: 'never' })).docx);
  assert.equal(never.some(([s]) => s === 'Subtitle'), false);
  // A title that already says where it was given needs no subtitle.
  const review = paragraphs((await exportText(example('review-meeting'))).docx);
  assert.equal(review.some(([s]) => s === 'Subtitle'), false);
});

test('warnings list error diagnostics and unfilled placeholders; a clean speech has none', async () => {
  const clean = await exportText(example('review-meeting'));
  assert.deepEqual(clean.warnings, []);
  const bad = await exportText(example('with-problems'));
  const kinds = new Set(bad.warnings.map((w) => w.kind));
  assert.ok(kinds.has('placeholder'));
  assert.ok(bad.warnings.every((w) => w.message.en && w.message['zh-CN'] && w.line! > 0));
  assert.ok(bad.warnings.some((w) => w.message['zh-CN'].includes('“X”')));
  assert.equal(blocksStrictExport(bad.warnings), true);
  assert.equal(blocksStrictExport(clean.warnings), false);
});

test('broken front matter still exports, with the body and a note when there is no title', async () => {
  const r = await exportText('---\ntitle: [unclosed\n---\n\n同志们：\n\n正文照常导出。\n');
  assert.ok(paragraphs(r.docx).some(([, t]) => t === '正文照常导出。'));
  assert.ok(r.warnings.some((w) => w.kind === 'error'), 'the YAML error is reported');
});

test('options: defaults, fallbacks for unusable values, later settings win', () => {
  const o = resolveOptions({ layout: 'official', fonts: { body: '  ', kai: '楷体' }, sizes: { body: 500, title: 21.3 } });
  assert.equal(o.fonts.body, DEFAULT_FONTS.body);
  assert.equal(o.fonts.kai, '楷体');
  assert.equal(o.sizes.body, DEFAULT_SIZES.body);
  assert.equal(o.sizes.title, 21.5, 'Word stores half points');
  const merged = mergeExportSettings({ layout: 'reading', fonts: { body: '仿宋' } }, { fonts: { hei: '方正黑体_GBK' } }, { layout: 'official' });
  assert.deepEqual([merged.layout, merged.fonts], ['official', { body: '仿宋', hei: '方正黑体_GBK' }]);
});

test('.podium.yaml export: is read, and a bad value is reported where it is', () => {
  const ok = parseConfigFile('export:\n  layout: reading\n  subtitle: never\n  fonts:\n    body: 仿宋\n  sizes:\n    reading: 20\n', RULES.map((r) => r.id));
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.export, { layout: 'reading', subtitle: 'never', fonts: { body: '仿宋' }, sizes: { reading: 20 } });
  const source = 'export:\n  layout: poster\n  fonts:\n    headline: 黑体\n  sizes:\n    body: -3\n';
  const bad = parseConfigFile(source, RULES.map((r) => r.id));
  assert.deepEqual(bad.problems.map((p) => source.slice(p.start, p.end)), ['poster', 'headline', '-3']);
  assert.ok(bad.problems.every((p) => p.message.en && p.message['zh-CN']));
  // The config file's key lists are the exporter's.
  assert.deepEqual([...EXPORT_FONT_KEYS].sort(), Object.keys(DEFAULT_FONTS).sort());
  assert.deepEqual([...EXPORT_SIZE_KEYS].sort(), Object.keys(DEFAULT_SIZES).sort());
});

test('characters XML cannot hold are left out, a lone surrogate becomes U+FFFD: Word would refuse the file', async () => {
  const { docx } = await exportText(speech('title: 测试\u0007标题', '同志们：\n\n换页\u000C之后，空字符\u0000，孤代理\uD800项，\uFFFE非字符，𠀋保留。\n'));
  const ps = paragraphs(docx);
  assert.deepEqual(ps[0], ['Title', '测试标题']);
  assert.ok(ps.some(([, t]) => t === '换页之后，空字符，孤代理\uFFFD项，非字符，𠀋保留。'), JSON.stringify(ps));
});
