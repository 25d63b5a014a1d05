import * as vscode from 'vscode';
import { formatCount, formatLength, formatPlaceholders, formatRate, formatTime, isOverTime } from '../format.js';
import type { SpeechInfo, SpeechInfoTracker } from '../speechInfo.js';
import { buildNodes, type Range, type Section, type StructureNode } from './nodes.js';
import { INSERT_SECTION } from '../insertSection.js';
import { placeholderContext } from '../../../server/src/core/placeholders/context.js';

export const REVEAL_COMMAND = 'podium.reveal';

const KIND_ICONS: Record<string, string> = {
  title: 'symbol-file', salutation: 'symbol-constant', opening: 'symbol-field',
  part: 'symbol-namespace', closing: 'symbol-event', point: 'symbol-enum-member',
};

/** The "Speech Structure" view of the active speech. */
export class StructureProvider implements vscode.TreeDataProvider<StructureNode> {
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#emitter.event;
  #info: SpeechInfo | undefined;
  #document: vscode.TextDocument | undefined;
  #roots: StructureNode[] = [];

  constructor(private readonly tracker: SpeechInfoTracker) {}

  update(info: SpeechInfo | undefined): void {
    this.#info = info;
    this.#document = this.tracker.document;
    this.#roots = info ? buildNodes(info) : [];
    this.#emitter.fire();
  }

