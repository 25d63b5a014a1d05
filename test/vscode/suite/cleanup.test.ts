// Clean Up Pasted Text and Restore Paragraphs in a real VS Code: a raw draft pasted into a new
// speech, cleaned in one step and undone in one step; paragraphs restored with and without the preview.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PodiumApi } from '../../../client/src/extension';
import type { CommandOutcome } from '../../../client/src/cleanUp';
import { analyze, cleanUpText, restoreParagraphs } from '../../../server/src/core/index';
import { activateExtension, closeAllEditors, fixtureUri, hasCode, openAndWaitForDiagnostics, WAIT_MS } from './helpers';

const HEAD = '---\ntemplate: review-meeting\nlang: zh-CN\n---\n\n';
let api: PodiumApi;
let raw: string;
let count = 0;

/** A new speech with only its front matter, open in an editor, the server's first diagnostics in. */
async function newSpeech(): Promise<vscode.TextEditor> {
  const name = `copies/pasted-${++count}.speech.md`;
  await vscode.workspace.fs.writeFile(fixtureUri(name), new TextEncoder().encode(HEAD));
  return (await openAndWaitForDiagnostics(name, hasCode('missing-section'))).editor;
}

/** Pastes as a writer does: one insertion at the end, its own undo step. */
async function paste(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, text)));
}

/** Resolves once an editor shows a Podium preview: the diff has finished opening. */
function previewVisible(): Promise<void> {
  const shown = () => vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'podium-preview');
  return new Promise((resolve, reject) => {
    if (shown()) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('the preview never became visible')); }, WAIT_MS);
    const sub = vscode.window.onDidChangeVisibleTextEditors(() => {
      if (!shown()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Resolves with the first diff tab whose right side is a Podium preview. */
function previewTab(): Promise<vscode.TabInputTextDiff> {
  return new Promise((resolve, reject) => {
    const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input)
      .find((i): i is vscode.TabInputTextDiff => i instanceof vscode.TabInputTextDiff && i.modified.scheme === 'podium-preview');
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('no preview diff opened')); }, WAIT_MS);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const found = find();
      if (!found) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
    const now = find();
    if (now) { clearTimeout(timer); sub.dispose(); resolve(now); }
  });
}

describe('clean up pasted text', () => {
  before(async () => {
    api = (await activateExtension()).exports as PodiumApi;
    raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('pasted-seed.txt'))).trimEnd();
  });
  afterEach(async () => {
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });

  it('Clean Up Pasted Text applies every certain fix as one edit, and one undo brings the paste back', async () => {
    const editor = await newSpeech();
    await paste(editor, raw);
    const pasted = editor.document.getText();
    const expected = cleanUpText(pasted, (t) => analyze(t).findings);
    const outcome = await vscode.commands.executeCommand<CommandOutcome>('podium.cleanUp', { uri: editor.document.uri.toString(), restoreFirst: false });
    assert.equal(editor.document.getText(), expected.text);
    assert.equal(outcome.applied, expected.edit !== undefined);
    assert.match(outcome.message ?? '', /finding\(s\) left for you|No findings left|问题需要您处理|没有遗留问题/);
    if (expected.edit) {
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), pasted, 'one undo restores the paste');
    }
  });

  it('Restore Paragraphs with preview: false splits the paste; Podium then sees the salutation', async () => {
    const editor = await newSpeech();
    await paste(editor, raw);
    const expected = restoreParagraphs(editor.document.getText(), { headings: true }).text;
    const outcome = await vscode.commands.executeCommand<CommandOutcome>('podium.restoreParagraphs', { uri: editor.document.uri, preview: false, headings: true });
    assert.ok(outcome.applied);
    assert.equal(editor.document.getText(), expected);
    const info = await api.whenSpeechInfo(editor.document.uri, (i) => i.version === editor.document.version);
    const salutation = info.sections.find((s) => s.kind === 'salutation');
    assert.ok(salutation?.present, JSON.stringify(info.sections));
    type Node = (typeof info.outline)[number];
    const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const parts = flat(info.outline).filter((n) => n.kind === 'part').map((n) => n.name);
    for (const heading of ['第一', '第二', '第三']) assert.ok(parts.some((p) => p.startsWith(heading)), `${heading}… is a part: ${parts.join(' | ')}`);
  });

  it('Restore Paragraphs shows a diff of the proposal first; closing it cancels', async () => {
    const editor = await newSpeech();
    await paste(editor, raw);
    const before = editor.document.getText();
    const running = vscode.commands.executeCommand<CommandOutcome>('podium.restoreParagraphs', editor.document.uri);
    const diff = await previewTab();
    await previewVisible();
    assert.equal(diff.original.toString(), editor.document.uri.toString());
    const proposal = await vscode.workspace.openTextDocument(diff.modified);
    assert.equal(proposal.getText(), restoreParagraphs(before).text);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input === diff || (t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === diff.modified.toString()));
    assert.ok(tab);
    await vscode.window.tabGroups.close(tab); // the writer closes the diff: cancelled
    const outcome = await running;
    assert.equal(outcome.applied, false);
    assert.equal(editor.document.getText(), before);
  });

  it('declares its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['podium.cleanUp', 'podium.restoreParagraphs']) assert.ok(commands.includes(c), `${c} is not registered`);
  });
});
