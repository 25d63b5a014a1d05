/**
 * Podium: Export to Word…: the server writes the .docx from the analysis it already holds (unsaved
 * edits, workspace templates and settings included), so the `docx` library never loads in the
 * extension host; the client picks the layout and the file, warns, and writes the bytes.
 */
import * as vscode from 'vscode';
import { saveTarget } from './saveTarget.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PodiumExportDocxRequest } from '../../server/src/protocol.js';

/** Arguments for scripted use (tests, other extensions); without them the command asks. */
export interface ExportToWordArgs {
  /** The speech: a URI string; default the active speech. */
  readonly uri?: string;
  /** Where to write: a file URI string. Given, no dialog is shown. */
  readonly target?: string;
  readonly layout?: 'official' | 'reading';
  /** Replace an existing target (only with `target`; the save dialog asks people itself). */
  readonly overwrite?: boolean;
  /** With `target`: refuse when the speech has errors or unfilled placeholders, instead of writing anyway. */
  readonly strict?: boolean;
}

export interface ExportToWordResult {
  readonly written: boolean;
  readonly target?: string;
  readonly warnings: readonly PodiumExportDocxRequest.Warning[];
}

/** The speech the command acts on: an argument, the Explorer's selection, or the active speech. */
function speechUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const given = (arg as ExportToWordArgs | undefined)?.uri;
  if (given) return vscode.Uri.parse(given);
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'speech' ? doc.uri : undefined;
}

/** `NAME.speech.md` → `NAME.docx` in the same folder. */
export function docxBeside(speech: vscode.Uri): vscode.Uri {
  const name = speech.path.split('/').pop() ?? 'speech';
  return vscode.Uri.joinPath(speech, '..', `${name.replace(/(\.speech)?\.(md|markdown)$/i, '') || name}.docx`);
}

async function pickLayout(): Promise<'official' | 'reading' | undefined> {
  const items = [
    { label: vscode.l10n.t('Official document (GB/T 9704)'), detail: vscode.l10n.t('A4, 仿宋 16 pt, 22 lines of 28 characters, page numbers — 1 —'), layout: 'official' as const },
    { label: vscode.l10n.t('Reading copy'), detail: vscode.l10n.t('Large type for the speaker, page numbers centred, no heading last on a page'), layout: 'reading' as const },
  ];
  const preferred = vscode.workspace.getConfiguration('podium.export').get<string>('layout');
  if (preferred === 'reading') items.reverse();
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export to Word'), placeHolder: vscode.l10n.t('Choose the layout') }))?.layout;
}

/** Runs the command; with a `target` argument it shows no dialog and returns what happened. */
export async function exportToWord(client: LanguageClient, arg?: unknown): Promise<ExportToWordResult> {
  const args: ExportToWordArgs = arg instanceof vscode.Uri ? {} : (arg as ExportToWordArgs | undefined) ?? {};
  const scripted = args.target !== undefined;
  const speech = speechUri(arg);
  if (!speech) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (*.speech.md) to export it.'));
    return { written: false, warnings: [] };
  }
  // Opening the document hands its text to the server (a speech chosen in the Explorer may be closed).
  const document = await vscode.workspace.openTextDocument(speech);
  if (document.languageId !== 'speech') await vscode.languages.setTextDocumentLanguage(document, 'speech');
  const layout = args.layout ?? (scripted ? undefined : await pickLayout());
  if (!scripted && !layout) return { written: false, warnings: [] };
  const params = { uri: document.uri.toString(), ...(layout ? { layout } : {}) };
  // A document just opened may not have reached the server yet: then it gets the text itself.
  const result = await client.sendRequest<PodiumExportDocxRequest.Result | null>(PodiumExportDocxRequest.method, params)
    ?? await client.sendRequest<PodiumExportDocxRequest.Result | null>(PodiumExportDocxRequest.method, { ...params, text: document.getText() });
  if (!result) throw new Error(`podium.exportToWord: the server has no speech at ${document.uri.toString()}`);
  const blocking = result.warnings.filter((w) => w.kind !== 'note');
  if (blocking.length > 0) {
    if (scripted && args.strict) return { written: false, warnings: result.warnings };
    if (!scripted && !(await confirmDespite(blocking))) return { written: false, warnings: result.warnings };
  }
  const target = await saveTarget('podium.exportToWord', args, {
    defaultUri: docxBeside(document.uri),
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    title: vscode.l10n.t('Export to Word'),
  });
  if (!target) return { written: false, warnings: result.warnings };
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  if (!scripted) void announce(target, result.warnings.filter((w) => w.kind === 'note'));
  return { written: true, target: target.toString(), warnings: result.warnings };
}

/** A leader must never receive `X 同志`: say what is left, and let the writer decide. */
async function confirmDespite(blocking: readonly PodiumExportDocxRequest.Warning[]): Promise<boolean> {
  const placeholders = blocking.filter((w) => w.kind === 'placeholder').length;
  const errors = blocking.length - placeholders;
  const shown = blocking.slice(0, 8).map((w) => w.message);
  if (blocking.length > shown.length) shown.push(vscode.l10n.t('…and {0} more', blocking.length - shown.length));
  const anyway = vscode.l10n.t('Export anyway');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('The speech still has {0} error(s) and {1} unfilled placeholder(s).', errors, placeholders),
    { modal: true, detail: shown.join('\n') },
    anyway,
  );
  return answer === anyway;
}

async function announce(target: vscode.Uri, notes: readonly PodiumExportDocxRequest.Warning[]): Promise<void> {
  const reveal = vscode.l10n.t('Show in Folder');
  const text = [vscode.l10n.t('Exported {0}', target.path.split('/').pop() ?? ''), ...notes.map((n) => n.message)].join(' ');
  const answer = target.scheme === 'file' ? await vscode.window.showInformationMessage(text, reveal) : await vscode.window.showInformationMessage(text);
  if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}