  get info(): SpeechInfo | undefined { return this.#info; }

  /** Only roots are ever revealed (the first-open reveal), and a root has no parent. */
  getParent(): undefined {
    return undefined;
  }

  getChildren(node?: StructureNode): StructureNode[] {
    return node ? [...node.children] : this.#roots;
  }

  getTreeItem(node: StructureNode): vscode.TreeItem {
    const collapsed = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : node.type === 'stat' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(this.#label(node), collapsed);
    item.id = node.id;
    switch (node.type) {
      case 'section': this.#section(item, node); break;
      case 'outline': {
        const { node: o } = node;
        // A part's detail names its template section: the row it sits under already says so.
        item.description = [o.kind === 'point' ? o.detail : undefined, this.#length(o.length)].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(KIND_ICONS[o.kind] ?? 'symbol-misc');
        item.command = this.#reveal(o.selectionRange, o.range);
        item.tooltip = `${o.name}\n${this.#length(o.length)}`;
        break;
      }
      case 'stat': this.#stat(item, node.stat); break;
      case 'placeholder': {
        item.description = vscode.l10n.t('line {0}', node.range.start.line + 1);
        item.iconPath = new vscode.ThemeIcon('edit');
        item.command = this.#reveal(node.range);
        break;
      }
    }
    item.contextValue = node.type;
    return item;
  }

  #label(node: StructureNode): string {
    switch (node.type) {
      case 'section': return node.section.label;
      case 'outline': return node.node.name;
      case 'stat': return node.stat === 'length' ? vscode.l10n.t('Length') : node.stat === 'time' ? vscode.l10n.t('Speaking time') : vscode.l10n.t('Placeholders');
      case 'placeholder': {
        if (node.group) return vscode.l10n.t('{0} placeholders', node.group);
        const doc = this.#document;
        if (!doc || doc.isClosed) return '…';
        // The line alone: a label must not copy the whole speech.
        const { start, end } = node.range;
        const line = doc.lineAt(start.line).text;
        return placeholderContext(line, start.character, end.line === start.line ? end.character : line.length, this.#info?.lang ?? 'zh-CN');
      }
    }
  }

  #section(item: vscode.TreeItem, node: Extract<StructureNode, { type: 'section' }>): void {
    const { section } = node;
    if (section.present && section.range && section.toFill !== undefined) {
      // Written but still a stub (a bare heading, a skeleton's filler): not done until replaced.
      item.description = section.empty ? vscode.l10n.t('✎ to write') : `✎ ${vscode.l10n.t('{0} to fill', section.toFill)} · ${this.#length(section.length ?? 0)}`;
      item.iconPath = new vscode.ThemeIcon('edit', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.tooltip = section.empty ? vscode.l10n.t('{0}: only its heading so far', section.label) : vscode.l10n.t('{0}: placeholders still to fill', section.label);
      item.command = this.#reveal({ start: section.range.start, end: section.range.start }, section.range);
    } else if (section.present && section.range) {
      item.description = [`✓ ${this.#length(section.length ?? 0)}`, this.#time(section)].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
      item.tooltip = [vscode.l10n.t('{0}: present', section.label), this.#planned(section)].filter(Boolean).join('\n');
      item.command = this.#reveal({ start: section.range.start, end: section.range.start }, section.range);
    } else if (section.recognised === false) {
      // Looked for by its phrases in a speech without headings and not found: unsure, so not "missing".
      item.description = vscode.l10n.t('? not recognised');
      item.iconPath = new vscode.ThemeIcon('question');
      item.tooltip = vscode.l10n.t('{0}: not recognised. The speech has no heading for it and too few of the template phrases were found to tell whether it is there; a heading would make it certain.', section.label);
    } else {
      item.description = section.required ? vscode.l10n.t('✗ missing') : vscode.l10n.t('optional, not written');
      item.iconPath = new vscode.ThemeIcon(section.required ? 'error' : 'circle-large-outline',
        section.required ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined);
      item.tooltip = vscode.l10n.t('{0}: missing. Click to insert it where the template puts it.', section.label);
      const doc = this.#document;
      if (doc && section.required) item.command = { title: vscode.l10n.t('Insert'), command: INSERT_SECTION, arguments: [{ uri: doc.uri.toString(), label: section.label }] };
    }
  }

  /** `约 3 分钟 / 占 10%`: the section's speaking time against its share, with `minutes` planned and a share given. */
  #time(section: Section): string | undefined {
    if (section.share === undefined || section.minutes === undefined || !this.#info?.statistics.targetMinutes) return undefined;
    const m = section.minutes < 10 ? Math.round(section.minutes * 10) / 10 : Math.round(section.minutes);
    return vscode.l10n.t('~{0} min / {1}% share', m, Math.round(section.share * 100));
  }

  /** The tooltip's line for the time a section's share allows: `占计划 10 分钟的 10%，约 1 分钟`. */
  #planned(section: Section): string | undefined {
    const planned = this.#info?.statistics.targetMinutes;
    if (section.share === undefined || !planned) return undefined;
    const allowed = Math.round(section.share * planned * 10) / 10;
    return vscode.l10n.t('{0}% of the {1} min planned: about {2} min', Math.round(section.share * 100), planned, allowed);
  }

  #stat(item: vscode.TreeItem, stat: 'length' | 'time' | 'placeholders'): void {
    const s = this.#info!.statistics;
    if (stat === 'length') {
      item.description = formatLength(s);
      item.iconPath = new vscode.ThemeIcon('symbol-text');
    } else if (stat === 'time') {
      item.description = formatTime(s);
      item.tooltip = formatRate(s);
      item.iconPath = new vscode.ThemeIcon('clock', isOverTime(s) ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    } else {
      item.description = formatPlaceholders(s.placeholders.length);
      item.iconPath = new vscode.ThemeIcon('edit');
    }
  }

  #length(n: number): string {
    if (!this.#info) return formatCount(n);
    return formatLength({ ...this.#info.statistics, length: n });
  }

  #reveal(selection: Range, range?: Range): vscode.Command | undefined {
    const doc = this.#document;
    if (!doc) return undefined;
    return { title: vscode.l10n.t('Go to'), command: REVEAL_COMMAND, arguments: [doc.uri, selection, range] };
  }
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Shows `selection` of the document, scrolled so `range` (the whole section) is in view when it fits. */
export async function reveal(uri: vscode.Uri, selection: Range, range?: Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: toRange(selection), preserveFocus: false });
  editor.revealRange(toRange(range ? { start: range.start, end: range.start } : selection), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
