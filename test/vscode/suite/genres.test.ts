// Issue 14: a speech without headings, in a real VS Code. An opening address as published (no
// `##` headings) shows its sections in the Outline, found from its paragraphs; without the
// paragraph that opens the meeting, missing-section names that section.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PodiumApi } from '../../../client/src/extension';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, openAndWaitForDiagnostics, openSpeech } from './helpers';

describe('genres: a heading-less opening address', () => {
  before(async () => { await activateExtension(); });
  afterEach(closeAllEditors);

  it('shows its sections in the Outline, each over its own paragraphs', async () => {
    const editor = await openSpeech('opening-address.speech.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols?.length, 'no document symbols');
    const [title] = symbols;
    assert.equal(title!.name, '学校运动会开幕式讲话');
    const names = title!.children.map((c) => c.name);
    assert.deepEqual(names, ['称呼', '宣布开幕与欢迎', '任务与要求', '预祝成功'], names.join(' | '));
    const doc = editor.document;
    const tasks = title!.children[2]!;
    assert.ok(doc.lineAt(tasks.range.start.line).text.startsWith('希望每一位运动员'), doc.lineAt(tasks.range.start.line).text);
    const wishes = title!.children[3]!;
    assert.ok(doc.lineAt(wishes.range.start.line).text.startsWith('最后，预祝'));
    assert.ok(doc.lineAt(wishes.range.end.line).text.startsWith('谢谢大家'), 'the closing runs to the thanks');
  });

  it('without the paragraph that declares it open, reports that section missing', async () => {
    const { diagnostics } = await openAndWaitForDiagnostics('opening-address-no-declaration.speech.md', (ds) => ds.some((d) => codeOf(d) === 'missing-section'));
    const missing = diagnostics.filter((d) => codeOf(d) === 'missing-section');
    assert.deepEqual(missing.map((d) => d.message), ['缺少模板“开幕词”要求的章节“宣布开幕与欢迎”。'], describeDiagnostics(diagnostics));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixtureUri('opening-address-no-declaration.speech.md'));
    const names = symbols[0]!.children.map((c) => c.name);
    assert.deepEqual(names, ['称呼', '开场白', '任务与要求', '预祝成功'], 'its first paragraph is an opening, not a declaration');
  });
});

describe('genres: the Structure view of a heading-less speech', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  afterEach(closeAllEditors);

  async function rowsOf(name: string) {
    const editor = await openSpeech(name);
    await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    const rows = api.structureItems();
    return { rows, text: rows.map((r) => `${'  '.repeat(r.depth)}${r.label} | ${r.description}`).join('\n') };
  }

  it('shows each section found, with its speaking time against its share (minutes planned)', async () => {
    const { rows, text } = await rowsOf('opening-address.speech.md');
    const top = rows.filter((r) => r.depth === 0).map((r) => r.label);
    assert.deepEqual(top.slice(0, 5), ['称呼', '宣布开幕与欢迎', '背景与意义', '任务与要求', '预祝成功'], text);
    const tasks = rows.find((r) => r.depth === 0 && r.label === '任务与要求')!;
    assert.match(tasks.description, /^✓ \d+ chars · ~[\d.]+ min \/ \d+% share$/, text);
    assert.match(tasks.tooltip ?? '', /^任务与要求: present\n\d+% of the 3 min planned: about [\d.]+ min$/, text);
    assert.match(rows.find((r) => r.depth === 0 && r.label === '背景与意义')!.description, /optional, not written/, text);
  });

  it('shows the sections its phrases did not find as not recognised, not missing', async () => {
    const { rows, text } = await rowsOf('review-unrecognised.speech.md');
    const row = (label: string) => rows.find((r) => r.depth === 0 && r.label === label)!;
    assert.equal(row('成绩与特点').description, '? not recognised', text);
    assert.equal(row('问题与不足').description, '? not recognised', text);
    assert.match(row('意见与要求').description, /^✓ /, text);
    assert.deepEqual(vscode.languages.getDiagnostics(fixtureUri('review-unrecognised.speech.md')).filter((d) => codeOf(d) === 'missing-section'), []);
  });
});
