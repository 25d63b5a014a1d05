import { analyzeModel, buildTemplateSet, DEFAULT_CONFIG, parseSpeech, RULES, type Lang, type Template, type TemplateSet } from '../../core/index.js';

let builtins: TemplateSet | undefined;

/**
 * Above this many characters (about 30 pages of Chinese; a long speech is 15,000) only keywords,
 * title and cues decide: parsing the speech to check each candidate would double the import time.
 */
const ANALYSE_UP_TO = 100_000;

/**
 * Guesses the built-in template from the speech. Candidates: the templates whose part keywords
 * name at least two of the `##` headings. Among them, in order: the fewest missing required
 * sections as Podium checks the speech with that template; a title that names the template's
 * occasion (述职会, 推进会); the most headings named; the most of the template's cue phrases
 * (取得较好成效, 问题和差距, 几点意见…) in the text. No candidate: no guess (the speech stays
 * `generic`, Podium's default).
 */
export function guessTemplate(title: string, headings: readonly string[], lang: Lang, speech: (template: string) => string): string | undefined {
  const set = (builtins ??= buildTemplateSet());
  const candidates: { template: Template; score: number; missing: number; cues: number; named: number }[] = [];
  for (const template of set.templates.values()) {
    if (template.lang !== lang || template.id === 'generic') continue;
    const parts = template.sections.filter((s) => s.kind === 'part' && s.keywords.length > 0);
    const score = parts.filter((s) => headings.some((h) => s.keywords.some((k) => h.includes(k)))).length;
    const anyPart = template.sections.some((s) => s.kind === 'part' && s.keywords.length === 0);
    // A title names its occasion (在…述职会上的讲话, …推进会…): the template's name says which occasion it is for.
    const named = template.name['zh-CN'].split(/[/／、]/).map((n) => n.replace(/(讲话|致辞|发言|讲稿)$/, '')).some((n) => n.length >= 2 && title.includes(n)) ? 1 : 0;
    if (score >= 2 || (lang === 'en' && anyPart && headings.length > 0)) candidates.push({ template, score, missing: 0, cues: 0, named });
  }
  if (candidates.length > 1) {
    const text = speech('generic');
    const sample = text.slice(0, ANALYSE_UP_TO);
    // Parsed once; each candidate only swaps the template id and runs the one rule that counts.
    const model = text.length <= ANALYSE_UP_TO ? parseSpeech(text) : undefined;
    const missingSection = RULES.filter((r) => r.id === 'missing-section');
    for (const c of candidates) {
      // Cues: the phrases a section's text is known by (取得较好成效, 问题和差距, 几点意见…), every word of one present.
      c.cues = c.template.sections.flatMap((s) => s.cues ?? []).filter((cue) => cue.every((word) => sample.includes(word))).length;
      if (!model?.frontMatter) continue;
      const frontMatter = { ...model.frontMatter, data: { ...model.frontMatter.data, template: c.template.id } };
      c.missing = analyzeModel({ ...model, frontMatter }, DEFAULT_CONFIG, set, missingSection).findings.length;
    }
  }
  candidates.sort((a, b) => a.missing - b.missing || b.named - a.named || b.score - a.score || b.cues - a.cues);
  return candidates[0]?.template.id;
}
