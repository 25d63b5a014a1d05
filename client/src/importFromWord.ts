/**
 * Podium: Import from Word…: the server turns the draft's bytes into a speech (the import module
 * the CLI uses); the client picks the files, writes the speech and opens it, where it gets its
 * diagnostics like any speech. Reading and writing through `workspace.fs` works on remote and
 * virtual file systems too.
 */
import * as vscode from 'vscode';
import { saveTarget } from './saveTarget.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PodiumImportDocxRequest } from '../../server/src/protocol.js';

/** Arguments for scripted use (tests, other extensions); without them the command asks. */
export interface ImportFromWordArgs {
  /** The draft: a .docx URI string. */
  readonly source?: string;
  /** Where to write the speech: a file URI string. Given, no dialog is shown. */
  readonly target?: string;
  /** Replace an existing target (only with `target`; the save dialog asks people itself). */
  readonly overwrite?: boolean;
}

export interface ImportFromWordResult {
  readonly imported: boolean;
  readonly target?: string;
  /** What the import guessed or left out, in the editor's language. */
  readonly notes: readonly string[];
  /** Why the draft was refused (an old .doc, a damaged file…), in the editor's language. */
  readonly error?: string;
}

/** The server refuses larger drafts too; checked here before the file is read and sent. */
const MAX_BYTES = 64 * 1024 * 1024;

/** `NAME.docx` → `NAME.speech.md` in the same folder. */
export function speechBeside(draft: vscode.Uri): vscode.Uri {
  const name = draft.path.split('/').pop() ?? 'draft';
  return vscode.Uri.joinPath(draft, '..', `${name.replace(/\.[^.]*$/, '') || name}.speech.md`);
}

async function pickDraft(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    title: vscode.l10n.t('Import from Word'),
    openLabel: vscode.l10n.t('Import'),
  });
  return picked?.[0];
}

/** Runs the command; with a `target` argument it shows no dialog and returns what happened. */
export async function importFromWord(client: LanguageClient, arg?: unknown): Promise<ImportFromWordResult> {
  const args: ImportFromWordArgs = arg instanceof vscode.Uri ? {} : (arg as ImportFromWordArgs | undefined) ?? {};
  const scripted = args.target !== undefined;
  const source = arg instanceof vscode.Uri ? arg : args.source ? vscode.Uri.parse(args.source) : scripted ? undefined : await pickDraft();
  if (!source) return { imported: false, notes: [] };
  const fileName = source.path.split('/').pop() ?? 'draft.docx';
  if ((await vscode.workspace.fs.stat(source)).size > MAX_BYTES) {
    const error = vscode.l10n.t('{0} is larger than {1} MB; Podium does not import it.', fileName, MAX_BYTES / 2 ** 20);
    if (!scripted) void vscode.window.showErrorMessage(error);
    return { imported: false, notes: [], error };
  }
  const bytes = await vscode.workspace.fs.readFile(source);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', fileName) },
    () => client.sendRequest<PodiumImportDocxRequest.Result>(PodiumImportDocxRequest.method, { base64: Buffer.from(bytes).toString('base64'), fileName }),
  );
  if (!result.ok) {
    if (!scripted) void vscode.window.showErrorMessage(result.message);
    return { imported: false, notes: [], error: result.message };
  }
  const target = await saveTarget('podium.importFromWord', args, {
    defaultUri: speechBeside(source),
    filters: { [vscode.l10n.t('Speech')]: ['md'] },
    title: vscode.l10n.t('Save the imported speech'),
  });
  if (!target) return { imported: false, notes: result.notes };
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.markdown, 'utf8'));
  const document = await vscode.workspace.openTextDocument(target);
  if (document.languageId !== 'speech') await vscode.languages.setTextDocumentLanguage(document, 'speech');
  await vscode.window.showTextDocument(document);
  if (!scripted && result.notes.length > 0) {
    void vscode.window.showInformationMessage([vscode.l10n.t('Imported {0}.', fileName), ...result.notes].join(' '));
  }
  return { imported: true, target: target.toString(), notes: result.notes };
}
