import type { Block, SpeechModel, Span } from '../model.js';
import type { Template } from '../templates/types.js';
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

/** Finds title, salutation, opening, parts and closing, and names each part's template section. */
export function recognizeStructure(model: SpeechModel, template: Template | undefined): SpeechStructure {
  const { blocks, text } = model;
  let i = 0;
  const first = blocks[0];
  const title = first?.kind === 'heading' && first.depth === 1
    ? { start: first.start, end: first.end, text: first.title ?? '' } : undefined;
  if (title) i = 1;

  const salutation = findSalutation(text, blocks[i]);
  const firstPart = blocks.findIndex((b, k) => k >= i && b.kind === 'heading' && b.depth <= 2);
  const partsEnd = firstPart < 0 ? blocks.length : firstPart;
  const closing = findClosing(model);
  const openingEnd = closing && closing.index < partsEnd ? closing.index : partsEnd;
  const opening = findOpening(text, blocks, i, openingEnd, salutation);

  const parts = firstPart < 0 ? [] : buildParts(blocks, firstPart, closing, template);
  return { title, salutation, opening, parts, closing };
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

function findClosing(model: SpeechModel): SpeechStructure['closing'] {
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
    if (paragraph && (CLOSING_PARAGRAPH.test(paragraph) || CLOSING_ADDRESS.test(paragraph))) {
      return { start: b.start, end: b.end, via: 'paragraph', index: k };
    }
    break;
  }
  return undefined;
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

function childParts(blocks: readonly Block[], parent: number, stop: number): Part[] {
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
  return children;
}

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
