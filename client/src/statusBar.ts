import * as vscode from 'vscode';
import { isOverLength, isOverTime, statisticsLines, statusLine } from './format.js';
import type { SpeechInfo, SpeechInfoTracker } from './speechInfo.js';

/** `3,910 字 · 约 16 分钟 · 12 处待填` for the active speech; a click shows the statistics. */
export class SpeechStatusBar implements vscode.Disposable {
  readonly #item: vscode.StatusBarItem;
  readonly #subscription: vscode.Disposable;

  constructor(tracker: SpeechInfoTracker) {
    this.#item = vscode.window.createStatusBarItem('podium.statistics', vscode.StatusBarAlignment.Right, 100);
    this.#item.name = vscode.l10n.t('Podium Speech Statistics');
    this.#item.command = 'podium.showStatistics';
    this.#subscription = tracker.onDidChange((info) => this.#update(info));
    this.#update(tracker.info);
  }

  /** What the status bar shows now (undefined when hidden). */
  get text(): string | undefined {
    return this.#visible ? this.#item.text : undefined;
  }

  #visible = false;

  #update(info: SpeechInfo | undefined): void {
    if (!info) {
      this.#item.hide();
      this.#visible = false;
      return;
    }
    const stats = info.statistics;
    this.#item.text = statusLine(stats);
    const over = isOverTime(stats) || isOverLength(stats);
    this.#item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('Podium: speech statistics')}**\n\n`);
    tooltip.appendMarkdown(statisticsLines(info).map((l) => `- ${escape(l)}`).join('\n'));
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click for details')}`);
    this.#item.tooltip = tooltip;
    this.#item.accessibilityInformation = { label: statisticsLines(info).join('. ') };
    this.#item.show();
    this.#visible = true;
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#item.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
