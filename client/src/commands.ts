import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { statisticsLines, statusLine } from './format.js';
import { newSpeech, type NewSpeechArgs } from './newSpeech.js';
import { INSERT_SECTION, insertSection, type InsertSectionArgs } from './insertSection.js';
import { exportToWord } from './exportToWord.js';
import { importFromWord } from './importFromWord.js';
import type { SpeechInfoTracker } from './speechInfo.js';
import { toRange } from './structureView/provider.js';

export const RENUMBER_ALL = 'podium.renumberAll';

/** Registers the palette commands; `podium.renumberAll` only when the server does not provide it. */
export function registerCommands(client: LanguageClient, tracker: SpeechInfoTracker): vscode.Disposable[] {
  const disposables = [
    vscode.commands.registerCommand('podium.newSpeech', (args?: NewSpeechArgs) => newSpeech(client, args ?? {})),
    vscode.commands.registerCommand('podium.exportToWord', (arg?: unknown) => exportToWord(client, arg)),
    vscode.commands.registerCommand('podium.importFromWord', (arg?: unknown) => importFromWord(client, arg)),
    vscode.commands.registerTextEditorCommand('podium.nextPlaceholder', (editor) => goToPlaceholder(tracker, editor, 1)),
    vscode.commands.registerTextEditorCommand('podium.previousPlaceholder', (editor) => goToPlaceholder(tracker, editor, -1)),
    vscode.commands.registerCommand('podium.showStatistics', () => showStatistics(tracker)),
    vscode.commands.registerCommand(INSERT_SECTION, (args: InsertSectionArgs) => insertSection(args)),
  ];
  const serverCommands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  // The language client registers the server's commands itself under the same id.
  if (!serverCommands.includes(RENUMBER_ALL)) {
    disposables.push(vscode.commands.registerCommand(RENUMBER_ALL, () =>
      vscode.window.showInformationMessage(vscode.l10n.t('Renumbering is not available: this Podium language server does not provide it.'))));
  }
  return disposables;
}

/**
 * Selects the next (or previous) placeholder after (before) the selection, wrapping around the
 * document. Returns the selected range, or undefined when the speech has none.
 */
export async function goToPlaceholder(tracker: SpeechInfoTracker, editor: vscode.TextEditor, direction: 1 | -1): Promise<vscode.Range | undefined> {
  const info = await tracker.current(editor.document);
  const ranges = (info?.statistics.placeholders ?? []).map(toRange);
  if (ranges.length === 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('No placeholders left to fill'), 3000);
    return undefined;
  }
  const sel = editor.selection;
  const target = direction === 1
    ? ranges.find((r) => r.start.isAfterOrEqual(sel.end) && !r.isEqual(sel)) ?? ranges[0]!
    : [...ranges].reverse().find((r) => r.end.isBeforeOrEqual(sel.start) && !r.isEqual(sel)) ?? ranges[ranges.length - 1]!;
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}

/** A modal summary of the active speech's numbers. */
async function showStatistics(tracker: SpeechInfoTracker): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document.languageId === 'speech' ? editor.document : tracker.document;
  const info = doc && await tracker.current(doc);
  if (!info) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (*.speech.md) to see its statistics.'));
    return;
  }
  await vscode.window.showInformationMessage(statusLine(info.statistics), { modal: true, detail: statisticsLines(info).join('\n') });
}
