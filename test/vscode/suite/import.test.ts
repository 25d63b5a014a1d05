// Podium: Import from Word… in a real VS Code: a .docx made as Word users make them, imported by
// arguments (no dialog); the new speech opens and gets its diagnostics; a .doc gets a clear refusal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, waitForDiagnostics } from './helpers';
import { featureDraft } from '../../docx/make-drafts';

interface ImportResult { imported: boolean; target?: string; notes: string[]; error?: string }

describe('import from Word', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('imports a draft into a speech that opens with its diagnostics', async () => {
    await vscode.workspace.fs.createDirectory(fixtureUri('imports'));
    const source = fixtureUri('imports/features.docx');
    const target = fixtureUri('imports/features.speech.md');
    await vscode.workspace.fs.writeFile(source, await featureDraft());
    const result = await vscode.commands.executeCommand<ImportResult>('podium.importFromWord', { source: source.toString(), target: target.toString(), overwrite: true });
    assert.equal(result.imported, true, result.error);
    assert.ok(result.notes.some((n) => /table|表格/.test(n)), result.notes.join('\n'));
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^---\ntitle: 关于加快推进数字政府建设的讲话\nspeaker: 市长 王某某\n/);
    assert.match(text, /\n## 一、提高思想认识\n\n### （一）充分认识重要意义\n/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the new speech is open');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'speech');
    const ds = await waitForDiagnostics(target, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    const placeholder = ds.find((d) => codeOf(d) === 'placeholder')!;
    assert.equal(placeholder.range.start.line, 2, describeDiagnostics(ds)); // 某某 in `speaker: 市长 王某某`
  });

  it('refuses an old .doc with what to do, and never replaces a file unasked', async () => {
    const doc = fixtureUri('imports/old.doc');
    await vscode.workspace.fs.writeFile(doc, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const refused = await vscode.commands.executeCommand<ImportResult>('podium.importFromWord', { source: doc.toString(), target: fixtureUri('imports/old.speech.md').toString() });
    assert.equal(refused.imported, false);
    assert.match(refused.error ?? '', /\.docx/);
    const source = fixtureUri('imports/features.docx');
    await vscode.workspace.fs.writeFile(source, await featureDraft());
    const kept = fixtureUri('imports/kept.speech.md');
    await vscode.workspace.fs.writeFile(kept, new TextEncoder().encode('keep me\n'));
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('podium.importFromWord', { source: source.toString(), target: kept.toString() })),
      /exists; pass overwrite/,
    );
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(kept)), 'keep me\n');
  });
});
