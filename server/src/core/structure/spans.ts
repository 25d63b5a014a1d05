import type { PodiumConfig } from '../config.js';
import type { SpeechModel, Span } from '../model.js';
import type { TemplateSection } from '../templates/types.js';
import type { SpeechStructure } from './types.js';

/** Characters (or words) per minute: the front matter's `rate`, else the configured rate for the speech's language. */
export function speakingRate(model: SpeechModel, config: PodiumConfig): number {
  return positive(model.frontMatter?.data?.['rate']) ?? config.rates[model.lang];
}

/** The front matter's `minutes`, when it is a positive number. */
export function plannedMinutes(model: SpeechModel): number | undefined {
  return positive(model.frontMatter?.data?.['minutes']);
}

/** Where a template section is in the speech: its span, or each part's for a part section. */
export function sectionSpans(structure: SpeechStructure, section: TemplateSection): Span[] {
  if (structure.uncued.has(section.id)) return [];
  switch (section.kind) {
    case 'salutation': return structure.salutation ? [structure.salutation] : [];
    case 'opening': return structure.opening ? [structure.opening] : [];
    case 'closing': return structure.closing ? [{ start: structure.closing.start, end: structure.closing.end }] : [];
    case 'part': return structure.parts.filter((p) => p.sectionId === section.id).map((p) => ({ start: p.start, end: p.end }));
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
