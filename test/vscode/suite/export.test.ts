// Podium: Export to Word… in a real VS Code: the open speech exported by arguments (no dialog),
// the file checked as a .docx with the speech's title; an existing file is not replaced unasked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { activateExtension, closeAllEditors, fixtureUri, openSpeech } from './helpers';

interface ExportResult { written: boolean; target?: string; warnings: { kind: string; message: string }[] }

const SPEECH = 'review-clean.speech.md';

async function documentXml(uri: vscode.Uri): Promise<string> {
  const files = unzipSync(await vscode.workspace.fs.readFile(uri));
  assert.ok(files['word/document.xml'], `not a .docx: ${Object.keys(files).join(', ')}`);
  return strFromU8(files['word/document.xml']);
}

describe('export to Word', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('exports the open speech to the given file, a .docx with its title and headings', async () => {
    const editor = await openSpeech(SPEECH);
    const target = fixtureUri('exports/review-clean.docx');
    await vscode.workspace.fs.createDirectory(fixtureUri('exports'));
    const result = await vscode.commands.executeCommand<ExportResult>('podium.exportToWord', {
      uri: editor.document.uri.toString(), target: target.toString(), layout: 'official', overwrite: true,
    });
    assert.equal(result.written, true);
    assert.deepEqual(result.warnings.filter((w) => w.kind !== 'note'), [], 'a clean speech exports without warnings');
    const xml = await documentXml(target);
    assert.match(xml, /<w:pStyle w:val="Title"\/>.*?在2020年上半年基层党建述职会上的讲话/s);
    assert.match(xml, /<w:pStyle w:val="Heading1"\/>.*?一、工作取得的成效/s);
  });

  it('exports a speech that is not open in an editor (as from the Explorer)', async () => {
    const target = fixtureUri('exports/closed.docx');
    const result = await vscode.commands.executeCommand<ExportResult>('podium.exportToWord', {
      uri: fixtureUri('editor-structure.speech.md').toString(), target: target.toString(), layout: 'reading', overwrite: true,
    });
    assert.equal(result.written, true);
    assert.match(await documentXml(target), /<w:pStyle w:val="Heading1"\/>/);
  });

  it('exports unsaved edits (the server holds the document as the editor shows it)', async () => {
    const editor = await openSpeech(SPEECH);
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().indexOf('同志们：')), '尚未保存的一句话。\n\n'));
    const target = fixtureUri('exports/unsaved.docx');
    await vscode.commands.executeCommand<ExportResult>('podium.exportToWord', { uri: editor.document.uri.toString(), target: target.toString(), overwrite: true });
    assert.match(await documentXml(target), /尚未保存的一句话。/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('never replaces an existing file without overwrite, and strict refuses a speech with placeholders', async () => {
    const editor = await openSpeech(SPEECH);
    const target = fixtureUri('exports/kept.docx');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('keep me'));
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('podium.exportToWord', { uri: editor.document.uri.toString(), target: target.toString() })),
      /exists; pass overwrite/,
    );
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'keep me');
    const problems = await openSpeech('review-problems.speech.md');
    const refused = await vscode.commands.executeCommand<ExportResult>('podium.exportToWord', {
      uri: problems.document.uri.toString(), target: fixtureUri('exports/problems.docx').toString(), strict: true,
    });
    assert.equal(refused.written, false);
    assert.ok(refused.warnings.some((w) => w.kind === 'placeholder'), JSON.stringify(refused.warnings));
  });
});
