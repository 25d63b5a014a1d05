import type { Analysis } from './analyze.js';
import type { PodiumConfig } from './config.js';
import type { Lang, Span } from './model.js';
import { compileUserPatterns } from './placeholders/userPatterns.js';
import { placeholder } from './rules/placeholder.js';
import { hasSection } from './rules/missing-section.js';
import type { TemplateSet } from './templates/registry.js';
import type { SectionKind } from './templates/types.js';

/** What a speech is measured in: 字 (Chinese characters) or English words. */
export type LengthUnit = 'chars' | 'words';

export interface SpeechStatistics {
  readonly lang: Lang;
  readonly unit: LengthUnit;
  /** Spoken length of the prose (headings included; front matter, code and comments not). */
  readonly length: number;
  /** Characters or words per minute. */
  readonly rate: number;
  /** Where the rate came from: the speech's own `rate`, or the settings (with their defaults). */
  readonly rateSource: 'front-matter' | 'config';
  /** Speaking time in minutes (unrounded). */
  readonly minutes: number;
  /** `minutes` from the front matter: the time the speaker was given. */
  readonly targetMinutes?: number;
  /** Unfilled placeholders, whatever the placeholder rule's severity. */
  readonly placeholders: readonly Span[];
}

/** One section of the template, in template order, found or not. */
export interface SectionStatus {
  readonly id: string;
  readonly kind: SectionKind;
  readonly label: string;
  readonly required: boolean;
  /** Where the section is, when present (the first part for a part section). */
  readonly span?: Span;
  /** Spoken length of the section, when present. */
  readonly length?: number;
}

const HAN = /\p{Script=Han}/u;
/** Full-width Latin letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９): each is read as one syllable. */
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
/** A run of ASCII letters/digits inside a word (2020, APP, don't, well-known). */
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*/gu;

/**
 * Counts the spoken length of `text` in the unit of its language.
 * zh-CN: each Han character and each full-width letter or digit is one 字, and (as word
 * processors count a Chinese document) each run of Latin letters or digits (2020, APP) is one;
 * punctuation and whitespace never count. en: words, the same way (a Han character is a word), so
 * one counter serves both units.
 */
export function countLength(text: string): number {
  let count = 0;
  for (const ch of text) {
    if (HAN.test(ch) || FULLWIDTH_ALNUM.test(ch)) count++;
  }
  for (const _ of text.matchAll(LATIN_WORD)) count++;
  return count;
}

/** Length of the prose spans of the analysed text that fall inside `within` (whole body by default). */
export function proseLength(analysis: Analysis, within?: Span): number {
  const { model } = analysis;
  let total = 0;
  for (const block of model.blocks) {
    if (within && (block.end <= within.start || block.start >= within.end)) continue;
    for (const span of block.texts) {
      const start = within ? Math.max(span.start, within.start) : span.start;
      const end = within ? Math.min(span.end, within.end) : span.end;
      if (end > start) total += countLength(model.text.slice(start, end));
    }
  }
  return total;
}

/** Length, speaking time, target time and placeholders of an analysed speech. Pure. */
export function computeStatistics(analysis: Analysis, config: PodiumConfig, templates: TemplateSet): SpeechStatistics {
  const { model } = analysis;
  const lang = model.lang;
  const length = proseLength(analysis);
  const fmRate = positiveNumber(model.frontMatter?.data?.['rate']);
  const rate = fmRate ?? config.rates[lang];
  const targetMinutes = positiveNumber(model.frontMatter?.data?.['minutes']);
  return {
    lang,
    unit: lang === 'zh-CN' ? 'chars' : 'words',
    length,
    rate,
    rateSource: fmRate ? 'front-matter' : 'config',
    minutes: rate > 0 ? length / rate : 0,
    ...(targetMinutes ? { targetMinutes } : {}),
    placeholders: findAllPlaceholders(analysis, config, templates),
  };
}

/** The template's sections in template order, each with where it is (if anywhere) and its length. */
export function sectionStatuses(analysis: Analysis, lang: Lang): SectionStatus[] {
  const { structure, template } = analysis;
  if (!template) return [];
  return template.sections.map((section) => {
    const span = hasSection(structure, section) ? spanOf(analysis, section.kind, section.id) : undefined;
    return {
      id: section.id, kind: section.kind, label: section.label[lang], required: section.required,
      ...(span ? { span, length: proseLength(analysis, span) } : {}),
    };
  });
}

function spanOf(analysis: Analysis, kind: SectionKind, id: string): Span | undefined {
  const { structure } = analysis;
  switch (kind) {
    case 'salutation': return structure.salutation;
    case 'opening': return structure.opening;
    case 'closing': return structure.closing && { start: structure.closing.start, end: structure.closing.end };
    case 'part': {
      const part = structure.parts.find((p) => p.sectionId === id);
      return part && { start: part.start, end: part.end };
    }
  }
}

/** Runs the placeholder rule itself, so the count stays right when its diagnostics are turned off. */
function findAllPlaceholders(analysis: Analysis, config: PodiumConfig, templates: TemplateSet): Span[] {
  const { model, structure, template } = analysis;
  const { regexes } = compileUserPatterns(config.placeholderPatterns);
  const found: Span[] = [];
  placeholder.check(
    { model, structure, template, templates, config, lang: model.lang, userPatterns: regexes, numbering: analysis.numbering, lines: analysis.lines },
    ({ start, end }) => found.push({ start, end }),
  );
  return found.sort((a, b) => a.start - b.start);
}

function positiveNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}
