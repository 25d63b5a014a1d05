import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, buildTemplateSet } from '../../server/src/core/index.js';
import { createPodiumService, positionsOf } from '../../server/src/service/index.js';
import { toCompletionItem } from '../../server/src/convert.js';

const templates = buildTemplateSet();
const service = createPodiumService();
const SPEECH = '---\ntitle: 讲话\ntemplate: review-meeting\nlang: zh-CN\n---\n\n同志们：\n\n今天开会。\n\n## 一、工作取得的成效\n\n成效明显。\n\n';

function complete(text: string, line: number, character: number) {
  // As the server asks: the provider reads the document's lines, the converter makes LSP items.
  const doc = TextDocument.create('file:///w/a.speech.md', 'speech', 1, text);
  const analysis = analyze(text, { templates });
  const entries = service.completions(analysis, { line, character }, templates, 'en', new Date(2025, 0, 9), doc);
  // The CLI and tests read the analysis's own lines: the same answer.
  assert.deepEqual(service.completions(analysis, { line, character }, templates, 'en', new Date(2025, 0, 9), positionsOf(analysis.lines)), entries);
  return entries.map(toCompletionItem);
}
const labels = (items: { label: string }[]) => items.map((i) => i.label);

test('front matter keys that are not there yet', () => {
  const text = SPEECH.replace('lang: zh-CN\n', 'lang: zh-CN\nmi\n');
  const got = labels(complete(text, 4, 2));
  assert.ok(got.includes('minutes') && got.includes('rate') && got.includes('date'), got.join());
  assert.ok(!got.includes('title') && !got.includes('template'), got.join());
});

test('template ids, lang values and today as values', () => {
  const ids = labels(complete(SPEECH, 2, 'template: '.length));
  assert.deepEqual(ids, [...templates.templates.keys()]);
  for (const id of ['generic', 'review-meeting', 'opening-ceremony', 'host-script', 'keynote', 'toast']) assert.ok(ids.includes(id), ids.join());
  assert.deepEqual(labels(complete(SPEECH, 3, 'lang: '.length)), ['zh-CN', 'en']);
  const dated = SPEECH.replace('lang: zh-CN\n', 'lang: zh-CN\ndate: \n');
  assert.deepEqual(labels(complete(dated, 4, 'date: '.length)), ['2025-01-09']);
});

test('section headings the template still lacks, replacing the typed ##', () => {
  const text = SPEECH + '## ';
  const items = complete(text, text.split('\n').length - 1, 3);
  assert.deepEqual(labels(items), ['二、存在的问题和不足', '三、下步工作要求']);
  const edit = items[0]!.textEdit as { newText: string; range: { start: { character: number } } };
  assert.equal(edit.range.start.character, 0);
  assert.equal(edit.newText, '## 二、存在的问题和不足\n');
});

test('nothing in the middle of prose', () => {
  assert.deepEqual(complete(SPEECH, 8, 3), []);
});
