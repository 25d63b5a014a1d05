import type { Analysis } from '../analyze.js';
import type { PodiumConfig } from '../config.js';
import type { Span } from '../model.js';
import { proseLength } from '../statistics.js';
import type { TemplateSection } from '../templates/types.js';
import { plannedMinutes, sectionSpans, speakingRate } from './spans.js';

/** A template section's speaking time in this speech, and what its share of the time allows it. */
export interface SectionTime {
  readonly section: TemplateSection;
  /** Where the section is: every part of a part section. */
  readonly spans: readonly Span[];
  /** Estimated speaking minutes of the section's text. */
  readonly minutes: number;
  /** `share` of the planned minutes (front matter `minutes`), or of the whole speech's time without them. */
  readonly allowed?: number;
  /** The minutes the share is taken of. */
  readonly base: number;
}

/** Speaking time of each template section found in the speech, in template order. */
export function sectionTimes(analysis: Pick<Analysis, 'model' | 'structure' | 'template'>, config: PodiumConfig): SectionTime[] {
  const { model, structure, template } = analysis;
  if (!template) return [];
  const rate = speakingRate(model, config);
  if (!(rate > 0)) return [];
  const base = plannedMinutes(model) ?? proseLength(analysis) / rate;
  const times: SectionTime[] = [];
  for (const section of template.sections) {
    const spans = sectionSpans(structure, section);
    if (spans.length === 0) continue;
    const minutes = spans.reduce((sum, span) => sum + proseLength(analysis, span), 0) / rate;
    times.push({ section, spans, minutes, base, ...(section.share ? { allowed: section.share * base } : {}) });
  }
  return times;
}

/** What the hover of a part's heading says: its speaking time, and its share when the template gives one. */
export interface HeadingTime extends Span {
  readonly markdown: string;
}

/**
 * The speaking time of the part (or the closing) whose heading holds `offset`: `**成绩与特点**：约 2.5
 * 分钟；模板占比 15%，即计划 10 分钟中的约 1.5 分钟`. In the speech's language, as its diagnostics.
 */
export function headingTimeAt(analysis: Pick<Analysis, 'model' | 'structure' | 'template'>, config: PodiumConfig, offset: number): HeadingTime | undefined {
  const { model, structure, template } = analysis;
  const rate = speakingRate(model, config);
  if (!(rate > 0)) return undefined;
  const closing = structure.closing?.via === 'heading' ? model.blocks[structure.closing.index] : undefined;
  const part = structure.parts.find((p) => p.via !== 'cue' && p.heading.start <= offset && offset <= p.heading.end);
  const heading = part?.heading ?? (closing && closing.start <= offset && offset <= closing.end ? closing : undefined);
  if (!heading) return undefined;
  const section = template?.sections.find((s) => (part ? s.id === part.sectionId : s.kind === 'closing'));
  const span = part ?? { start: structure.closing!.start, end: structure.closing!.end };
  const minutes = proseLength(analysis, span) / rate;
  const zh = model.lang === 'zh-CN';
  const label = section?.label[model.lang] ?? heading.title ?? '';
  let text = zh ? `**${label}**：约 ${round(minutes)} 分钟` : `**${label}**: about ${round(minutes)} min`;
  if (section?.share) {
    const share = Math.round(section.share * 100);
    const planned = plannedMinutes(model);
    text += zh ? `；模板占比 ${share}%` : `; template share ${share}%`;
    if (planned) text += zh ? `，即计划 ${round(planned)} 分钟中的约 ${round(section.share * planned)} 分钟` : `, about ${round(section.share * planned)} of the ${round(planned)} min planned`;
  }
  return { start: heading.start, end: heading.end, markdown: text };
}

/** Minutes as a writer reads them: one decimal under ten, whole minutes above. */
export function round(minutes: number): number {
  return minutes < 10 ? Math.round(minutes * 10) / 10 : Math.round(minutes);
}
