import type { Analysis } from './analyze.js';
import type { PodiumConfig } from './config.js';
import { BlockMemo } from './blockCache.js';
import type { Block, Lang, Span, SpeechModel } from './model.js';
import { charTest } from './text/charTest.js';
import { lowerBound } from './text/lowerBound.js';
import { compileUserPatterns } from './placeholders/userPatterns.js';
import { placeholderSpans } from './placeholders/spans.js';
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
/** A BMP character that is one unit by itself: a Han character or a full-width letter or digit. */
const isUnitChar = charTest(/[\p{Script=Han}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u);
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
  forEachUnit(text, () => count++);
  return count;
}

/** Calls `visit` with the offset in `text` where each unit counted by `countLength` starts. */
function forEachUnit(text: string, visit: (offset: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue; // nothing below the CJK radicals is Han or full-width
    if (code >= 0xd800 && code <= 0xdbff) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (HAN.test(ch) || FULLWIDTH_ALNUM.test(ch)) visit(i);
      i += ch.length - 1;
    } else if (isUnitChar(code)) visit(i);
  }
  for (const m of text.matchAll(LATIN_WORD)) visit(m.index);
}

/** A block's spoken length (its prose spans only): computed once per block content. */
const BLOCK_LENGTH = new BlockMemo<number>();
/** Where each unit of a block's prose starts, relative to the block, in order: for spans that cut a block. */
const BLOCK_UNITS = new BlockMemo<Uint32Array>();

/**
 * Spoken lengths of any span of one analysed text, each in about log(blocks): block lengths summed
 * once into prefix sums, and only the (at most two) blocks a span cuts counted unit by unit.
 * The Structure view asks a length for every outline node: without this, nodes × blocks.
 */
class ProseLengths {
  readonly #model: SpeechModel;
  /** `#before[i]`: length of blocks 0 … i−1. */
  readonly #before: Float64Array;

  constructor(model: SpeechModel) {
    this.#model = model;
    const { blocks } = model;
    this.#before = new Float64Array(blocks.length + 1);
    for (let i = 0; i < blocks.length; i++) this.#before[i + 1] = this.#before[i]! + this.#blockLength(blocks[i]!);
  }

  within(span?: Span): number {
    const blocks = this.#model.blocks;
    if (!span) return this.#before[blocks.length]!;
    const first = lowerBound(blocks.length, (i) => blocks[i]!.end > span.start);
    const end = lowerBound(blocks.length, (i) => blocks[i]!.start >= span.end);
    if (first >= end) return 0;
    const last = end - 1;
    let total = this.#clipped(blocks[first]!, span);
    if (last > first) total += this.#before[last]! - this.#before[first + 1]! + this.#clipped(blocks[last]!, span);
    return total;
  }

  #blockLength(block: Block): number {
    const { text } = this.#model;
    return BLOCK_LENGTH.get(block, '', () => block.texts.reduce((n, t) => n + countLength(text.slice(t.start, t.end)), 0));
  }

  /** Length of the part of `block` inside `span`. */
  #clipped(block: Block, span: Span): number {
    if (span.start <= block.start && block.end <= span.end) return this.#blockLength(block);
    const units = BLOCK_UNITS.get(block, '', () => {
      const starts: number[] = [];
      for (const t of block.texts) {
        forEachUnit(this.#model.text.slice(t.start, t.end), (offset) => starts.push(t.start - block.start + offset));
      }
      return Uint32Array.from(starts).sort();
    });
    const from = span.start - block.start, to = span.end - block.start;
    return lowerBound(units.length, (i) => units[i]! >= to) - lowerBound(units.length, (i) => units[i]! >= from);
  }
}

const proseLengths = new WeakMap<SpeechModel, ProseLengths>();

/** Length of the prose spans of the analysed text that fall inside `within` (whole body by default). */
export function proseLength(analysis: Analysis, within?: Span): number {
  const { model } = analysis;
  let lengths = proseLengths.get(model);
  if (!lengths) proseLengths.set(model, (lengths = new ProseLengths(model)));
  return lengths.within(within);
}

/**
 * Length, speaking time, target time and placeholders of an analysed speech. Pure.
 * `_templates` is no longer read (placeholders come from the model); kept so callers stay as they are.
 */
export function computeStatistics(analysis: Analysis, config: PodiumConfig, _templates?: TemplateSet): SpeechStatistics {
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
    placeholders: findAllPlaceholders(analysis, config),
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

/** What the placeholder rule finds, found again: the count stays right when its diagnostics are turned off. */
function findAllPlaceholders(analysis: Analysis, config: PodiumConfig): Span[] {
  const { regexes } = compileUserPatterns(config.placeholderPatterns);
  return placeholderSpans(analysis.model, regexes).sort((a, b) => a.start - b.start);
}

function positiveNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}
