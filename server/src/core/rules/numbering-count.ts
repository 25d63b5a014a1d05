import { localize } from '../i18n.js';
import type { Rule } from './rule.js';

export const numberingCount: Rule = {
  id: 'numbering-count',
  description: {
    en: 'An announced count ("I want to make three points") matches the points that follow.',
    'zh-CN': '预告的数目（“我讲三点意见”“做到‘三个必须’”）与其后实际的条数一致。',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    mismatch: { en: 'Announced "{words}", but {found} follow.', 'zh-CN': '预告“{words}”，其后实为 {found} 项。' },
  },
  check({ model, numbering, lang }, report) {
    for (const a of numbering.announcements) {
      const found = a.keywordCount || a.series?.items.length;
      if (!found || found === a.count) continue;
      const words = model.text.slice(a.start, a.end).replace(/^“(.*)”$/, '$1');
      report({ message: localize(this.messages.mismatch!, lang, { words, found }), start: a.start, end: a.end, data: { announced: a.count, found } });
    }
  },
};
