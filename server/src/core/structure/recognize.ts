import type { Block, SpeechModel, Span } from '../model.js';
import type { NumberingModel } from '../numbering/types.js';
import type { Template } from '../templates/types.js';
import { cuedParts, hasCues, matchesCues, normalizeForCues } from './cues.js';
import { paragraphParts, seriesContinuations } from './paragraphParts.js';
import type { Part, SpeechStructure } from './types.js';

const SALUTATION_MAX = 40;
const SALUTATION_END = /[：:，,]\s*$/;
// A pasted draft runs the salutation into the text (`同志们: 这次会议…`): a known form of address
// ending in a colon opens the paragraph. A comma is not enough (同志们，我们要… is a sentence).
const SALUTATION_RUN_IN = /^(?:同志们|各位[^：:，,。！!\s]{0,24}|尊敬的[^：:。！!]{0,40}|女士们、先生们|(?:Dear )?(?:Ladies and gentlemen|Friends|Colleagues))[：:][ \t　]*(?=\S)/u;
const CLOSING_HEADING = /结束语|结语|结束讲话|Closing|Conclusion|Concluding|In closing|Final words/i;
const CLOSING_PARAGRAPH = /谢谢大家|谢谢各位|我的讲话完了|我就讲这些|我就讲到这里|thank you/i;
// A last paragraph that turns to the audience again (同志们，…！) is the classic Chinese closing,
// with or without thanks; so is a last call to action (让我们…！).
const CLOSING_ADDRESS = /^\s*(?:同志们|各位(?:领导|委员|代表|同志)[^，,！!]{0,12})[，,！!]|^(?=[\s\S]*让我们)[\s\S]*[！!]\s*$/;

/**
 * Finds title, salutation, opening, parts and closing, and names each part's template section.
 * Sections without a heading are found from their paragraphs by the template's cues; `numbering`
 * keeps a numbered series (`一是…二是…`) inside the section it began in.
 */
export function recognizeStructure(model: SpeechModel, template: Template | undefined, numbering?: NumberingModel): SpeechStructure {
  const { blocks, text } = model;
  let i = 0;
  const first = blocks[0];
  const title = first?.kind === 'heading' && first.depth === 1
    ? { start: first.start, end: first.end, text: first.title ?? '' } : undefined;
  if (title) i = 1;

  const salutation = findSalutation(text, blocks[i]);
  const firstPart = blocks.findIndex((b, k) => k >= i && b.kind === 'heading' && b.depth <= 2);
  const partsEnd = firstPart < 0 ? blocks.length : firstPart;
  // A closing paragraph that is also the salutation's (a draft pasted as one paragraph) is the whole
  // speech, not its closing.
  const found = findClosing(model, template);
  const closing = found && !(salutation && found.start <= salutation.start) ? found : undefined;
  const openingEnd = closing && closing.index < partsEnd ? closing.index : partsEnd;

  const headed = firstPart < 0 ? [] : buildParts(blocks, firstPart, closing, template);
  const claimed = new Set(headed.map((p) => p.sectionId));
  const wanted = cuedParts(template).filter((s) => !claimed.has(s.id));
  // The cues' search runs to the closing, across the headed parts too: a section without a heading
  // in a speech with some (a stub inserted into a heading-less speech) begins where its cue is.
  const searchEnd = closing?.index ?? blocks.length;
  const parts = template && wanted.length
    ? paragraphParts(model, claimableFrom(model, i, openingEnd, salutation, template), searchEnd, wanted, template, seriesContinuations(numbering), headed)
    : headed;
  const opening = findOpening(text, blocks, i, Math.min(parts[0]?.index ?? openingEnd, openingEnd), salutation);
  if (firstPart >= 0) return { title, salutation, opening, parts, closing, unrecognised: new Set(), uncued: new Set() };
  const uncued = uncuedSections(text, { opening, closing }, template);
  const structure = { title, salutation, opening, parts, closing, uncued };
  const unsure = new Set(roomToHide(model, structure) ? unrecognised(structure, template) : []);
  // Its last words close the speech, but they are not a paragraph of their own: not recognised.
  if (found && !closing) for (const s of template?.sections ?? []) if (s.kind === 'closing') unsure.add(s.id);
  return { ...structure, unrecognised: unsure };
}

/** Body text longer than this, or in more paragraphs than `ROOM_PARAGRAPHS`, may hold sections its cues missed. */
const ROOM_CHARS = 400;
const ROOM_PARAGRAPHS = 2;

