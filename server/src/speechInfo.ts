import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  buildOutline, computeStatistics, sectionStatuses, writtenLength,
  type Analysis, type Lang, type OutlineItem, type PodiumConfig, type Span, type TemplateSet,
} from './core/index.js';
import type { PodiumSpeechInfoRequest as Info } from './protocol.js';

/**
 * The `podium/speechInfo` answer: the template's sections in order, the outline (parts,
 * sub-parts, numbered points: the same items as the document symbols), and the statistics.
 * The template's name follows the editor's language (`uiLang`); section labels, like the
 * diagnostics, follow the speech's.
 */
export function speechInfo(doc: TextDocument, analysis: Analysis, config: PodiumConfig, templates: TemplateSet, uiLang: Lang): Info.Result {
  const range = (span: Span) => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });
  const stats = computeStatistics(analysis, config, templates);
  const partSections = new Map(analysis.structure.parts.map((p) => [p.start, p.sectionId] as const));
  // One node per outline entry, thousands in a long speech: built by assignment, as object spreads cost several times more.
  const node = (item: OutlineItem): Info.OutlineNode => {
    const out: Info.OutlineNode = { name: item.name.trim() || '…', kind: item.kind, range: range(item), selectionRange: range({ start: item.selection.start, end: Math.min(item.selection.end, item.end) }), length: 0, children: [] };
    if (item.detail) out.detail = item.detail;
    const sectionId = item.kind === 'part' ? partSections.get(item.start) : undefined;
    if (sectionId) out.sectionId = sectionId;
    out.length = writtenLength(analysis, item);
    out.children = item.children.map(node);
    return out;
  };
  const { template } = analysis;
  return {
    uri: doc.uri,
    version: doc.version,
    lang: analysis.model.lang,
    ...(template ? { template: { id: template.id, name: template.name[uiLang] } } : {}),
    // Section labels name parts of the speech, so they speak its language, as its diagnostics do.
    sections: sectionStatuses(analysis, analysis.model.lang, stats.placeholders, config).map((s) => ({
      id: s.id, kind: s.kind, label: s.label, required: s.required, present: !!s.span,
      ...(s.span ? { range: range(s.span), length: s.length ?? 0 } : {}),
      ...(s.toFill !== undefined ? { toFill: s.toFill, empty: !!s.empty } : {}),
      ...(s.recognised === false ? { recognised: false as const } : {}),
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      ...(s.share !== undefined ? { share: s.share } : {}),
    })),
    outline: buildOutline(analysis.model, analysis.structure, template, analysis.numbering).map(node),
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
