import type { Analysis } from './analyze.js';
import type { PodiumConfig } from './config.js';
import { BlockMemo } from './blockCache.js';
import type { Block, Lang, Span, SpeechModel } from './model.js';
import { codeTable, isFullWidthAlnum, isHan, isHanCodePoint } from './text/charTest.js';
import { firstAtLeast, lowerBound } from './text/lowerBound.js';
import { compileUserPatterns } from './placeholders/userPatterns.js';
import { placeholderSpans } from './placeholders/spans.js';
import { hasSection } from './rules/missing-section.js';
import { sectionSpans, speakingRate } from './structure/spans.js';
import { forEachWrittenUnit } from './text/wordCount.js';
import { forEachSegment, SegmentCache } from './text/segments.js';
import type { TemplateSet } from './templates/registry.js';
import type { SectionKind } from './templates/types.js';

/** What a speech is measured in: 字 (Chinese characters) or English words. */
export type LengthUnit = 'chars' | 'words';

export interface SpeechStatistics {
  readonly lang: Lang;
  readonly unit: LengthUnit;
  /**
   * Length as a word processor counts it (Word's and WPS's 字数: Han characters and full-width marks,
   * other words one each), the figure a length limit means; prose and headings only.
   */
  readonly length: number;
  /** Spoken length (characters read aloud: no marks; or words): what the speaking time is reckoned from. */
  readonly spoken: number;
  /** `length` from the front matter: the length the speech was asked to keep to. */
  readonly targetLength?: number;
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
  /** Length of the section (字数, as `SpeechStatistics.length`), when present. */
  readonly length?: number;
  /**
   * A present section that is still a stub: nothing but its heading, or placeholders left in it
   * (a skeleton's `……`, `XXX`). Counted placeholders; 0 with `empty` for a bare heading.
   */
  readonly toFill?: number;
  readonly empty?: boolean;
  /**
   * `false`: looked for by its cues in a heading-less speech and not found, where too little was
   * found to call it missing (the Structure view says "not recognised", missing-section is silent).
   */
  readonly recognised?: false;
  /** Estimated speaking minutes of the section, when present (and a config gave the rate). */
  readonly minutes?: number;
  /** The template's share of the speaking time for this section. */
  readonly share?: number;
}

/** A BMP unit counted by itself: a Han character, or a full-width letter or digit (read as one syllable). */
const isUnitChar = codeTable((code) => isHan(code) || isFullWidthAlnum(code));
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
      const point = text.codePointAt(i)!;
      if (isHanCodePoint(point)) visit(i);
      if (point > 0xffff) i++;
    } else if (isUnitChar(code)) visit(i);
  }
  for (const m of text.matchAll(LATIN_WORD)) visit(m.index);
}

/** One way of counting length: how to find its units, and per-block memos of its results. */
interface Counting {
  readonly forEach: (text: string, visit: (offset: number) => void) => void;
  /** A block's length (its prose spans only): computed once per block content. */
  readonly blockLength: BlockMemo<number>;
  /** Where each unit of a block's prose starts, for spans that cut a block. */
  readonly blockUnits: BlockMemo<BlockUnits>;
  /**
   * A long span's sentence-aligned segments (text/segments.ts), by text: typing into a one-line
   * draft counts the segment typed in, not the whole line. No unit spans a cut, which falls
   * between a full-width sentence end and a space, so the segments' counts add up.
   */
  readonly segmentLength: SegmentCache<number>;
  readonly segmentUnits: SegmentCache<Uint32Array>;
}

const counting = (forEach: Counting['forEach']): Counting => ({
  forEach, blockLength: new BlockMemo(), blockUnits: new BlockMemo(), segmentLength: new SegmentCache(), segmentUnits: new SegmentCache(),
});
const SPOKEN = counting(forEachUnit);
const WRITTEN = counting(forEachWrittenUnit);

/** A block's units in pieces (a segment of a prose span each), in order; offsets relative to the block, then to the piece. */
interface BlockUnits {
  readonly offsets: readonly number[];
  readonly units: readonly Uint32Array[];
  /** `before[k]`: units in pieces 0 … k−1. */
  readonly before: readonly number[];
}

/**
 * Spoken lengths of any span of one analysed text, each in about log(blocks): block lengths summed
 * once into prefix sums, and only the (at most two) blocks a span cuts counted unit by unit.
 * The Structure view asks a length for every outline node: without this, nodes × blocks.
 */
class ProseLengths {
  readonly #model: SpeechModel;
  readonly #counting: Counting;
  /** `#before[i]`: length of blocks 0 … i−1. */
  readonly #before: Float64Array;
  /** The blocks' starts and ends, searched for every outline node without a closure per search. */
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;

