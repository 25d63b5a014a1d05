import { isScalar, visit, type Scalar } from 'yaml';
import { localize } from '../i18n.js';
import { blockPlaceholders, findPlaceholders } from '../placeholders/builtin.js';
import type { Rule } from './rule.js';
import { shift } from './frontMatterNodes.js';
import { placeholderContext } from '../placeholders/context.js';

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
    const emit = (start: number, end: number) =>
      report({ message: localize(this.messages.found!, lang, { text: text.slice(start, end), context: placeholderContext(text, start, end, lang) }), start, end });
    const fm = model.frontMatter;
    if (fm && fm.doc.errors.length === 0) {
      visit(fm.doc, {
        Scalar(_key, node: Scalar) {
          if (!isScalar(node) || typeof node.value !== 'string' || !node.range || _key === 'key') return;
          const span = shift(fm, node.range);
          for (const p of findPlaceholders(text, span.start, span.end, userPatterns)) emit(p.start, p.end);
        },
      });
    }
    for (const block of model.blocks) {
      for (const p of blockPlaceholders(text, block, userPatterns)) emit(p.start, p.end);
    }
  },
};
