import { buildTemplateSet, type Lang, type TemplateSet } from '../../core/index.js';

let builtins: TemplateSet | undefined;

/**
 * Guesses the built-in template from the `##` headings: the template whose part sections' keywords
 * name the most headings, with at least two of its parts found. None fits: no guess (the speech
 * stays `generic`, Podium's default).
 */
export function guessTemplate(headings: readonly string[], lang: Lang): string | undefined {
  if (lang === 'en') return headings.length > 0 ? 'keynote' : undefined;
  let best: { id: string; score: number } | undefined;
  for (const template of (builtins ??= buildTemplateSet()).templates.values()) {
    if (template.lang !== lang) continue;
    const parts = template.sections.filter((s) => s.kind === 'part' && s.keywords.length > 0);
    const score = parts.filter((s) => headings.some((h) => s.keywords.some((k) => h.includes(k)))).length;
    if (score >= 2 && (!best || score > best.score)) best = { id: template.id, score };
  }
  return best?.id;
}
