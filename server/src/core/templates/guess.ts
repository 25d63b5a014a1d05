import type { SpeechModel } from '../model.js';
import type { TemplateSet } from './registry.js';
import type { Template } from './types.js';

const PART_NUMBER = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，、部]|（[一二三四五六七八九十]+）|(?:First|Second|Third|Finally)\b)/u;

/** At least this many of a template's part sections must be named in the text to guess it. */
const MIN_SECTIONS = 2;

/**
 * The template a speech without one most likely follows: the one whose part sections are named
 * (by their keywords) in the most headings or paragraph openings, in the speech's language.
 * Generic when no template has MIN_SECTIONS sections named, or two tie: a guess must be clear.
 */
export function guessTemplate(model: SpeechModel, templates: TemplateSet): Template | undefined {
  // Headings, and paragraphs that open with a part's number (a pasted draft's headings): the
  // words of ordinary prose name every section somewhere and would make any guess.
  const leads: string[] = [];
  for (const b of model.blocks) {
    if (b.kind === 'heading') leads.push(b.title ?? '');
    else if (b.kind === 'paragraph') {
      const first = model.text.slice(b.start, Math.min(b.end, b.start + 40)).split(/\r?\n/)[0]!;
      if (PART_NUMBER.test(first)) leads.push(first);
    }
  }
  let best: Template | undefined;
  let bestScore = 0;
  let tie = false;
  for (const template of templates.templates.values()) {
    if (template.lang !== model.lang) continue;
    const parts = template.sections.filter((s) => s.kind === 'part' && s.keywords.length);
    const score = parts.filter((s) => leads.some((lead) => s.keywords.some((k) => lead.includes(k)))).length;
    if (score > bestScore) { best = template; bestScore = score; tie = false; } else if (score === bestScore) tie = true;
  }
  if (bestScore < MIN_SECTIONS || tie) return templates.templates.get('generic');
  return best;
}
