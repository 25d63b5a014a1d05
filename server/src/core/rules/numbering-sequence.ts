import { localize, type Message } from '../i18n.js';
import { editFor, label, renumberable, renumberSeries } from '../numbering/index.js';
import type { Fix, Rule } from './rule.js';

const RENUMBER: Message = { en: 'Renumber the whole series', 'zh-CN': '重新编号整个序列' };

/** The "renumber the whole series" fix every numbering finding offers first. */
export function renumberFix(edits: Fix['edits']): Fix[] {
  return edits.length ? [{ title: RENUMBER, edits }] : [];
}

export function changeTo(text: string, edit: Fix['edits'][number] | undefined): Fix[] {
  return edit ? [{ title: { en: `Change to "${text}"`, 'zh-CN': `改为“${text}”` }, edits: [edit] }] : [];
}

export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  description: {
    en: 'Numbered points run 1, 2, 3… in each series: no gap, duplicate, wrong start or step back.',
    'zh-CN': '同一序列的编号依次递增：不跳号、不重号、从一开始、不倒退。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    expected: { en: 'Expected "{expected}", found "{found}".', 'zh-CN': '应为“{expected}”，实为“{found}”。' },
  },
  check({ numbering, lang }, report) {
    for (const series of numbering.series) {
      if (!renumberable(series)) continue;
      let prev = 0;
      let flagged = false;
      // One renumbering per series, shared by its findings: built per finding it cost time and memory
      // in the square of the series' length (`2. a` on 100,000 lines).
      let renumber: Fix[] | undefined;
      for (const [index, item] of series.items.entries()) {
        const expected = prev + 1;
        prev = item.value;
        // After a flagged duplicate or slip (一、二、二、四), a point back at its place is right, not a second error.
        const backInPlace = flagged && item.value === index + 1;
        flagged = false;
        if (item.closer || item.value === expected || backInPlace) continue;
        // 首先/其次/再次 and First…Tenth have no word beyond their last.
        if ((series.family === 'words' && expected > 3) || (series.family === 'en-ordinal' && expected > 10)) continue;
        const want = label(item, expected);
        const message = localize(this.messages.expected!, lang, { expected: want, found: label(item, item.value) });
        renumber ??= renumberFix(renumberSeries(series));
        const fixes = [...renumber, ...changeTo(want, editFor(item, expected, expected - 1, item))];
        report({ message, start: item.start, end: item.end, fixes, data: { series: series.id, expected } });
        flagged = true;
      }
    }
  },
};
