import type { Rule } from './rule.js';
import { localize } from '../i18n.js';
import { shift } from './frontMatterNodes.js';
import { describeYamlError } from '../yamlErrors.js';

const MAX_ERRORS = 5;

export const frontMatterSyntax: Rule = {
  id: 'front-matter-syntax',
  description: { en: 'Front matter must be valid YAML.', 'zh-CN': '前置元数据必须是有效的 YAML。' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    yaml: { en: 'Front matter YAML error: {detail}', 'zh-CN': '前置元数据 YAML 错误：{detail}' },
    unterminated: { en: 'Front matter opened with "---" is never closed by a "---" line.', 'zh-CN': '前置元数据以“---”开始，但没有以“---”行结束。' },
    unresolvable: { en: 'Front matter cannot be read: {detail}', 'zh-CN': '前置元数据无法读取：{detail}' },
  },
  check({ model, lang }, report) {
    const fm = model.frontMatter;
    if (model.unterminatedFrontMatter) {
      report({ message: localize(this.messages.unterminated!, lang), ...model.unterminatedFrontMatter });
    }
    if (!fm) return;
    // The first errors are the useful ones; a broken flow collection can cascade into hundreds.
    for (const error of fm.doc.errors.slice(0, MAX_ERRORS)) {
      const span = shift(fm, error.pos);
      const detail = describeYamlError(error)[lang];
      report({ message: localize(this.messages.yaml!, lang, { detail }), start: span.start, end: Math.max(span.end, span.start + 1) });
    }
    if (fm.resolveError) {
      report({ message: localize(this.messages.unresolvable!, lang, { detail: fm.resolveError }), start: fm.start, end: fm.start + 3 });
    }
  },
};
