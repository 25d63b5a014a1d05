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
  /** The row's tooltip, when it is text. */
  readonly tooltip?: string;
}

export interface StructureView extends vscode.Disposable {
  /** Every row, depth first, as the view would render it. */
  rows(): StructureRow[];
  /** Whether the view is showing (expanded and on screen). */
  visible(): boolean;
}

/** Remembered once the view has been shown to this user: it is revealed only the first time. */
const REVEALED_KEY = 'podium.structureRevealed';

/**
 * Registers the Explorer's "Speech Structure" view, fed by the tracker. The view sits collapsed
 * at the bottom of the Explorer where a new user never finds it: the first speech opened reveals
 * it once, without taking the focus from the editor.
 */
export function createStructureView(tracker: SpeechInfoTracker, memento: vscode.Memento): StructureView {
  const provider = new StructureProvider(tracker);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const info = tracker.info;
    provider.update(info);
    view.description = info?.template?.name;
    view.message = info ? undefined : vscode.l10n.t('Open a speech (*.speech.md) to see its structure.');
    if (info && !view.visible && !memento.get<boolean>(REVEALED_KEY)) {
      const first = provider.getChildren()[0];
      if (first) void Promise.resolve(view.reveal(first, { focus: false, select: false, expand: false })).then(() => memento.update(REVEALED_KEY, true), () => undefined);
    }
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
    const tooltip = typeof item.tooltip === 'string' ? { tooltip: item.tooltip } : {};
    return [{ label, description, depth, ...tooltip }, ...rows(provider.getChildren(node), depth + 1)];
  });
  return {
    rows: () => rows(provider.getChildren(), 0),
    visible: () => view.visible,
    dispose: () => { for (const d of disposables) d.dispose(); },
  };
}
