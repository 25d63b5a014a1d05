import { localize } from '../i18n.js';
import type { Rule } from './rule.js';
import { placeholderContext } from '../placeholders/context.js';
import { placeholderSpans } from '../placeholders/spans.js';

export const placeholder: Rule = {
  id: 'placeholder',
  description: { en: 'No unfilled placeholders (X, ×, XXX, 某某, TODO, ___, □).', 'zh-CN': '不留未填写的占位符（X、×、XXX、某某、TODO、___、□）。' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    found: { en: 'Unfilled placeholder "{text}": {context}', 'zh-CN': '未填写的占位符“{text}”：{context}' },
  },
  check({ model, lang, userPatterns }, report) {
    const { text } = model;
    for (const { start, end } of placeholderSpans(model, userPatterns)) {
      report({ message: localize(this.messages.found!, lang, { text: text.slice(start, end), context: placeholderContext(text, start, end, lang) }), start, end });
    }
  },
};
