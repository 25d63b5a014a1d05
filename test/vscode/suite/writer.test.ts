// A writer's first minutes (issue: typing Chinese prose, the Outline, New Speech): what a person
// sees in a real VS Code. Every wait is on an event or a state change, with a limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PodiumApi } from '../../../client/src/extension';
import { activateExtension, closeAllEditors, openAndWaitForDiagnostics, waitForDiagnostics, workspaceFolder } from './helpers';

async function settle(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('writer: typing in a speech', () => {
  before(async () => { await activateExtension(); });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('gets prose defaults: no word-based or quick suggestions, Enter never accepts one', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'speech' });
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
    assert.deepEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
    assert.equal(editor.get('acceptSuggestionOnEnter'), 'off');
  });

  it('types 基层党 then Enter, and gets exactly that line', async () => {
    const { editor } = await openAndWaitForDiagnostics('editor-structure.speech.md', () => true);
    const text = editor.document.getText();
    assert.ok(text.includes('基层党建'), 'the speech holds words that a word-based suggestion would offer');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '\n基层党' });
    await settle(800); // time for a suggest widget to open, if anything opened it
    await vscode.commands.executeCommand('type', { text: '\n' });
    const lines = editor.document.getText().split(/\r?\n/);
    assert.equal(lines.at(-2), '基层党', `Enter accepted a suggestion: ${JSON.stringify(lines.slice(-3))}`);
    assert.equal(lines.at(-1), '');
  });

  it('Enter after a front matter value keeps the value as typed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'speech', content: '---\ntitle: 讲话\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: 'template: review-meeting' });
    await settle(800);
    await vscode.commands.executeCommand('type', { text: '\n---' });
    assert.match(doc.getText(), /template: review-meeting\r?\n---$/, doc.getText());
  });
});

describe('writer: the Outline shows the headings', () => {
  before(async () => { await activateExtension(); });
  afterEach(closeAllEditors);

  it('an English keynote\'s ## Conclusion is "Conclusion", with Closing as its detail', async () => {
    const { editor } = await openAndWaitForDiagnostics('keynote.speech.md', () => true);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const children = symbols[0]!.children;
    const names = children.map((c) => c.name);
    const conclusion = children.find((c) => c.name === 'Conclusion');
    assert.ok(conclusion, names.join(' | '));
    assert.equal(conclusion.detail, 'Closing');
    assert.ok(names.includes('Homes people can afford'), names.join(' | '));
  });
});

describe('writer: New Speech from Template with arguments', () => {
  before(async () => { await activateExtension(); });
  afterEach(closeAllEditors);

  it('saves under exactly one .speech.md and checks the new speech', async () => {
    const target = vscode.Uri.joinPath(workspaceFolder(), 'new', 'promotion.speech.md.speech.md');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('podium.newSpeech', { template: 'promotion-meeting', target: target.toString() });
    assert.ok(doc, 'the command returns the new document');
    assert.equal(doc.uri.path.split('/').pop(), 'promotion.speech.md', 'one .speech.md, whatever name was given');
    assert.equal(doc.languageId, 'speech');
    assert.match(doc.getText(), /template: promotion-meeting/);
    await waitForDiagnostics(doc.uri, () => true);
    const untitled = await vscode.commands.executeCommand<vscode.TextDocument>('podium.newSpeech', { template: 'keynote', target: 'untitled' });
    assert.equal(untitled.isUntitled, true);
    assert.match(untitled.getText(), /template: keynote/);
  });
});

describe('writer: placeholders with their context', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  afterEach(closeAllEditors);

  it('the diagnostic and the Structure view show the words around each placeholder', async () => {
    const { editor, diagnostics } = await openAndWaitForDiagnostics('editor-structure.speech.md', (ds) => ds.some((d) => d.message.includes('占位符')));
    const x = diagnostics.find((d) => d.message.includes('“X”'))!;
    assert.match(x.message, /基层党建述职会，X 个乡镇党委书记/, x.message);
    await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    const rows = api.structureItems();
    const labels = rows.map((r) => r.label);
    assert.ok(api.structureVisible(), 'opening a speech has revealed the Speech Structure view');
    assert.ok(labels.some((l) => /X 个乡镇党委/.test(l)), labels.join(' | '));
    assert.ok(labels.some((l) => /某某同志/.test(l)), labels.join(' | '));
  });
});

describe('writer: counts a writer can trust', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  afterEach(closeAllEditors);

  it('shows 字数 as Word counts it against the front matter\'s length, and says which count is which', async () => {
    const text = '---\ntitle: 讲话\nlength: 10\nminutes: 1\n---\n\n同志们：\n\n今天召开这次会议，意义重大。\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'speech', content: text });
    await vscode.window.showTextDocument(doc);
    const info = await api.whenSpeechInfo(doc.uri, (i) => i.version === doc.version);
    assert.equal(info.statistics.length, 18, '同志们：(4) + 今天召开这次会议，意义重大。(14)');
    assert.equal(info.statistics.spoken, 15);
    assert.equal(info.statistics.targetLength, 10);
    assert.match(api.statusBarText() ?? '', /^18\/10 chars · ~1 min \(of 1\)/);
  });
});

describe('writer: a missing section in the Structure view', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('a click offers the missing-section fix and inserts the section where the template puts it', async () => {
    const { editor } = await openAndWaitForDiagnostics('editor-structure.speech.md', (ds) => ds.some((d) => d.message.includes('问题与不足')));
    await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    const inserted = await vscode.commands.executeCommand<boolean>('podium.insertSection', { uri: editor.document.uri.toString(), label: '问题与不足', confirm: false });
    assert.equal(inserted, true);
    const text = editor.document.getText();
    const at = text.indexOf('## 二、存在的问题和不足');
    assert.ok(at > text.indexOf('## 一、工作取得的成效') && at < text.indexOf('## 三、下步工作要求'), text);
  });
});

describe('writer: Show Speech Statistics', () => {
  before(async () => { await activateExtension(); });
  afterEach(closeAllEditors);

  it('lists each section with its length, its share of the time and what is still to fill', async () => {
    const { editor } = await openAndWaitForDiagnostics('editor-structure.speech.md', (ds) => ds.length > 0);
    const api = (await activateExtension()).exports as PodiumApi;
    await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    const rows = await vscode.commands.executeCommand<{ label: string; description?: string; range?: vscode.Range }[]>('podium.showStatistics', { show: false });
    const text = rows.map((r) => `${r.label} | ${r.description ?? ''}`).join('\n');
    const row = (label: string) => rows.find((r) => r.label === label);
    assert.match(row('成绩与特点')?.description ?? '', /^\d+ chars · ~\d+ min · 1 to fill$/, text);
    assert.match(row('问题与不足')?.description ?? '', /missing/, text);
    assert.ok(row('结束语')?.range, text);
    assert.match(rows[0]!.description ?? '', /chars · ~\d+ min/, text);
  });
});
