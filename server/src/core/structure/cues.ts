import type { Template, TemplateSection } from '../templates/types.js';

/**
 * Cue phrases, matched as a writer would read them: a pasted draft breaks lines and spaces words
 * (`存在 的问题`) and mixes half- and full-width marks (`下面,我讲`), so both sides drop white space
 * and take the full-width mark before comparing.
 */
const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

export function normalizeForCues(text: string): string {
  // `\s` holds U+3000 and every other Unicode space, with or without the `u` flag (slower here).
  const joined = text.replace(/\s+/g, '');
  return HALF_WIDTH.test(joined) ? joined.replace(HALF_WIDTH_ALL, (c) => HALF_TO_FULL[c]!) : joined;
}

const HALF_WIDTH = /[,:;!?()]/;
const HALF_WIDTH_ALL = new RegExp(HALF_WIDTH.source, 'g');

const compiled = new WeakMap<TemplateSection, readonly (readonly string[])[]>();

function cuesOf(section: TemplateSection): readonly (readonly string[])[] {
  let cues = compiled.get(section);
  if (!cues) {
    cues = (section.cues ?? []).map((cue) => cue.map(normalizeForCues).filter(Boolean)).filter((cue) => cue.length > 0);
    compiled.set(section, cues);
  }
  return cues;
}

/** Whether a paragraph (normalised with `normalizeForCues`) contains every phrase of one of the section's cues. */
export function matchesCues(normalized: string, section: TemplateSection): boolean {
  return cuesOf(section).some((cue) => cue.every((phrase) => normalized.includes(phrase)));
}

export function hasCues(section: TemplateSection): boolean {
  return cuesOf(section).length > 0;
}

/** The template's part sections that declare cues, in template order. */
export function cuedParts(template: Template | undefined): TemplateSection[] {
  return template ? template.sections.filter((s) => s.kind === 'part' && hasCues(s)) : [];
}
