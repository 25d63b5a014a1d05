import { localize } from '../i18n.js';
import { editFor, renumberSeries, styleExpectation } from '../numbering/index.js';
import { changeTo, renumberFix } from './numbering-sequence.js';
import type { Series } from '../numbering/types.js';
import type { Fix, Rule } from './rule.js';

export const numberingStyle: Rule = {
  id: 'numbering-style',
  description: {
    en: 'Numbers are written as GB/T 9704 and the series asks: `1.` not `1、`, `一、` not `一.`, no `、` after `(一)`, one bracket width and one kind of numeral per series.',
    'zh-CN': '编号写法符合 GB/T 9704 并前后一致：用“1.”不用“1、”，用“一、”不用“一.”，“(一)”后不加标点，同一序列括号全半角一致、数字写法一致。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    expected: { en: 'Expected "{expected}", found "{found}".', 'zh-CN': '应为“{expected}”，实为“{found}”。' },
  },
  check({ numbering, lang }, report) {
    // One renumbering per series, shared by its findings: built per finding it cost time and memory
    // in the square of the series' length (100,000 list items `1、`).
    const renumbering = new Map<Series, Fix[]>();
    for (const item of numbering.items) {
      const expected = styleExpectation(item);
      if (expected === undefined) continue;
      const message = localize(this.messages.expected!, lang, { expected, found: item.text.trim() });
      const own = editFor(item, item.value, item.value - 1, item.series.items[0]!);
      let renumber = renumbering.get(item.series);
      if (!renumber) renumbering.set(item.series, (renumber = renumberFix(renumberSeries(item.series))));
      const fixes = [...renumber, ...changeTo(expected, own)];
      report({ message, start: item.start, end: item.end, fixes, data: { series: item.series.id } });
    }
  },
};
