import {
  computeStatistics, sectionStatuses, writtenLength,
  type Analysis, type Lang, type OutlineItem, type OutlineKind, type PodiumConfig, type Span, type TemplateSet,
} from '../core/index.js';
import { outline } from './outline.js';
import { compactRangeOf, positionsOf, type CompactRange as Range, type Positions } from './positions.js';

/** A template section as the Structure view shows it. */
export interface SectionInfo<R = Range> {
  id: string;
  kind: 'salutation' | 'opening' | 'part' | 'closing';
  label: string;
  required: boolean;
  present: boolean;
  range?: R;
  /** Length of the section (字数 or words). */
  length?: number;
  /** Present but still a stub: placeholders left in it, or (`empty`) nothing but its heading. */
  toFill?: number;
  empty?: boolean;
  /** `false`: looked for by its cues in a heading-less speech and not found, too unsure to call it missing. */
  recognised?: false;
  /** Estimated speaking minutes of the section, when present. */
  minutes?: number;
  /** The template's share of the speaking time for this section (0–1). */
  share?: number;
}

/** A part, sub-part or numbered point with its length, from the same outline as the document symbols. */
export interface OutlineNode<R = Range> {
  name: string;
  detail?: string;
  kind: OutlineKind;
  range: R;
  selectionRange: R;
  /** The template section a part stands for. */
  sectionId?: string;
  length: number;
  children: OutlineNode<R>[];
}

export interface StatisticsInfo<R = Range> {
  unit: 'chars' | 'words';
  /** 字数 as Word and WPS count it (words for English): what a length limit means. */
  length: number;
  /** Characters read aloud (no marks) or words: what the speaking time comes from. */
  spoken: number;
  /** `length` in the front matter. */
  targetLength?: number;
  rate: number;
  rateSource: 'front-matter' | 'config';
  minutes: number;
  targetMinutes?: number;
  placeholders: R[];
}

/** Everything the Structure view and the status bar show for one speech. */
export interface SpeechInfo {
  lang: Lang;
  template?: { id: string; name: string };
  sections: SectionInfo[];
  outline: OutlineNode[];
  statistics: StatisticsInfo;
}

/** One outline entry, in reading order (depth first), at offsets: what a Structure view row is made of. */
export interface OutlineEntry {
  /** 0 for the title (or a top-level part), one more per level below. */
  readonly depth: number;
  readonly name: string;
  readonly detail: string | undefined;
  readonly kind: OutlineKind;
  readonly start: number;
  readonly end: number;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  /** The template section a part stands for. */
  readonly sectionId: string | undefined;
  readonly length: number;
}

/** What `speechInfo` shows, at offsets: the server turns it into its answer's rows directly. */
export interface SpeechFacts {
  lang: Lang;
  template?: { id: string; name: string };
  sections: SectionInfo<Span>[];
  outline: OutlineEntry[];
  statistics: StatisticsInfo<Span>;
}

/**
 * The template's sections in order, the outline (the same items as the document symbols, flat,
 * depth first) and the statistics, at offsets. The template's name follows `uiLang` (the editor's
 * language); section labels, like the findings, follow the speech's.
 */
export function speechFacts(analysis: Analysis, config: PodiumConfig, templates: TemplateSet, uiLang: Lang): SpeechFacts {
  const stats = computeStatistics(analysis, config, templates);
  const partSections = new Map(analysis.structure.parts.map((p) => [p.start, p.sectionId] as const));
  const outlineEntries: OutlineEntry[] = [];
  // Thousands of entries in a long speech: built flat, by assignment, without nested copies.
  const visit = (item: OutlineItem, depth: number) => {
    outlineEntries.push({
      depth, name: item.name.trim() || '…', detail: item.detail || undefined, kind: item.kind,
      start: item.start, end: item.end, selectionStart: item.selection.start, selectionEnd: Math.min(item.selection.end, item.end),
      sectionId: (item.kind === 'part' ? partSections.get(item.start) : undefined) || undefined, length: writtenLength(analysis, item),
    });
    for (const child of item.children) visit(child, depth + 1);
  };
  for (const item of outline(analysis)) visit(item, 0);
  const { template } = analysis;
  return {
    lang: analysis.model.lang,
    ...(template ? { template: { id: template.id, name: template.name[uiLang] } } : {}),
    // Section labels name parts of the speech, so they speak its language, as its findings do.
    sections: sectionStatuses(analysis, analysis.model.lang, stats.placeholders, config).map((s) => ({
      id: s.id, kind: s.kind, label: s.label, required: s.required, present: !!s.span,
      ...(s.span ? { range: s.span, length: s.length ?? 0 } : {}),
      ...(s.toFill !== undefined ? { toFill: s.toFill, empty: !!s.empty } : {}),
      ...(s.recognised === false ? { recognised: false as const } : {}),
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      ...(s.share !== undefined ? { share: s.share } : {}),
    })),
    outline: outlineEntries,
    statistics: {
      unit: stats.unit,
      length: stats.length,
      spoken: stats.spoken,
      ...(stats.targetLength ? { targetLength: stats.targetLength } : {}),
      rate: stats.rate,
      rateSource: stats.rateSource,
      minutes: stats.minutes,
      ...(stats.targetMinutes ? { targetMinutes: stats.targetMinutes } : {}),
      placeholders: [...stats.placeholders],
    },
  };
}

/**
 * `speechFacts` with ranges and the outline nested, as the CLI and the tests read it. `positions`
 * turns offsets into ranges (the server passes its document, whose line table is already built).
 */
export function speechInfo(analysis: Analysis, config: PodiumConfig, templates: TemplateSet, uiLang: Lang, positions: Pick<Positions, 'positionAt'> = positionsOf(analysis.lines)): SpeechInfo {
  const facts = speechFacts(analysis, config, templates, uiLang);
  const range = (span: Span) => compactRangeOf(positions, span);
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const e of facts.outline) {
    const node: OutlineNode = { name: e.name, kind: e.kind, range: range(e), selectionRange: range({ start: e.selectionStart, end: e.selectionEnd }), length: e.length, children: [] };
    if (e.detail) node.detail = e.detail;
    if (e.sectionId) node.sectionId = e.sectionId;
    (e.depth > 0 ? open[e.depth - 1]!.children : roots).push(node);
    open.length = e.depth;
    open.push(node);
  }
  return {
    ...facts,
    sections: facts.sections.map(({ range: span, ...rest }) => (span ? { ...rest, range: range(span) } : rest)),
    outline: roots,
    statistics: { ...facts.statistics, placeholders: facts.statistics.placeholders.map(range) },
  };
}
