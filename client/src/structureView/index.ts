import * as vscode from 'vscode';
import type { SpeechInfoTracker } from '../speechInfo.js';
import type { StructureNode } from './nodes.js';
import { reveal, REVEAL_COMMAND, StructureProvider } from './provider.js';

export const VIEW_ID = 'podium.structure';

/** A row as the test API reports it: what a user reads, with its depth in the tree. */
export interface StructureRow {
  readonly label: string;
  readonly description: string;
  readonly depth: number;
}

export interface StructureView extends vscode.Disposable {
  /** Every row, depth first, as the view would render it. */
  rows(): StructureRow[];
}

/** Registers the Explorer's "Speech Structure" view, fed by the tracker. */
export function createStructureView(tracker: SpeechInfoTracker): StructureView {
  const provider = new StructureProvider(tracker);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const info = tracker.info;
    provider.update(info);
    view.description = info?.template?.name;
    view.message = info ? undefined : vscode.l10n.t('Open a speech (*.speech.md) to see its structure.');
  };
  update();
  const disposables = [
    view,
    tracker.onDidChange(update),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, selection, range) => reveal(uri, selection, range)),
  ];
  const rows = (nodes: StructureNode[], depth: number): StructureRow[] => nodes.flatMap((node) => {
    const item = provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const description = typeof item.description === 'string' ? item.description : '';
    return [{ label, description, depth }, ...rows(provider.getChildren(node), depth + 1)];
  });
  return {
    rows: () => rows(provider.getChildren(), 0),
    dispose: () => { for (const d of disposables) d.dispose(); },
  };
}
