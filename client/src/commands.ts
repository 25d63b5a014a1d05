import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { formatLength, roundMinutes, statisticsLines, statusLine } from './format.js';
import { newSpeech, type NewSpeechArgs } from './newSpeech.js';
import { INSERT_SECTION, insertSection, type InsertSectionArgs } from './insertSection.js';
import { exportToWord } from './exportToWord.js';
import { importFromWord } from './importFromWord.js';
import type { SpeechInfo, SpeechInfoTracker } from './speechInfo.js';
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
    vscode.commands.registerCommand('podium.showStatistics', (args?: { show?: boolean }) => showStatistics(tracker, args)),
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
/** One row of Show Speech Statistics: a section (or the whole speech) with its figures. */
export interface StatisticsRow extends vscode.QuickPickItem {
  readonly range?: vscode.Range;
}

/**
 * Show Speech Statistics: the whole speech, then each template section (or each part) with its
 * length, its share of the speaking time and what is still to fill; picking a row goes there.
 * `{ show: false }` returns the rows without the picker (tests).
 */
async function showStatistics(tracker: SpeechInfoTracker, args?: { show?: boolean }): Promise<StatisticsRow[] | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document.languageId === 'speech' ? editor.document : tracker.document;
  const info = doc && await tracker.current(doc);
  if (!info || !doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a speech (*.speech.md) to see its statistics.'));
    return undefined;
  }
  const rows = statisticsRows(info);
  if (args?.show === false) return rows;
  const picked = await vscode.window.showQuickPick(rows, { title: statusLine(info.statistics), matchOnDescription: true });
  if (picked?.range) {
    const shown = await vscode.window.showTextDocument(doc);
    shown.selection = new vscode.Selection(picked.range.start, picked.range.start);
    shown.revealRange(picked.range, vscode.TextEditorRevealType.AtTop);
  }
  return rows;
}

function statisticsRows(info: SpeechInfo): StatisticsRow[] {
  const s = info.statistics;
  const share = (length: number) => (s.length > 0 ? (s.minutes * length) / s.length : 0);
  const within = (range: vscode.Range) => s.placeholders.filter((p) => range.contains(toRange(p).start)).length;
  const row = (label: string, length: number, range: vscode.Range | undefined, missing = false): StatisticsRow => {
    const toFill = range ? within(range) : 0;
    return {
      label,
      description: missing ? vscode.l10n.t('✗ missing') : [formatLength({ length, unit: s.unit }), vscode.l10n.t('~{0} min', roundMinutes(share(length), length)), toFill ? vscode.l10n.t('{0} to fill', toFill) : ''].filter(Boolean).join(' · '),
      ...(range ? { range } : {}),
    };
  };
  const rows: StatisticsRow[] = [{ label: vscode.l10n.t('Whole speech'), kind: vscode.QuickPickItemKind.Default, description: statusLine(s), detail: statisticsLines(info).join(' · ') }];
  rows.push({ label: info.template ? info.template.name : vscode.l10n.t('Parts'), kind: vscode.QuickPickItemKind.Separator });
  if (info.sections.length) {
    for (const section of info.sections) rows.push(row(section.label, section.length ?? 0, section.range && toRange(section.range), !section.present && section.required));
  } else {
    for (const node of info.outline.flatMap((n) => (n.kind === 'title' ? n.children : [n]))) rows.push(row(node.name, node.length, toRange(node.range)));
  }
  return rows;
}
