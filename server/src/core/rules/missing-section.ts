import { localize } from '../i18n.js';
import type { SpeechStructure } from '../structure/types.js';
import type { Template, TemplateSection } from '../templates/types.js';
import type { SpeechModel } from '../model.js';
import type { Rule } from './rule.js';
import { templateAnchor } from './frontMatterNodes.js';
import { sectionSkeleton } from '../templates/skeleton.js';

/** Whether the speech has the section, by its kind. */
export function hasSection(structure: SpeechStructure, section: TemplateSection): boolean {
  if (structure.uncued.has(section.id)) return false;
  switch (section.kind) {
    case 'salutation': return !!structure.salutation;
    case 'opening': return !!structure.opening;
    case 'closing': return !!structure.closing;
    case 'part': return structure.parts.some((p) => p.sectionId === section.id);
  }
}

export const missingSection: Rule = {
  id: 'missing-section',
  description: { en: 'Every section the template requires is present.', 'zh-CN': '模板要求的章节都已写出。' },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    missing: { en: 'Missing section "{label}" required by template "{template}".', 'zh-CN': '缺少模板“{template}”要求的章节“{label}”。' },
    insert: { en: 'Insert section "{label}"', 'zh-CN': '插入章节“{label}”' },
  },
  check({ model, structure, template, lang }, report) {
    if (!template) return;
    const anchor = templateAnchor(model);
    for (const section of template.sections) {
      // Not found by cues that found too little else: not recognised, which is not missing.
      if (!section.required || hasSection(structure, section) || structure.unrecognised.has(section.id)) continue;
      const params = { label: section.label[lang], template: template.name[lang] };
      const message = localize(this.messages.missing!, lang, params);
      if (!placeIsCertain(model, structure, template, section)) {
        // Better no fix than a heading above the text it should head, or below it.
        report({ message, ...anchor, data: { sectionId: section.id } });
        continue;
      }
      const at = insertionPoint(model, structure, template, section);
      const newText = skeletonFor(section, lang, model.text, at);
      report({
        message,
        ...anchor,
        data: { sectionId: section.id },
        fixes: [{
          title: { en: localize(this.messages.insert!, 'en', { label: section.label.en }), 'zh-CN': localize(this.messages.insert!, 'zh-CN', { label: section.label['zh-CN'] }) },
          edits: [{ start: at, end: at, newText }],
        }],
      });
    }
  },
};

/** Longest paragraph still taken for a closing when placing a section before it. */
const CLOSING_MAX = 300;

/**
 * Whether the template's place for a missing part is clear in this text. In a speech without part
 * headings (a pasted draft), the body's paragraphs all count as the opening, and the parts' text is
 * somewhere in them: a heading put after them would sit below its own text. A "closing" that is a
 * whole one-line draft would put it above the whole speech. Among parts found by their cues only,
 * the place is clear before a part the template puts after it; after the last one it is not (the
 * missing text may be the end of that part).
 */
function placeIsCertain(model: SpeechModel, structure: SpeechStructure, template: Template, section: TemplateSection): boolean {
  if (section.kind !== 'part') return true;
  if (structure.closing && structure.closing.end - structure.closing.start > CLOSING_MAX) return false;
  const byCue = structure.parts.length > 0 && structure.parts.every((p) => p.via === 'cue');
  if (structure.parts.length > 0 && !byCue) return true;
  if (byCue) {
    const order = template.sections.indexOf(section);
    const orders = structure.parts.map((p) => template.sections.findIndex((s) => s.id === p.sectionId));
    if (!orders.some((o) => o > order)) return false;
    if (orders.some((o) => o >= 0 && o < order)) return true;
  }
  const opening = structure.opening;
  if (!opening) return true;
  const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph' && b.start >= opening.start && b.end <= opening.end);
  return paragraphs.length <= 2;
}

function skeletonFor(section: TemplateSection, lang: 'zh-CN' | 'en', text: string, at: number): string {
  const body = sectionSkeleton(section, lang) + '\n';
  // Keep one blank line between the inserted section and its neighbours.
  const before = text.slice(Math.max(0, at - 2), at);
  const lead = at === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  // A blank line already there (after a salutation line) keeps the inserted text apart.
  const trail = at < text.length && !/^\r?\n/.test(text.slice(at, at + 2)) ? '\n' : '';
  return lead + body + trail;
}

/** Where the template puts a missing section: after what precedes it in template order. */
function insertionPoint(model: SpeechModel, structure: SpeechStructure, template: Template, section: TemplateSection): number {
  const afterTitle = structure.title?.end ?? model.bodyStart;
  const lineAfter = (offset: number) => {
    const nl = model.text.slice(offset).search(/\n/);
    return nl < 0 ? model.text.length : offset + nl + 1;
  };
  switch (section.kind) {
    case 'salutation': return skipBlank(model.text, lineAfter(afterTitle));
    case 'opening': return structure.salutation ? lineAfter(structure.salutation.end) : skipBlank(model.text, lineAfter(afterTitle));
    case 'closing': return model.text.length;
    case 'part': {
      const order = template.sections.indexOf(section);
      const next = structure.parts.find((p) => template.sections.findIndex((s) => s.id === p.sectionId) > order);
      if (next) return next.start;
      if (structure.closing) return structure.closing.start;
      return model.text.length;
    }
  }
}

function skipBlank(text: string, at: number): number {
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}