/**
 * Whether the body between salutation and closing is long enough to hold sections that the cues
 * did not find: a speech of one short opening paragraph has none of them, and may say so.
 */
function roomToHide(model: SpeechModel, structure: Pick<SpeechStructure, 'salutation' | 'closing'>): boolean {
  const from = structure.salutation?.end ?? model.bodyStart;
  const to = structure.closing?.start ?? model.text.length;
  const body = model.blocks.filter((b) => b.end > from && b.start < to && b.kind !== 'html' && b.kind !== 'definition' && b.kind !== 'heading');
  return body.length > ROOM_PARAGRAPHS || model.text.slice(from, to).replace(/\s+/gu, '').length > ROOM_CHARS;
}

/** Opening and closing sections with cues that their text, found by its place, does not say. */
function uncuedSections(text: string, spans: { opening?: Span; closing?: Span }, template: Template | undefined): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const section of template?.sections ?? []) {
    if ((section.kind !== 'opening' && section.kind !== 'closing') || !hasCues(section)) continue;
    const span = spans[section.kind];
    if (span && !matchesCues(normalizeForCues(text.slice(span.start, span.end)), section)) ids.add(section.id);
  }
  return ids;
}

/**
 * The first block a cue may claim for a part: when the template has an opening, the paragraph after
 * the salutation is it, whatever it mentions (`对下步工作提出了要求` is no directive).
 */
function claimableFrom(model: SpeechModel, from: number, to: number, salutation: Span | undefined, template: Template): number {
  if (!template.sections.some((s) => s.kind === 'opening')) return from;
  for (let k = from; k < to; k++) {
    const b = model.blocks[k]!;
    if (b.kind === 'html' || b.kind === 'definition') continue;
    // A salutation alone on its line is not the opening; the paragraph after it is.
    if (salutation && b.start === salutation.start && !model.text.slice(salutation.end, b.end).trim()) continue;
    return k + 1;
  }
  return to;
}

/**
 * In a heading-less speech, the sections looked for by cue and not found, when fewer than half of
 * the template's required cued sections were found: the cues do not fit this text well enough to
 * say what is missing.
 */
function unrecognised(structure: Omit<SpeechStructure, 'unrecognised'>, template: Template | undefined): ReadonlySet<string> {
  if (!template) return new Set();
  const found = (id: string, kind: string) => {
    if (structure.uncued.has(id)) return false;
    switch (kind) {
      case 'salutation': return !!structure.salutation;
      case 'opening': return !!structure.opening;
      case 'closing': return !!structure.closing;
      default: return structure.parts.some((p) => p.sectionId === id);
    }
  };
  const required = template.sections.filter((s) => s.required && hasCues(s));
  const hits = required.filter((s) => found(s.id, s.kind)).length;
  if (required.length === 0 || hits * 2 >= required.length) return new Set();
  return new Set(template.sections.filter((s) => (s.kind === 'part' || hasCues(s)) && !found(s.id, s.kind)).map((s) => s.id));
}

function findSalutation(text: string, block: Block | undefined): Span | undefined {
  if (block?.kind !== 'paragraph') return undefined;
  const raw = text.slice(block.start, block.end);
  const lineEnd = raw.search(/\r|\n/);
  const line = lineEnd < 0 ? raw : raw.slice(0, lineEnd);
  const trimmed = line.trimEnd();
  const runIn = SALUTATION_RUN_IN.exec(line);
  if (runIn) return { start: block.start, end: block.start + runIn[0].trimEnd().length };
  if (trimmed.length === 0 || trimmed.length > SALUTATION_MAX || !SALUTATION_END.test(trimmed)) return undefined;
  return { start: block.start, end: block.start + trimmed.length };
}

function findOpening(text: string, blocks: readonly Block[], from: number, to: number, salutation: Span | undefined): Span | undefined {
  let start = -1;
  let end = -1;
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    if (b.kind === 'html' || b.kind === 'definition') continue;
    let s = b.start;
    if (salutation && b.start === salutation.start) {
      s = salutation.end;
      while (s < b.end && /\s/.test(text[s]!)) s++;
      if (s >= b.end) continue;
    }
    if (start < 0) start = s;
    end = b.end;
  }
  return start < 0 ? undefined : { start, end };
}

