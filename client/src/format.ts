import * as vscode from 'vscode';
import type { SpeechInfo } from './speechInfo.js';

type Statistics = SpeechInfo['statistics'];

const NUMBER = new Intl.NumberFormat('en-US');

/** `3,910`: grouped digits read the same in both languages. */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** `3,910 字` / `1,420 words`; against the front matter's `length`: `3,910/3,000 字`. */
export function formatLength(stats: Pick<Statistics, 'length' | 'unit' | 'targetLength'>): string {
  const n = stats.targetLength ? `${formatCount(stats.length)}/${formatCount(stats.targetLength)}` : formatCount(stats.length);
  return stats.unit === 'chars' ? vscode.l10n.t('{0} chars', n) : vscode.l10n.t('{0} words', n);
}

/** Whole minutes, never 0 for a speech that has text. */
export function roundMinutes(minutes: number, length: number): number {
  return length > 0 ? Math.max(1, Math.round(minutes)) : 0;
}

/** `约 16 分钟`, or `约 16 分钟（限 20）` against the front matter's `minutes` (not a fraction). */
export function formatTime(stats: Statistics): string {
  const m = roundMinutes(stats.minutes, stats.length);
  return stats.targetMinutes
    ? vscode.l10n.t('~{0} min (of {1})', m, formatCount(stats.targetMinutes))
    : vscode.l10n.t('~{0} min', m);
}

export function formatPlaceholders(count: number): string {
  return count === 0 ? vscode.l10n.t('nothing to fill') : vscode.l10n.t('{0} to fill', formatCount(count));
}

/** The status bar line: `3,910 字 · 约 16 分钟 · 12 处待填`. */
export function statusLine(stats: Statistics): string {
  return [formatLength(stats), formatTime(stats), formatPlaceholders(stats.placeholders.length)].join(' · ');
}

export function formatRate(stats: Statistics): string {
  const rate = formatCount(stats.rate);
  const perMinute = stats.unit === 'chars' ? vscode.l10n.t('{0} chars/min', rate) : vscode.l10n.t('{0} words/min', rate);
  return stats.rateSource === 'front-matter' ? vscode.l10n.t('{0} (rate in front matter)', perMinute) : vscode.l10n.t('{0} (settings)', perMinute);
}

/** True when the speech runs longer than the time the speaker has. */
export function isOverTime(stats: Statistics): boolean {
  return stats.targetMinutes !== undefined && stats.minutes > stats.targetMinutes;
}

/** True when the speech is longer than the front matter's `length`. */
export function isOverLength(stats: Statistics): boolean {
  return stats.targetLength !== undefined && stats.length > stats.targetLength;
}

/** Lines of the statistics summary, shared by the tooltip and the Show Statistics command. */
export function statisticsLines(info: SpeechInfo): string[] {
  const s = info.statistics;
  const counted = (n: number) => formatLength({ length: n, unit: s.unit });
  const lines = [
    s.unit === 'chars'
      ? vscode.l10n.t('Length: {0}, as Word and WPS count 字数 (characters and full-width punctuation)', counted(s.length))
      : vscode.l10n.t('Length: {0}', counted(s.length)),
  ];
  if (s.targetLength) {
    const diff = s.length - s.targetLength;
    lines.push(diff > 0
      ? vscode.l10n.t('Target length: {0} ({1} to cut)', counted(s.targetLength), formatCount(diff))
      : vscode.l10n.t('Target length: {0} ({1} to spare)', counted(s.targetLength), formatCount(-diff)));
  }
  if (s.unit === 'chars') lines.push(vscode.l10n.t('Read aloud: {0} (without punctuation): the speaking time is reckoned from this', counted(s.spoken)));
  lines.push(vscode.l10n.t('Speaking time: about {0} min at {1}', roundMinutes(s.minutes, s.length), formatRate(s)));
  if (s.targetMinutes) {
    const diff = Math.round((s.minutes - s.targetMinutes) * 10) / 10;
    lines.push(diff > 0
      ? vscode.l10n.t('Target: {0} min ({1} min over)', formatCount(s.targetMinutes), diff)
      : vscode.l10n.t('Target: {0} min ({1} min left)', formatCount(s.targetMinutes), -diff));
  }
  lines.push(vscode.l10n.t('Placeholders to fill: {0}', s.placeholders.length));
  if (info.template) {
    const missing = info.sections.filter((x) => !x.present);
    lines.push(vscode.l10n.t('Template: {0}', info.template.name));
    lines.push(missing.length
      ? vscode.l10n.t('Missing sections: {0}', missing.map((x) => x.label).join(', '))
      : vscode.l10n.t('All template sections present'));
  }
  return lines;
}
