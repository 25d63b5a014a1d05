// A writer whose VS Code speaks Chinese: the extension's own words (status bar, Structure view,
// commands) in Chinese; a Chinese speech's diagnostics and fix titles in Chinese; an English
// speech's in English (what Podium says about a speech follows the speech).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PodiumApi } from '../../../client/src/extension';
import { activateExtension, closeAllEditors, openAndWaitForDiagnostics } from '../suite/helpers';

describe('Chinese UI', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  afterEach(closeAllEditors);

  it('runs with VS Code\'s display language set to Chinese', () => {
    assert.equal(vscode.env.language, 'zh-cn');
  });

  it('shows the status bar and the Structure view in Chinese', async () => {
    const { editor } = await openAndWaitForDiagnostics('editor-structure.speech.md', (ds) => ds.length > 0);
    await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    assert.match(api.statusBarText() ?? '', /^[\d,]+ 字 · 约 \d+ 分钟（限 5 分钟） · 3 处待填$/);
    const rows = api.structureItems();
    const text = rows.map((r) => `${r.label} | ${r.description}`).join('\n');
    assert.ok(rows.some((r) => r.label === '篇幅'), text);
    assert.ok(rows.some((r) => r.label === '问题与不足' && /缺少/.test(r.description)), text);
    assert.ok(rows.some((r) => r.label === '结束语' && /^✓ \d+ 字 · 约 [\d.]+ 分钟 \/ 占 5%$/.test(r.description)), text); // time against the template's share
  });

  it('gives a Chinese speech Chinese quick-fix titles, an English speech English ones', async () => {
    const { editor, diagnostics } = await openAndWaitForDiagnostics('editor-structure.speech.md', (ds) => ds.some((d) => d.message.includes('问题与不足')));
    const missing = diagnostics.find((d) => d.message.includes('问题与不足'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.title === '插入章节“问题与不足”'), actions.map((a) => a.title).join(', '));
    const keynote = await openAndWaitForDiagnostics('keynote.speech.md', () => true);
    assert.ok(keynote.diagnostics.every((d) => !/\p{Script=Han}/u.test(d.message)), keynote.diagnostics.map((d) => d.message).join('\n'));
  });
});