/** How many paragraphs before a closing one its cues may still claim (`预祝…圆满成功` before `谢谢大家`). */
const CLOSING_CUE_REACH = 2;

function findClosing(model: SpeechModel, template: Template | undefined): SpeechStructure['closing'] {
  const { blocks } = model;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.kind === 'heading' && b.depth <= 2 && CLOSING_HEADING.test(b.title ?? '')) {
      return { start: b.start, end: sectionEnd(blocks, k), via: 'heading', index: k };
    }
  }
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.kind === 'html' || b.kind === 'definition') continue;
    const paragraph = b.kind === 'paragraph' ? model.text.slice(b.start, b.end) : '';
    const section = template?.sections.find((s) => s.kind === 'closing' && hasCues(s));
    const cued = (p: string) => !!section && matchesCues(normalizeForCues(p), section);
    if (paragraph && (CLOSING_PARAGRAPH.test(paragraph) || CLOSING_ADDRESS.test(paragraph) || cued(paragraph))) {
      const from = section ? closingCueStart(model, k, cued) : k;
      return { start: blocks[from]!.start, end: b.end, via: 'paragraph', index: from };
    }
    break;
  }
  return undefined;
}

/** The earliest of the paragraphs just before the closing one `k` that carry the closing's cues. */
function closingCueStart(model: SpeechModel, k: number, cued: (paragraph: string) => boolean): number {
  let from = k;
  for (let j = k - 1, seen = 0; j >= 0 && seen < CLOSING_CUE_REACH; j--) {
    const b = model.blocks[j]!;
    if (b.kind === 'html' || b.kind === 'definition') continue;
    seen++;
    if (b.kind !== 'paragraph' || !cued(model.text.slice(b.start, b.end))) break;
    from = j;
  }
  return from;
}

/** End offset of the heading at `k`: before the next heading of the same or a higher level. */
function sectionEnd(blocks: readonly Block[], k: number, stop = blocks.length): number {
  const depth = blocks[k]!.depth;
  let end = blocks[k]!.end;
  for (let j = k + 1; j < stop; j++) {
    const b = blocks[j]!;
    if (b.kind === 'heading' && b.depth <= depth) break;
    end = b.end;
  }
  return end;
}

function buildParts(blocks: readonly Block[], from: number, closing: SpeechStructure['closing'], template: Template | undefined): Part[] {
  // A closing paragraph ends the last part; a closing heading is not a part.
  const stop = closing?.via === 'paragraph' && closing.index >= from ? closing.index : blocks.length;
  const parts: Part[] = [];
  for (let k = from; k < stop; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'heading' || b.depth > 2) continue;
    if (closing?.via === 'heading' && closing.index === k) continue;
    parts.push({
      heading: b, index: k, start: b.start, end: sectionEnd(blocks, k, stop),
      sectionId: sectionOf(b, template), children: childParts(blocks, k, stop),
    });
  }
  return parts;
}

function childParts(blocks: readonly Block[], parent: number, stop: number): readonly Part[] {
  const depth = blocks[parent]!.depth;
  const children: Part[] = [];
  let childDepth = Infinity;
  for (let k = parent + 1; k < stop; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'heading') continue;
    if (b.depth <= depth) break;
    childDepth = Math.min(childDepth, b.depth);
  }
  for (let k = parent + 1; k < stop; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'heading') continue;
    if (b.depth <= depth) break;
    if (b.depth !== childDepth) continue;
    children.push({ heading: b, index: k, start: b.start, end: sectionEnd(blocks, k, stop), children: childParts(blocks, k, stop) });
  }
  return children.length ? children : NO_PARTS;
}

/** The children of every part without any: one array, not one per heading (300,000 `##` lines). */
const NO_PARTS: readonly Part[] = Object.freeze([]);

/** An explicit `{#id}` wins; otherwise the keyword that appears earliest in the heading. */
export function sectionOf(heading: Block, template: Template | undefined): string | undefined {
  if (heading.anchor) return heading.anchor.id;
  if (!template) return undefined;
  const title = heading.title ?? '';
  let best: { id: string; at: number } | undefined;
  for (const section of template.sections) {
    if (section.kind !== 'part') continue;
    for (const keyword of section.keywords) {
      const at = title.indexOf(keyword);
      if (at >= 0 && (!best || at < best.at)) best = { id: section.id, at };
    }
  }
  if (best) return best.id;
  return template.sections.find((s) => s.kind === 'part' && s.keywords.length === 0)?.id;
}
