// Diagnostics and document symbols in a real VS Code, from the extension's language server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAllEditors, codeOf, describeDiagnostics, fixtureUri, hasCode,
  openAndWaitForDiagnostics, SOURCE, waitForDiagnostics,
} from './helpers';
import { RULE_DOCS } from '../../../server/src/protocol';

const PROBLEMS = 'review-problems.speech.md';
const CLEAN = 'review-clean.speech.md';

describe('diagnostics', () => {
  before(async () => { await activateExtension(); });
  afterEach(closeAllEditors);

  it('reports the unfilled XXX placeholder with source podium, on the placeholder itself', async () => {
    const { editor, diagnostics } = await openAndWaitForDiagnostics(PROBLEMS, hasCode('placeholder'));
    const doc = editor.document;
    const d = diagnostics.find((x) => codeOf(x) === 'placeholder')!;
    assert.equal(d.source, SOURCE);
    // The extension adds the source and the code's link to the rules (the server leaves both out for it).
    assert.ok(typeof d.code === 'object', `the code should be a link: ${JSON.stringify(d.code)}`);
    assert.equal(d.code.target.toString(true), RULE_DOCS);
    const start = doc.positionAt(doc.getText().indexOf('XXX'));
    assert.deepEqual([d.range.start.line, d.range.start.character], [start.line, start.character],
      `placeholder range should start at XXX, got:\n${describeDiagnostics(diagnostics)}`);
    assert.equal(doc.getText(d.range), 'XXX');
  });

  it('reports the missing 问题 section of the review-meeting template', async () => {
    const { diagnostics } = await openAndWaitForDiagnostics(PROBLEMS, hasCode('missing-section'));
    const d = diagnostics.find((x) => codeOf(x) === 'missing-section')!;
    assert.equal(d.source, SOURCE);
    assert.ok(d.severity <= vscode.DiagnosticSeverity.Warning, `missing-section should be an error or warning: ${describeDiagnostics([d])}`);
  });

  it('a settings file\'s problem keeps its plain code: only a rule\'s code links to the rules', async () => {
    // In a folder of its own, so that no speech the other tests open reads it.
    const folder = fixtureUri('settings-check');
    const uri = vscode.Uri.joinPath(folder, '.podium.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('bogus: 1\n'));
    try {
      const waiting = waitForDiagnostics(uri, hasCode('config'));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const d = (await waiting).find((x) => codeOf(x) === 'config')!;
      assert.equal(d.source, SOURCE);
      assert.equal(d.code, 'config', `a plain code, not a link: ${JSON.stringify(d.code)}`);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('publishes no diagnostics for a clean 述职会 speech', async () => {
    const { diagnostics } = await openAndWaitForDiagnostics(CLEAN, () => true, { requirePublish: true });
    assert.equal(diagnostics.length, 0, `expected none, got:\n${describeDiagnostics(diagnostics)}`);
  });

  it('provides document symbols for the outline', async () => {
    await openAndWaitForDiagnostics(CLEAN, () => true); // the server has analysed it
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider', fixtureUri(CLEAN));
    assert.ok(symbols && symbols.length > 0, 'no document symbols');
    const names = flatten(symbols).map((s) => s.name).join(' | ');
    assert.match(names, /工作取得的成效|成绩与特点/, `symbols: ${names}`);
  });
});

function flatten(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): { name: string }[] {
  return symbols.flatMap((s) => [s, ...('children' in s ? flatten(s.children) : [])]);
}
