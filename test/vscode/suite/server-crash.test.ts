// The language server killed under a real VS Code: the client restarts it, the speech is checked
// again, and the writer is told once, not on every crash. Runs last: it restarts the server.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PodiumApi } from '../../../client/src/extension';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, openAndWaitForDiagnostics, waitForDiagnostics } from './helpers';

const PROBLEMS = 'review-problems.speech.md';

/** Pids of this extension host's child processes running Podium's server (Linux /proc). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && cmdline.includes('server/out/server.js')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Kills the server, then types a new placeholder and waits for the restarted server to report it. */
async function crashAndCheck(editor: vscode.TextEditor, marker: string): Promise<void> {
  const before = serverPids();
  assert.equal(before.length, 1, `expected one running server, found ${JSON.stringify(before)}`);
  process.kill(before[0]!, 'SIGKILL');
  const doc = editor.document;
  const line = doc.lineCount - 1;
  const waiting = waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder' && doc.getText(d.range) === marker));
  assert.ok(await editor.edit((e) => e.insert(new vscode.Position(line, doc.lineAt(line).text.length), `\n\n请在${marker}前完成。\n`)));
  const ds = await waiting;
  const after = serverPids();
  assert.equal(after.length, 1, `expected one restarted server, found ${JSON.stringify(after)}; diagnostics:\n${describeDiagnostics(ds)}`);
  assert.notEqual(after[0], before[0], 'the server should be a new process');
}

describe('server crash', () => {
  let api: PodiumApi;
  before(async () => { api = (await activateExtension()).exports as PodiumApi; });
  after(closeAllEditors);

  it('is restarted, checks the speech again, and is reported once for two crashes', async () => {
    const { editor } = await openAndWaitForDiagnostics(PROBLEMS, (ds) => ds.some((d) => codeOf(d) === 'placeholder'));
    const start = api.serverCrashes();
    await crashAndCheck(editor, '某某某某');
    await crashAndCheck(editor, 'TBD');
    const end = api.serverCrashes();
    assert.equal(end.stops - start.stops, 2, `stops: ${JSON.stringify(start)} → ${JSON.stringify(end)}`);
    assert.equal(end.reports, 1, `the writer is told once: ${JSON.stringify(end)}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
