// Helpers for the real-VS-Code suites. Wait on events (onDidChangeDiagnostics), never on sleeps:
// every wait has its own generous timeout and says what it saw when it gives up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'podium.podium';
export const SOURCE = 'podium';
/** Generous: the first diagnostics wait also covers the language server's start. */
export const WAIT_MS = 30_000;

/** The workspace folder the runner opened (a temp copy of test/vscode/workspace/). */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

/** Activates the extension (if the test opened nothing yet) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  await ext.activate();
  return ext;
}

/** Opens a fixture in an editor; checks it got the `speech` language. */
export async function openSpeech(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  assert.equal(doc.languageId, 'speech', `${name} should open as language "speech"`);
  return vscode.window.showTextDocument(doc);
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function podiumDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** One line a diagnostic, for assertion messages. */
export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (ds.length === 0) return '(none)';
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.source}/${String(codeOf(d))} ${d.message}`).join('\n');
}

export interface WaitOptions {
  timeoutMs?: number;
  /**
   * Only accept diagnostics published after the wait began (for predicates that an
   * empty, not-yet-analysed state would also satisfy, such as "no diagnostics").
   * Start the wait before opening or editing the document.
   */
  requirePublish?: boolean;
}

/**
 * Resolves with the podium diagnostics of `uri` once `predicate` holds for them, checking
 * now and on each vscode.languages.onDidChangeDiagnostics for that uri.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  { timeoutMs = WAIT_MS, requirePublish = false }: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): boolean => {
      const ds = podiumDiagnostics(uri);
      if (!predicate(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${vscode.workspace.asRelativePath(uri)}; it has:\n${describeDiagnostics(podiumDiagnostics(uri))}`));
    }, timeoutMs);
    function cleanup(): void { clearTimeout(timer); sub.dispose(); }
    if (!requirePublish) check();
  });
}

/** Opens a fixture and waits until its diagnostics satisfy `predicate` (subscribing before the open). */
export async function openAndWaitForDiagnostics(
  name: string,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  options: WaitOptions = {},
): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const waiting = waitForDiagnostics(fixtureUri(name), predicate, options);
  const editor = await openSpeech(name);
  return { editor, diagnostics: await waiting };
}

export const hasCode = (code: string) => (ds: readonly vscode.Diagnostic[]): boolean => ds.some((d) => codeOf(d) === code);

/** Closes all editors between tests so each starts from the same workbench state. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
