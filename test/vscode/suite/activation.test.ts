// The extension starts when a folder holding speeches opens, before any speech is: its server
// then warms up while the writer looks for the speech, and the first one opened is checked by a
// warm server (bench: "opened 1 s after start"). Runs first (files run in name order), before any
// other suite opens a speech or activates the extension itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

/** Resolves once `condition` holds, checked every `everyMs`; VS Code has no event for an activation. */
function until(condition: () => boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const check = (): void => {
      if (condition()) resolve(true);
      else if (Date.now() - started > timeoutMs) resolve(false);
      else setTimeout(check, everyMs);
    };
    check();
  });
}

describe('activation', () => {
  it('starts the extension and its server in a folder of speeches before a speech is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const speechesOpen = () => vscode.workspace.textDocuments.filter((d) => d.languageId === 'speech').map((d) => d.uri.toString());
    assert.deepEqual(speechesOpen(), [], 'no speech is open yet');
    const active = await until(() => ext.isActive && ext.exports !== undefined, 30_000);
    assert.ok(active, 'the extension did not start in a folder holding speeches (activationEvents: workspaceContains)');
    // `activate` returns once the language client has started, i.e. the server answered `initialize`.
    assert.equal(typeof (ext.exports as { activationMs?: unknown }).activationMs, 'number');
    assert.deepEqual(speechesOpen(), [], 'it started without a speech being opened');
  });
});
