// podium.templatesFolder changed in a running VS Code takes effect without a window reload: the
// templates in the new folder count, and a template file there is checked as it is edited.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitForDiagnostics, workspaceFolder } from './helpers';

describe('templates folder: changed without a reload', () => {
  before(async () => { await activateExtension(); });
  after(async () => {
    await vscode.workspace.getConfiguration('podium').update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('checks a template file in the new folder and lets speeches use its templates', async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'office-templates');
    const template = vscode.Uri.joinPath(folder, 'lecture.yaml');
    await vscode.workspace.fs.writeFile(template, new TextEncoder().encode(
      'id: office-lecture\nname: 机关党课\nsectoins: []\nsections:\n  - { id: salutation, kind: salutation, required: true, label: 称呼 }\n',
    ));
    const speech = vscode.Uri.joinPath(workspaceFolder(), 'lecture.speech.md');
    await vscode.workspace.fs.writeFile(speech, new TextEncoder().encode('---\ntitle: 党课\ntemplate: office-lecture\n---\n\n今天讲一个问题。\n'));
    await vscode.workspace.getConfiguration('podium').update('templatesFolder', 'office-templates', vscode.ConfigurationTarget.Workspace);

    const doc = await vscode.workspace.openTextDocument(template);
    await vscode.window.showTextDocument(doc);
    const problems = await waitForDiagnostics(template, (ds) => ds.some((d) => d.source === 'podium' && d.message.includes('sectoins')));
    assert.ok(problems.some((d) => d.message.includes('"sections"')), problems.map((d) => d.message).join('\n'));

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(speech));
    const ds = await waitForDiagnostics(speech, (d) => d.some((x) => x.source === 'podium' && String(typeof x.code === 'object' ? x.code.value : x.code) === 'missing-section'));
    assert.ok(!ds.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'unknown-template'), 'the new folder\'s template is known');
  });
});
