import type { Block, SpeechModel } from '../model.js';
import { ParsedBlock } from '../block.js';
import type { NumberingModel } from '../numbering/types.js';
import type { Template, TemplateSection } from '../templates/types.js';
import { matchesCues, normalizeForCues } from './cues.js';
import type { Part } from './types.js';

const PROSE = new Set(['paragraph', 'list', 'blockquote']);
/** The first sentence of a paragraph: where a section that goes back in template order must show its cue. */
const FIRST_SENTENCE = /^[^。！？!?]*[。！？!?]?/u;
/** The first sentence or line of a paragraph as written. */
const LEAD = /^[^。！？!?\r\n]*[。！？!?]?/u;

/**
 * Blocks that continue a numbered series (`二是…` after `一是…`, `（二）` after `（一）`), each with
 * the block where its series began. Top-level `一、` items are left out: each often opens a section.
 */
export function seriesContinuations(numbering: NumberingModel | undefined): ReadonlyMap<number, number> {
  const continues = new Map<number, number>();
  if (!numbering) return continues;
  for (const item of numbering.items) {
    if (item.place !== 'line' || item.index === 0 || item.level === 1 || continues.has(item.block)) continue;
    continues.set(item.block, item.series.items[0]!.block);
  }
  return continues;
}

/**
 * Parts found in the paragraphs of blocks [from, to) by the cues of `sections`, merged with the
 * parts found by their headings: a paragraph with a section's cue starts that section, which runs
 * to the block before the next section found or headed. Where this is unsure it stays silent: a
 * paragraph that continues a series begun in the current section stays in it, a section is found
 * once, and one that goes back in template order needs its cue in the paragraph's first sentence.
 */
export function paragraphParts(
  model: SpeechModel, from: number, to: number, sections: readonly TemplateSection[], template: Template,
  continues: ReadonlyMap<number, number>, headed: readonly Part[],
): Part[] {
  const { blocks, text } = model;
  const order = (s: TemplateSection | undefined) => (s ? template.sections.indexOf(s) : -1);
  const byIndex = new Map(headed.map((p) => [p.index, p] as const));
  const starts: { index: number; section: TemplateSection | undefined; part?: Part }[] = [];
  const found = new Set<string>(headed.map((p) => p.sectionId ?? ''));
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    const part = byIndex.get(k);
    if (part) {
      starts.push({ index: k, section: template.sections.find((s) => s.id === part.sectionId), part });
      continue;
    }
    if (!PROSE.has(b.kind)) continue;
    const current = starts.at(-1);
    if (current && (continues.get(k) ?? -1) >= current.index) continue;
    const normalized = normalizeForCues(text.slice(b.start, b.end));
    const matched = sections.filter((s) => matchesCues(normalized, s));
    if (matched.length === 0 || (current?.section && matched.includes(current.section))) continue;
    const currentOrder = order(current?.section);
    const ahead = matched.find((s) => order(s) > currentOrder && !found.has(s.id));
    const firstSentence = FIRST_SENTENCE.exec(normalized)![0];
    const back = ahead ? undefined : matched.find((s) => !found.has(s.id) && matchesCues(firstSentence, s));
    const section = ahead ?? back;
    if (!section) continue;
    found.add(section.id);
    starts.push({ index: k, section });
  }
  const parts = starts.map((s, n): Part => {
    const next = n + 1 < starts.length ? starts[n + 1]! : undefined;
    if (s.part) return next && !next.part ? cut(blocks, s.part, next.index) : s.part;
    const block = blocks[s.index]!;
    // What stands for its heading (where section-order and duplicate-section point): the first sentence.
    const lead = LEAD.exec(text.slice(block.start, block.end))![0].trimEnd();
    // Another text than the block's, so a cache of its own.
    const end = block.start + Math.max(1, lead.length);
    const heading = new ParsedBlock(block.kind, block.depth, block.start, end, block.texts, block.comments, block.title, block.anchor);
    return { heading, index: s.index, start: block.start, end: lastEnd(blocks, s.index, next?.index ?? to), sectionId: s.section!.id, via: 'cue', children: [] };
  });
  // Headed parts outside [from, to) (none today) keep their place after the others.
  return [...parts, ...headed.filter((p) => p.index < from || p.index >= to)];
}

/** A headed part (and its sub-parts) ended before block `stop`, where a section found by its cue begins inside it. */
function cut(blocks: readonly Block[], part: Part, stop: number): Part {
  const end = Math.min(part.end, lastEnd(blocks, part.index, stop));
  if (end === part.end) return part;
  return { ...part, end, children: part.children.filter((c) => c.index < stop).map((c) => cut(blocks, c, stop)) };
}

/** End of the last block in [from, to) that holds text (not a comment or a link definition). */
function lastEnd(blocks: readonly Block[], from: number, to: number): number {
  let end = blocks[from]!.end;
  for (let k = from + 1; k < to; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'html' && b.kind !== 'definition') end = b.end;
  }
  return end;
}
