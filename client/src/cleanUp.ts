import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PodiumCleanUpRequest, PodiumRestoreParagraphsRequest } from '../../server/src/protocol.js';

export const CLEAN_UP = 'podium.cleanUp';
export const RESTORE_PARAGRAPHS = 'podium.restoreParagraphs';
const PREVIEW_SCHEME = 'podium-preview';

/**
 * Arguments a command may take (tests, keybindings, other extensions): the speech (a Uri from a
 * menu, a string, or `{ uri }`); `restoreFirst` answers the "lost its paragraphs" question in
 * advance; `preview: false` applies Restore Paragraphs without showing the diff; `headings` asks
 * for `#`/`##` headings.
 */
export interface CleanUpArgs {
  uri?: string | vscode.Uri;
  restoreFirst?: boolean;
  preview?: boolean;
  headings?: boolean;
}

/** What a command did, for its caller. */
export interface CommandOutcome {
  applied: boolean;
  message?: string;
}

/** Clean Up Pasted Text, Restore Paragraphs, and the read-only documents their previews show. */
export function registerCleanUp(client: LanguageClient): vscode.Disposable[] {
  const proposals = new Proposals();
  return [
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, proposals),
    vscode.commands.registerCommand(CLEAN_UP, (arg?: unknown) => cleanUp(client, proposals, normalize(arg))),
    vscode.commands.registerCommand(RESTORE_PARAGRAPHS, (arg?: unknown) => restore(client, proposals, normalize(arg))),
  ];
}

/** A menu passes the editor's Uri; a caller may pass a string or an object of options. */
function normalize(arg: unknown): CleanUpArgs {
  if (arg instanceof vscode.Uri || typeof arg === 'string') return { uri: arg };
  return arg && typeof arg === 'object' ? (arg as CleanUpArgs) : {};
}

async function speechDocument(args: CleanUpArgs): Promise<vscode.TextDocument | undefined> {
  if (args.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'speech' ? doc : undefined;
}

/**
 * Asks the server for a result on the document's current version: an edit made between the
 * request and the answer would make the answer's offsets wrong, so it is asked again.
 */
async function current<R extends { version: number }>(doc: vscode.TextDocument, ask: () => Promise<R | null>): Promise<R | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await ask();
    if (!result) return undefined;
    if (result.version === doc.version) return result;
  }
  return undefined;
}

async function applyOne(client: LanguageClient, doc: vscode.TextDocument, edit: PodiumCleanUpRequest.Result['edit']): Promise<boolean> {
  if (!edit) return false;
  const workspaceEdit = new vscode.WorkspaceEdit();
  // One replacement: the editor records it as one step, so one undo brings the paste back.
  workspaceEdit.replace(doc.uri, client.protocol2CodeConverter.asRange(edit.range), edit.newText);
  return vscode.workspace.applyEdit(workspaceEdit);
}

async function cleanUp(client: LanguageClient, proposals: Proposals, args: CleanUpArgs): Promise<CommandOutcome> {
  const doc = await speechDocument(args);
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (*.speech.md) to clean it up.'));
    return { applied: false };
  }
  const ask = () => client.sendRequest<PodiumCleanUpRequest.Result | null>(PodiumCleanUpRequest.method, { uri: doc.uri.toString() });
  let result = await current(doc, ask);
  if (!result) return unavailable();
  // Cleanup removes the blanks that show where paragraphs ended: restore them first, if wanted.
  if (result.paragraphs >= 2 && args.restoreFirst !== false) {
    const restoreFirst = args.restoreFirst ?? await askRestoreFirst(result.paragraphs);
    if (restoreFirst === undefined) return { applied: false };
    if (restoreFirst) {
      const restored = await restore(client, proposals, { uri: doc.uri, preview: args.preview, headings: args.headings });
      if (!restored.applied) return restored;
      result = await current(doc, ask);
      if (!result) return unavailable();
    }
  }
  const applied = await applyOne(client, doc, result.edit);
  void vscode.window.showInformationMessage(result.message);
  return { applied, message: result.message };
}

async function askRestoreFirst(breaks: number): Promise<boolean | undefined> {
  const restoreFirst = vscode.l10n.t('Restore Paragraphs First');
  const only = vscode.l10n.t('Clean Up Only');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('This text seems to have lost its paragraphs (about {0} breaks). Restore them before cleaning up?', breaks),
    restoreFirst, only);
  return answer === undefined ? undefined : answer === restoreFirst;
}

