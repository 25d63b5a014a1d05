import type { Lang } from '../model.js';
import type { Template, TemplateSection } from './types.js';

/**
 * What stands for a section a template gives no skeleton for. Every filler is one the placeholder
 * rule flags (XXX, TODO, a lone ……), so a stub stays visible until the writer replaces it.
 */
const FALLBACK: Record<Exclude<TemplateSection['kind'], 'part'>, Record<Lang, string>> = {
  salutation: { 'zh-CN': '同志们：', en: 'Ladies and gentlemen,' },
  opening: { 'zh-CN': '今天召开这次会议，主要任务是XXX。', en: 'It is an honour to be here today. TODO' },
  closing: { 'zh-CN': '同志们，……。我的讲话完了，谢谢大家！', en: 'TODO. Thank you.' },
};

/** A section's skeleton text, without trailing blank lines: the template's own, or the fallback. */
export function sectionSkeleton(section: TemplateSection, lang: Lang): string {
  const own = section.skeleton?.trimEnd();
  if (own) return own;
  return section.kind === 'part' ? `## ${section.label[lang]}` : FALLBACK[section.kind][lang];
}

/**
 * The body of a new speech on `template`: its sections in order (a template without sections gets a
 * salutation, an opening and a closing). New Speech and the missing-section fix write the same text.
 */
export function speechSkeleton(template: Template, lang: Lang): string {
  const sections = template.sections.length
    ? template.sections.map((s) => sectionSkeleton(s, lang))
    : [FALLBACK.salutation[lang], FALLBACK.opening[lang], FALLBACK.closing[lang]];
  return sections.join('\n\n') + '\n';
}
