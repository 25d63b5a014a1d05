/** `podium.templatesFolder` applies as soon as it changes (workspace/didChangeConfiguration), no reload. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, FileChangeType, InitializedNotification, InitializeRequest, RegistrationRequest, UnregistrationRequest,
  type DidChangeWatchedFilesRegistrationOptions,
} from 'vscode-languageserver-protocol';
import { ServerHarness } from './harness.js';

let server: ServerHarness;
let root: string;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'podium-templates-folder-'));
  writeFileSync(join(root, '.podium.yaml'), 'rules: {}\n');
  mkdirSync(join(root, 'ours'));
  mkdirSync(join(root, 'theirs'));
  // Only `ours/` defines the template the speech names.
  writeFileSync(join(root, 'ours', 'lecture.yaml'), 'id: lecture\nname: { en: Lecture, zh-CN: 党课 }\nlang: zh-CN\nsections: []\n');
  server = new ServerHarness();
  server.settings = { templatesFolder: 'ours' };
  server.connection.onRequest(RegistrationRequest.type, (p) => {
    for (const r of p.registrations) if (r.method === DidChangeWatchedFilesNotification.method) watched.push(...(r.registerOptions as DidChangeWatchedFilesRegistrationOptions).watchers.map((w) => String(w.globPattern)));
  });
  server.connection.onRequest(UnregistrationRequest.type, () => undefined);
  // As VS Code: configuration pulls, dynamic registration of file watchers.
  await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(root).href, locale: 'en', workspaceFolders: null,
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
});

const watched: string[] = [];

after(async () => {
  await server.shutdown();
  rmSync(root, { recursive: true, force: true });
});

test('changing podium.templatesFolder re-reads templates from the new folder at once', async () => {
  const uri = pathToFileURL(join(root, 'lecture.speech.md')).href;
  const unknown = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.some((d) => d.code === 'unknown-template');
  const first = await server.open(uri, '---\ntitle: 党课讲稿\ntemplate: lecture\n---\n\n同志们：\n\n今天讲一讲。\n');
  assert.ok(!unknown(first), JSON.stringify(first.diagnostics.map((d) => d.code)));
  await server.changeSettings({ templatesFolder: 'theirs' });
  await server.diagnostics(uri, unknown);
  await server.changeSettings({ templatesFolder: 'ours' });
  await server.diagnostics(uri, (p) => !unknown(p));
});

test('the server asks the client to watch the new folder, and a template added there counts', async () => {
  const uri = pathToFileURL(join(root, 'talk.speech.md')).href;
  await server.changeSettings({ templatesFolder: 'theirs' });
  const unknown = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.some((d) => d.code === 'unknown-template');
  await server.open(uri, '---\ntitle: 座谈讲话\ntemplate: talk\n---\n\n同志们：\n\n今天座谈。\n');
  await server.diagnostics(uri, unknown);
  assert.ok(watched.includes('**/theirs/*.{yaml,yml}'), JSON.stringify(watched));
  const file = join(root, 'theirs', 'talk.yaml');
  writeFileSync(file, 'id: talk\nname: { en: Talk, zh-CN: 座谈 }\nlang: zh-CN\nsections: []\n');
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Created }] });
  await server.diagnostics(uri, (p) => !unknown(p));
});
