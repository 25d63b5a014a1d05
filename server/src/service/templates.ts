import { sectionSkeleton, speechSkeleton, type Lang, type TemplateSet } from '../core/index.js';

/** A template as New Speech, completion and `podium templates` list it, in one language. */
export interface TemplateInfo {
  id: string;
  name: string;
  lang: Lang;
  /** `builtin`, or the template file's path. */
  origin: string;
  sections: { id: string; label: string; required: boolean; kind: string; skeleton?: string }[];
  /** The body of a new speech on this template, as the missing-section fix writes each section. */
  skeleton: string;
  description?: string;
}

/**
 * The templates a workspace sees, named in `lang`, or each in its own language when `lang` is
 * `'own'` (the CLI's listing). Skeletons are in the template's language, as a speech on it is.
 */
export function templateList(templates: TemplateSet, lang: Lang | 'own'): TemplateInfo[] {
  return [...templates.templates.values()].map((t) => {
    const l = lang === 'own' ? t.lang : lang;
    return {
      id: t.id, name: t.name[l], lang: t.lang, origin: t.origin,
      sections: t.sections.map((s) => ({ id: s.id, label: s.label[l], required: s.required, kind: s.kind, skeleton: sectionSkeleton(s, t.lang) })),
      skeleton: speechSkeleton(t, t.lang),
      ...(t.description ? { description: t.description[l] } : {}),
    };
  });
}