async function restore(client: LanguageClient, proposals: Proposals, args: CleanUpArgs): Promise<CommandOutcome> {
  const doc = await speechDocument(args);
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (*.speech.md) to restore its paragraphs.'));
    return { applied: false };
  }
  const ask = (headings: boolean) => current(doc, () => client.sendRequest<PodiumRestoreParagraphsRequest.Result | null>(PodiumRestoreParagraphsRequest.method, { uri: doc.uri.toString(), headings }));
  let result = await ask(args.headings === true);
  if (!result) return unavailable();
  if (!result.edit) {
    void vscode.window.showInformationMessage(result.message);
    return { applied: false, message: result.message };
  }
  if (args.preview !== false) {
    const withHeadings = args.headings === undefined ? await ask(true) : undefined;
    const choice = await preview(proposals, doc, result, withHeadings && withHeadings.headings > 0 ? withHeadings : undefined);
    if (!choice) return { applied: false };
    result = await ask(choice.headings > 0);
    if (!result?.edit) return unavailable();
  }
  const applied = await applyOne(client, doc, result.edit);
  void vscode.window.showInformationMessage(result.message);
  return { applied, message: result.message };
}

type Restored = PodiumRestoreParagraphsRequest.Result;

/**
 * Shows the proposal beside the speech in a diff editor and asks Apply / Apply with Headings /
 * Cancel in a notification, which leaves the diff in view. Returns the chosen proposal.
 */
async function preview(proposals: Proposals, doc: vscode.TextDocument, plain: Restored, withHeadings: Restored | undefined): Promise<Restored | undefined> {
  const uri = proposals.set(doc, plain.text);
  const title = vscode.l10n.t('{0} ↔ paragraphs restored (preview)', doc.uri.path.split('/').pop() ?? '');
  // Closing the diff cancels too: a writer who closed it has seen enough. Listened to before the
  // diff opens, so a close that comes quickly is not missed.
  let onClosed: (() => void) | undefined;
  const closed = new Promise<undefined>((resolve) => (onClosed = () => resolve(undefined)));
  const sub = vscode.window.tabGroups.onDidChangeTabs((e) => {
    if (e.closed.some((t) => isPreviewOf(t, uri))) onClosed?.();
  });
  try {
    await vscode.commands.executeCommand('vscode.diff', doc.uri, uri, title, { preview: true });
    if (!previewTabs(uri).length) return undefined; // closed while it opened
    const apply = vscode.l10n.t('Apply');
    const applyHeadings = vscode.l10n.t('Apply with Headings');
    const buttons = withHeadings ? [apply, applyHeadings] : [apply];
    const answer = await Promise.race([closed, vscode.window.showInformationMessage(
      vscode.l10n.t('Restore Paragraphs: {0} Review the diff, then apply, or close the diff to cancel.', plain.message), ...buttons)]);
    if (answer === apply) return plain;
    if (answer === applyHeadings) return withHeadings;
    return undefined;
  } finally {
    sub.dispose();
    const open = previewTabs(uri);
    if (open.length) await vscode.window.tabGroups.close(open);
    proposals.delete(uri);
  }
}

function isPreviewOf(tab: vscode.Tab, uri: vscode.Uri): boolean {
  return tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === uri.toString();
}

function previewTabs(uri: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => isPreviewOf(t, uri));
}

function unavailable(): CommandOutcome {
  void vscode.window.showWarningMessage(vscode.l10n.t('Podium could not prepare the change: the speech kept changing, or the language server is not running.'));
  return { applied: false };
}

/** Read-only proposals shown on the right of a preview diff, one per previewed speech. */
class Proposals implements vscode.TextDocumentContentProvider {
  readonly #texts = new Map<string, string>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#changed.event;

  set(doc: vscode.TextDocument, text: string): vscode.Uri {
    const name = doc.uri.path.split('/').pop() ?? 'speech.speech.md';
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}`, query: doc.uri.toString() });
    this.#texts.set(uri.toString(), text);
    this.#changed.fire(uri);
    return uri;
  }

  delete(uri: vscode.Uri): void {
    this.#texts.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.toString()) ?? '';
  }
}
