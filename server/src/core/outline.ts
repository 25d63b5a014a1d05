import type { Lang, SpeechModel, Span } from './model.js';
import type { Part, SpeechStructure } from './structure/types.js';
import type { Template } from './templates/types.js';
import { buildNumbering } from './numbering/build.js';
import { withPoints } from './numbering/outline.js';
import type { NumberingModel } from './numbering/types.js';
import { frontMatterPairs } from './rules/frontMatterNodes.js';

export type OutlineKind = 'title' | 'salutation' | 'opening' | 'part' | 'closing' | 'point';

/** One entry of the speech's outline; the server turns it into a DocumentSymbol. */
export interface OutlineItem extends Span {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  /** The span to select when the entry is chosen (a heading line, a salutation). */
  readonly selection: Span;
  readonly children: readonly OutlineItem[];
}

const NAMES: Record<Exclude<OutlineKind, 'part' | 'point' | 'title'>, Record<Lang, string>> = {
  salutation: { 'zh-CN': '称呼', en: 'Salutation' },
  opening: { 'zh-CN': '开场白', en: 'Opening' },
  closing: { 'zh-CN': '结束语', en: 'Closing' },
};

/** Builds the outline: title, salutation, opening, parts with sub-parts, closing; numbered points inside them. */
export function buildOutline(model: SpeechModel, structure: SpeechStructure, template: Template | undefined, numbering?: NumberingModel): OutlineItem[] {
  return withPoints(buildSections(model, structure, template), numbering ?? buildNumbering(model), model.text);
}

function buildSections(model: SpeechModel, structure: SpeechStructure, template: Template | undefined): OutlineItem[] {
  const lang = model.lang;
  const items: OutlineItem[] = [];
  const preview = (span: Span) => oneLine(model.text.slice(span.start, Math.min(span.end, span.start + 60)));
  const fmTitle = model.frontMatter?.data?.['title'];
  // The template's own name for its salutation, opening or closing (开幕词's 宣布开幕与欢迎), else Podium's.
  const nameOf = (kind: keyof typeof NAMES) => {
    const section = template?.sections.find((s) => s.kind === kind);
    return section && !structure.uncued.has(section.id) ? section.label[lang] : NAMES[kind][lang];
  };
  const body: OutlineItem[] = [];
  if (structure.salutation) {
    body.push({ ...structure.salutation, name: nameOf('salutation'), detail: preview(structure.salutation), kind: 'salutation', selection: structure.salutation, children: [] });
  }
  if (structure.opening) {
    const sel = { start: structure.opening.start, end: Math.min(structure.opening.end, lineEnd(model.text, structure.opening.start)) };
    body.push({ ...structure.opening, name: nameOf('opening'), detail: preview(structure.opening).slice(0, 30), kind: 'opening', selection: sel, children: [] });
  }
  for (const part of structure.parts) body.push(part.via === 'cue' ? cuedItem(model, part, template, lang) : partItem(part, template, lang));
  if (structure.closing) {
    const block = model.blocks[structure.closing.index]!;
    const sel = structure.closing.via === 'heading' ? { start: block.start, end: block.end } : { start: block.start, end: Math.min(block.end, lineEnd(model.text, block.start)) };
    // A closing with a heading of its own is shown under the writer's words (`## Conclusion`), the
    // recognised section as its detail, as VS Code's Markdown outline does; otherwise Podium names it.
    const headed = structure.closing.via === 'heading' && block.title;
    const name = headed ? block.title! : nameOf('closing');
    const detail = headed ? nameOf('closing') : preview(sel).slice(0, 30);
    body.push({ ...structure.closing, name, detail, kind: 'closing', selection: sel, children: [] });
  }
  if (structure.title) {
    const end = Math.max(structure.title.end, model.text.length);
    items.push({ start: structure.title.start, end, name: structure.title.text || String(fmTitle ?? ''), kind: 'title', selection: structure.title, children: body });
  } else if (typeof fmTitle === 'string' && fmTitle.trim() && model.frontMatter) {
    // No `# title` heading: the front matter's title heads the outline.
    const pair = frontMatterPairs(model.frontMatter).find((p) => p.key === 'title');
    const selection = pair?.valueSpan ?? { start: model.frontMatter.start, end: model.frontMatter.start + 3 };
    items.push({ start: model.frontMatter.start, end: model.text.length, name: fmTitle.trim(), kind: 'title', selection, children: body });
  } else {
    items.push(...body);
  }
  return items;
}

function partItem(part: Part, template: Template | undefined, lang: Lang): OutlineItem {
  const section = template?.sections.find((s) => s.id === part.sectionId);
  return {
    start: part.start, end: part.end,
    name: part.heading.title || '…',
    detail: section?.label[lang],
    kind: 'part',
    selection: { start: part.heading.start, end: part.heading.end },
    children: part.children.map((c) => partItem(c, undefined, lang)),
  };
}

/** A section found by its cue, without a heading: named by the template, its first words as detail. */
function cuedItem(model: SpeechModel, part: Part, template: Template | undefined, lang: Lang): OutlineItem {
  const section = template?.sections.find((s) => s.id === part.sectionId);
  const selection = { start: part.start, end: Math.min(part.heading.end, lineEnd(model.text, part.start)) };
  return {
    start: part.start, end: part.end,
    name: section?.label[lang] ?? '…',
    detail: oneLine(model.text.slice(part.start, Math.min(part.end, part.start + 60))).slice(0, 30),
    kind: 'part',
    selection,
    children: [],
  };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function lineEnd(text: string, from: number): number {
  const nl = text.slice(from, from + 10_000).search(/\r|\n/);
  return nl < 0 ? Math.min(text.length, from + 10_000) : from + nl;
}
