// The packaged extension (.vsix installed with --install-extension, not the working tree):
// it is installed from the package, activates, and its bundled server publishes diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, EXTENSION_ID, hasCode, openAndWaitForDiagnostics, SOURCE } from '../suite/helpers';

describe('packaged vsix', () => {
  it('is installed as a regular extension, not loaded from the working tree', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    assert.notEqual(ext.extensionPath, process.env.PODIUM_REPO_ROOT, 'loaded from the working tree, not from the vsix');
    const installed = process.env.PODIUM_TEST_EXTENSIONS_DIR;
    assert.ok(installed && ext.extensionPath.startsWith(installed), `${ext.extensionPath} is not under the extensions dir ${installed}`);
    assert.equal(ext.packageJSON.name, 'podium');
  });

  it('activates', async () => {
    const ext = await activateExtension();
    assert.ok(ext.isActive);
  });

  it('publishes diagnostics from its bundled server', async () => {
    const { diagnostics } = await openAndWaitForDiagnostics('review-problems.speech.md', hasCode('placeholder'));
    assert.ok(diagnostics.every((d) => d.source === SOURCE));
    assert.ok(diagnostics.some((d) => codeOf(d) === 'missing-section'), 'missing-section expected too');
  });
});
