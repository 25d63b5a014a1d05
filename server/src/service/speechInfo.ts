import {
  computeStatistics, sectionStatuses, writtenLength,
  type Analysis, type Lang, type OutlineItem, type OutlineKind, type PodiumConfig, type Span, type TemplateSet,
} from '../core/index.js';
import { outline } from './outline.js';
import { compactRangeOf, positionsOf, type CompactRange as Range, type Positions } from './positions.js';

/** A template section as the Structure view shows it. */
export interface SectionInfo {
  id: string;
  kind: 'salutation' | 'opening' | 'part' | 'closing';
  label: string;
  required: boolean;
  present: boolean;
  range?: Range;
  /** Length of the section (字数 or words). */
  length?: number;
  /** Present but still a stub: placeholders left in it, or (`empty`) nothing but its heading. */
  toFill?: number;
  empty?: boolean;
  /** `false`: looked for by its cues in a heading-less speech and not found. */
  recognised?: false;
  minutes?: number;
  share?: number;
}

/** One outline entry with its length: the Structure view's row. */
export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  /** The template section a part stands for. */
  sectionId?: string;
  length: number;
  children: OutlineNode[];
}

export interface StatisticsInfo {
  unit: 'chars' | 'words';
  length: number;
  spoken: number;
  targetLength?: number;
  rate: number;
  rateSource: 'front-matter' | 'config';
  minutes: number;
  targetMinutes?: number;
  placeholders: Range[];
}

/** Everything the Structure view and the status bar show for one speech. */
export interface SpeechInfo {
  lang: Lang;
  template?: { id: string; name: string };
  sections: SectionInfo[];
  outline: OutlineNode[];
  statistics: StatisticsInfo;
}

/**
 * The template's sections in order, the outline (the same items as the document symbols) and the
 * statistics. The template's name follows `uiLang` (the editor's language); section labels, like
 * the findings, follow the speech's. `positions` turns offsets into ranges (the server passes its
 * document, whose line table is already built).
 */
export function speechInfo(analysis: Analysis, config: PodiumConfig, templates: TemplateSet, uiLang: Lang, positions: Pick<Positions, 'positionAt'> = positionsOf(analysis.lines)): SpeechInfo {
  const range = (span: Span) => compactRangeOf(positions, span);
  const stats = computeStatistics(analysis, config, templates);
  const partSections = new Map(analysis.structure.parts.map((p) => [p.start, p.sectionId] as const));
  // One node per outline entry, thousands in a long speech: built by assignment, as object spreads cost several times more.
  const node = (item: OutlineItem): OutlineNode => {
    const out: OutlineNode = { name: item.name.trim() || '…', kind: item.kind, range: range(item), selectionRange: range({ start: item.selection.start, end: Math.min(item.selection.end, item.end) }), length: 0, children: [] };
    if (item.detail) out.detail = item.detail;
    const sectionId = item.kind === 'part' ? partSections.get(item.start) : undefined;
    if (sectionId) out.sectionId = sectionId;
    out.length = writtenLength(analysis, item);
    out.children = item.children.map(node);
    return out;
  };
  const { template } = analysis;
  return {
    lang: analysis.model.lang,
    ...(template ? { template: { id: template.id, name: template.name[uiLang] } } : {}),
    // Section labels name parts of the speech, so they speak its language, as its findings do.
    sections: sectionStatuses(analysis, analysis.model.lang, stats.placeholders, config).map((s) => ({
      id: s.id, kind: s.kind, label: s.label, required: s.required, present: !!s.span,
      ...(s.span ? { range: range(s.span), length: s.length ?? 0 } : {}),
      ...(s.toFill !== undefined ? { toFill: s.toFill, empty: !!s.empty } : {}),
      ...(s.recognised === false ? { recognised: false as const } : {}),
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      ...(s.share !== undefined ? { share: s.share } : {}),
    })),
    outline: outline(analysis).map(node),
    statistics: {
      unit: stats.unit,
      length: stats.length,
      spoken: stats.spoken,
      ...(stats.targetLength ? { targetLength: stats.targetLength } : {}),
      rate: stats.rate,
      rateSource: stats.rateSource,
      minutes: stats.minutes,
      ...(stats.targetMinutes ? { targetMinutes: stats.targetMinutes } : {}),
      placeholders: stats.placeholders.map(range),
    },
  };
}
