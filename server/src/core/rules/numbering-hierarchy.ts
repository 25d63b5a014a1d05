import { localize } from '../i18n.js';
import { label, numberToCn } from '../numbering/index.js';
import type { Rule } from './rule.js';

export const numberingHierarchy: Rule = {
  id: 'numbering-hierarchy',
  description: {
    en: 'Structure levels nest in the GB/T 9704 order 一、 → (一) → 1. → (1) → ①: no level inside a lower one.',
    'zh-CN': '结构层次按 GB/T 9704 顺序嵌套：一、→（一）→ 1. →（1）→ ①，高层级不得位于低层级之下。',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    inside: {
      en: '"{item}" (level {level}) should not sit under "{ancestor}" (level {ancestorLevel}).',
      'zh-CN': '“{item}”为第{level}层，不应位于第{ancestorLevel}层“{ancestor}”之下。',
    },
  },
  check({ numbering, lang }, report) {
    for (const { item, ancestor } of numbering.hierarchy) {
      const level = (n: number) => (lang === 'zh-CN' ? numberToCn(n) : String(n));
      const message = localize(this.messages.inside!, lang, {
        item: label(item, item.value), level: level(item.level!),
        ancestor: label(ancestor, ancestor.value), ancestorLevel: level(ancestor.level!),
      });
      report({ message, start: item.start, end: item.end });
    }
  },
};