  constructor(model: SpeechModel, counting: Counting) {
    this.#model = model;
    this.#counting = counting;
    const { blocks } = model;
    this.#before = new Float64Array(blocks.length + 1);
    this.#starts = new Float64Array(blocks.length);
    this.#ends = new Float64Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      this.#before[i + 1] = this.#before[i]! + this.#blockLength(block);
      this.#starts[i] = block.start;
      this.#ends[i] = block.end;
    }
  }

  within(span?: Span): number {
    const blocks = this.#model.blocks;
    if (!span) return this.#before[blocks.length]!;
    const first = firstAtLeast(this.#ends, span.start, true);
    const end = firstAtLeast(this.#starts, span.end);
    if (first >= end) return 0;
    const last = end - 1;
    let total = this.#clipped(blocks[first]!, span);
    if (last > first) total += this.#before[last]! - this.#before[first + 1]! + this.#clipped(blocks[last]!, span);
    return total;
  }

  #blockLength(block: Block): number {
    const { text } = this.#model;
    const { forEach, segmentLength } = this.#counting;
    return this.#counting.blockLength.get(block, '', () => {
      let length = 0;
      for (const t of block.texts) {
        forEachSegment(text, t.start, t.end, segmentLength, '', (segment) => {
          let count = 0;
          forEach(segment, () => count++);
          return count;
        }, (count) => (length += count));
      }
      return length;
    });
  }

  /** Length of the part of `block` inside `span`. */
  #clipped(block: Block, span: Span): number {
    if (span.start <= block.start && block.end <= span.end) return this.#blockLength(block);
    const { text } = this.#model;
    const { forEach, segmentUnits } = this.#counting;
    const pieces = this.#counting.blockUnits.get(block, '', () => {
      const offsets: number[] = [];
      const units: Uint32Array[] = [];
      const before: number[] = [0];
      for (const t of block.texts) {
        forEachSegment(text, t.start, t.end, segmentUnits, '', (segment) => {
          const starts: number[] = [];
          forEach(segment, (offset) => starts.push(offset));
          return Uint32Array.from(starts).sort();
        }, (found, offset) => {
          offsets.push(t.start - block.start + offset);
          units.push(found);
          before.push(before[before.length - 1]! + found.length);
        });
      }
      return { offsets, units, before };
    });
    return unitsBelow(pieces, span.end - block.start) - unitsBelow(pieces, span.start - block.start);
  }
}

/** How many of a block's units start before `offset` (relative to the block). */
function unitsBelow({ offsets, units, before }: BlockUnits, offset: number): number {
  const k = firstAtLeast(offsets, offset) - 1;
  return k < 0 ? 0 : before[k]! + firstAtLeast(units[k]!, offset - offsets[k]!);
}

const spokenLengths = new WeakMap<SpeechModel, ProseLengths>();
const writtenLengths = new WeakMap<SpeechModel, ProseLengths>();

function lengthsOf(model: SpeechModel, cache: WeakMap<SpeechModel, ProseLengths>, counting: Counting): ProseLengths {
  let lengths = cache.get(model);
  if (!lengths) cache.set(model, (lengths = new ProseLengths(model, counting)));
  return lengths;
}

/** Spoken length of the prose spans of the analysed text that fall inside `within` (whole body by default). */
export function proseLength(analysis: Pick<Analysis, 'model'>, within?: Span): number {
  return lengthsOf(analysis.model, spokenLengths, SPOKEN).within(within);
}

/** 字数 as Word and WPS count it (text/wordCount.ts) of the prose inside `within` (whole body by default). */
export function writtenLength(analysis: Analysis, within?: Span): number {
  return lengthsOf(analysis.model, writtenLengths, WRITTEN).within(within);
}

/**
 * Length, speaking time, target time and placeholders of an analysed speech. Pure.
 * `_templates` is no longer read (placeholders come from the model); kept so callers stay as they are.
 */
export function computeStatistics(analysis: Analysis, config: PodiumConfig, _templates?: TemplateSet): SpeechStatistics {
  const { model } = analysis;
  const lang = model.lang;
  const spoken = proseLength(analysis);
  const length = writtenLength(analysis);
  const fmRate = positiveNumber(model.frontMatter?.data?.['rate']);
  const rate = fmRate ?? config.rates[lang];
  const targetMinutes = positiveNumber(model.frontMatter?.data?.['minutes']);
  const targetLength = positiveNumber(model.frontMatter?.data?.['length']);
  return {
    lang,
    unit: lang === 'zh-CN' ? 'chars' : 'words',
    length,
    spoken,
    ...(targetLength ? { targetLength } : {}),
    rate,
    rateSource: fmRate ? 'front-matter' : 'config',
    minutes: rate > 0 ? spoken / rate : 0,
    ...(targetMinutes ? { targetMinutes } : {}),
    placeholders: findAllPlaceholders(analysis, config),
  };
}

/**
 * The template's sections in template order, each with where it is (if anywhere) and its length;
 * with `config`, also its speaking time.
 */
export function sectionStatuses(analysis: Analysis, lang: Lang, placeholders: readonly Span[] = [], config?: PodiumConfig): SectionStatus[] {
  const { structure, template } = analysis;
  if (!template) return [];
  const rate = config ? speakingRate(analysis.model, config) : 0;
  return template.sections.map((section) => {
    const base = { id: section.id, kind: section.kind, label: section.label[lang], required: section.required, ...(section.share ? { share: section.share } : {}) };
    const span = hasSection(structure, section) ? spanOf(analysis, section.kind, section.id) : undefined;
    if (!span) return structure.unrecognised.has(section.id) ? { ...base, recognised: false as const } : base;
    const length = writtenLength(analysis, span);
    // A part's own heading is not its text: a bare heading is a stub (a part found by its cue has none).
    const part = section.kind === 'part' ? structure.parts.find((p) => p.sectionId === section.id) : undefined;
    const body = part && part.via !== 'cue' ? { start: part.heading.end, end: span.end } : span;
    const empty = writtenLength(analysis, body) === 0;
    const first = lowerBound(placeholders.length, (i) => placeholders[i]!.start >= span.start);
    const last = lowerBound(placeholders.length, (i) => placeholders[i]!.start >= span.end);
    const toFill = last - first;
    const minutes = rate > 0 ? sectionSpans(structure, section).reduce((sum, s) => sum + proseLength(analysis, s), 0) / rate : undefined;
    return {
      ...base, span, length,
      ...(empty || toFill ? { toFill, empty } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
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

/** A front matter number as front-matter-schema accepts it: a YAML number, never a string ("100"). */
function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
