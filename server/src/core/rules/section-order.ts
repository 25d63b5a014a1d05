import { localize, localizeAll } from '../i18n.js';
import type { SpeechModel } from '../model.js';
import type { Part } from '../structure/types.js';
import type { Fix, Rule } from './rule.js';
import { lowerBound } from '../text/lowerBound.js';

/** Indices (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    // The first tail not below values[i]: values[i] extends the run before it, or starts one.
    const lo = lowerBound(tails.length, (k) => values[tails[k]!]! >= values[i]!);
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

export const sectionOrder: Rule = {
  id: 'section-order',
  description: { en: 'Sections follow the order the template gives.', 'zh-CN': '章节按模板规定的顺序排列。' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    move: { en: 'Move section "{label}" to its place', 'zh-CN': '将章节“{label}”移到应在的位置' },
    before: { en: 'Section "{label}" should come before "{other}".', 'zh-CN': '章节“{label}”应位于“{other}”之前。' },
    after: { en: 'Section "{label}" should come after "{other}".', 'zh-CN': '章节“{label}”应位于“{other}”之后。' },
    closingLast: { en: 'The closing should come after every part.', 'zh-CN': '结束语应位于所有正文部分之后。' },
  },
  check({ model, structure, template, lang }, report) {
    if (!template) return;
    const seen = new Set<string>();
    // First occurrence of each section only: repeats are duplicate-section's business.
    const parts = structure.parts.filter((p) => {
      const order = template.sections.findIndex((s) => s.id === p.sectionId);
      if (order < 0 || seen.has(p.sectionId!)) return false;
      seen.add(p.sectionId!);
      return true;
    });
    const orders = parts.map((p) => template.sections.findIndex((s) => s.id === p.sectionId));
    const keep = longestIncreasing(orders);
    parts.forEach((part, i) => {
      if (keep.has(i)) return;
      const label = template.sections[orders[i]!]!.label[lang];
      // Name the neighbour it is out of order with: an earlier part that belongs after it, or a later one that belongs before.
      const earlier = orders.findIndex((o, j) => j < i && o > orders[i]!);
      const later = orders.findIndex((o, j) => j > i && o < orders[i]!);
      const other = template.sections[orders[earlier >= 0 ? earlier : later]!]!.label[lang];
      const message = localize(earlier >= 0 ? this.messages.before! : this.messages.after!, lang, { label, other });
      const kept = parts.filter((_p, j) => keep.has(j));
      const keptOrders = orders.filter((_o, j) => keep.has(j));
      const target = moveTarget(model, kept, keptOrders, orders[i]!);
      const fixes: Fix[] = target === undefined ? [] : [{
        title: localizeAll(this.messages.move!, { label }),
        judgement: true,
        edits: moveEdits(model, part, target),
      }];
      report({ message, start: part.heading.start, end: part.heading.end, ...(fixes.length ? { fixes } : {}) });
    });
    const closing = structure.closing;
    if (closing?.via === 'heading' && structure.parts.some((p) => p.start > closing.start)) {
      report({ message: localize(this.messages.closingLast!, lang), start: closing.start, end: model.blocks[closing.index]!.end });
    }
  },
};


/**
 * Where a part of template order `order` belongs among the parts kept in order: before the first
 * that follows it, else after the last (at the start of the block that follows it).
 */
function moveTarget(model: SpeechModel, kept: readonly Part[], keptOrders: readonly number[], order: number): number | undefined {
  const next = keptOrders.findIndex((o) => o > order);
  if (next >= 0) return kept[next]!.start;
  const last = kept.at(-1);
  if (!last) return undefined;
  return model.blocks.find((b) => b.start >= last.end)?.start ?? model.text.length;
}

/**
 * Moves a whole part (heading, text and sub-parts) to `target`: cut with the blank lines after it,
 * pasted there with one blank line after it (or before it, at the end of the text).
 */
function moveEdits(model: SpeechModel, part: Part, target: number): { start: number; end: number; newText: string }[] {
  const { text } = model;
  const cutEnd = model.blocks.find((b) => b.start >= part.end)?.start ?? text.length;
  const body = text.slice(part.start, part.end).replace(/\s+$/u, '');
  const pasted = target >= text.length ? `${/\n$/.test(text) ? '\n' : '\n\n'}${body}\n` : `${body}\n\n`;
  return [
    { start: target, end: target, newText: pasted },
    { start: part.start, end: cutEnd, newText: '' },
  ];
}
