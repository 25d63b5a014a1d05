// The server only reads the workspace: speeches, `.podium.yaml` and template files stay byte for
// byte and timestamp for timestamp what they were, whatever the editor asks of it. Its fixes travel
// as edits the editor may apply (here: refused), never as writes of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest, CodeActionRequest, DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification,
  DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, type CodeAction,
} from 'vscode-languageserver-protocol/node';
import { ServerHarness } from '../server/harness.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Every file under `dir`: its bytes, size and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = `${statSync(path).mtimeMs} ${readFileSync(path).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

test('the server writes nothing to the workspace: edits, fixes, renumbering, settings and file events', async () => {
  const root = mkdtempSync(join(tmpdir(), 'podium-no-writes-'));
  const server = new ServerHarness();
  try {
    cpSync(EXAMPLES, root, { recursive: true });
    writeFileSync(join(root, '.podium.yaml'), 'rules:\n  repeated-word: error\nplaceholders:\n  patterns: ["待定"]\n');
    mkdirSync(join(root, '.podium', 'templates'), { recursive: true });
    writeFileSync(join(root, '.podium', 'templates', 'town-hall.yaml'), 'id: town-hall\nextends: generic\nname: { zh-CN: 座谈会, en: Town hall }\n');
    const before = snapshot(root);
    let editsOffered = 0;
    server.connection.onRequest(ApplyWorkspaceEditRequest.type, () => {
      editsOffered++;
      return { applied: false, failureReason: 'refused by the test' };
    });
    await server.initialize('zh-CN', root);

    for (const name of readdirSync(root).filter((n) => n.endsWith('.speech.md'))) {
      const uri = pathToFileURL(join(root, name)).href;
      const text = readFileSync(join(root, name), 'utf8');
      const { diagnostics } = await server.open(uri, text);
      const all = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      for (const only of [['quickfix'], ['source.fixAll.podium'], ['source.renumber.podium']]) {
        const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: all, context: { diagnostics, only } })) as CodeAction[] | null;
        for (const action of actions ?? []) if (action.command) await server.connection.sendRequest(ExecuteCommandRequest.type, action.command);
      }
      await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'podium.renumberAll', arguments: [uri] });
      await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 2 } });
      await server.change(uri, [{ text: `${text}\n一是XXX。\n三是某某。\n` }]);
      await server.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
      await server.close(uri);
    }
    const config = pathToFileURL(join(root, '.podium.yaml')).href;
    await server.open(config, 'rules: [not, a, mapping\n', 'yaml');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: config, type: 2 }] });
    await server.changeSettings({ rules: { placeholder: 'off' } });
    await server.close(config);
    await server.shutdown();

    assert.ok(editsOffered > 0, 'renumber all should have offered an edit to the editor');
    assert.deepEqual(snapshot(root), before);
  } finally {
    await server.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
