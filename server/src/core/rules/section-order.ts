import { localize } from '../i18n.js';
import type { Rule } from './rule.js';

/** Indices (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
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
  fixable: false,
  messages: {
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
      report({ message, start: part.heading.start, end: part.heading.end });
    });
    const closing = structure.closing;
    if (closing?.via === 'heading' && structure.parts.some((p) => p.start > closing.start)) {
      report({ message: localize(this.messages.closingLast!, lang), start: closing.start, end: model.blocks[closing.index]!.end });
    }
  },
};

