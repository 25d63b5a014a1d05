import { localize } from '../i18n.js';
import type { Rule } from './rule.js';

export const duplicateSection: Rule = {
  id: 'duplicate-section',
  description: { en: 'Each template section appears once.', 'zh-CN': '模板中的每个章节只出现一次。' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    duplicate: { en: 'Section "{label}" appears again; it was already given at line {line}.', 'zh-CN': '章节“{label}”重复出现（第 {line} 行已有）。' },
  },
  check({ structure, template, lang, lines }, report) {
    if (!template) return;
    const first = new Map<string, number>();
    for (const part of structure.parts) {
      const section = template.sections.find((s) => s.id === part.sectionId);
      // A section without keywords (a keynote's body) gathers every unnamed part: repeats are expected.
      if (!section || section.keywords.length === 0) continue;
      const earlier = first.get(section.id);
      if (earlier === undefined) {
        first.set(section.id, part.start);
        continue;
      }
      const line = lines.positionAt(earlier).line + 1;
      report({ message: localize(this.messages.duplicate!, lang, { label: section.label[lang], line }), start: part.heading.start, end: part.heading.end });
    }
  },
};
