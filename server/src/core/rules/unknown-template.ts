import { localize, localizeAll } from '../i18n.js';
import type { Rule } from './rule.js';
import { templateAnchor } from './frontMatterNodes.js';

export const unknownTemplate: Rule = {
  id: 'unknown-template',
  description: { en: 'The template named in front matter exists.', 'zh-CN': '前置元数据中的模板必须存在。' },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    unknown: { en: 'Unknown template "{id}". Known templates: {known}.', 'zh-CN': '未知模板“{id}”。可用模板：{known}。' },
    useInstead: { en: 'Use template "{id}"', 'zh-CN': '改用模板“{id}”' },
  },
  check({ model, template, templates, lang }, report) {
    const id = model.frontMatter?.data?.['template'];
    // An empty value is front-matter-schema's to report.
    if (template || typeof id !== 'string' || id.trim() === '') return;
    const known = [...templates.templates.keys()];
    const span = templateAnchor(model);
    // Writers often give the template's Chinese name (述职会) instead of its id.
    const byName = [...templates.templates.values()].filter((t) => id.length >= 2 && (t.name['zh-CN'].includes(id) || t.name.en.toLowerCase() === id.toLowerCase())).map((t) => t.id);
    const nearest = byName.length ? byName : known.filter((k) => similar(k, id));
    report({
      message: localize(this.messages.unknown!, lang, { id, known: known.join(', ') }),
      ...span,
      fixes: nearest.map((k) => ({ title: localizeAll(this.messages.useInstead!, { id: k }), edits: [{ ...span, newText: k }] })),
    });
  },
};

/** Close enough to be a typo: shares a prefix or differs by at most two letters. */
function similar(a: string, b: string): boolean {
  if (a.startsWith(b.slice(0, 4)) || b.startsWith(a.slice(0, 4))) return true;
  return editDistance(a, b) <= 2;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
