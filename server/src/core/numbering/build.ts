import type { SpeechModel } from '../model.js';
import { findAnnouncements } from './announce.js';
import type { NumberingMemo } from './memo.js';
import { scanBlock } from './scan.js';
import type { Enumerator, Family, NumberingModel, NumItem, Parent, Series } from './types.js';

/** GB/T 9704 structure levels: 一、 → (一) → 1. → (1) → ①; Roman headings stand with 一、. */
const LEVEL: Partial<Record<Family, number>> = { 'cn-dun': 1, roman: 1, 'cn-paren': 2, 'ar-dot': 3, 'ar-paren': 4, circled: 5 };
/** Nesting of in-text series, outermost first (第一 holds 一要, 一是 holds 一方面; an agenda item holds them all). */
const RANK: Partial<Record<Family, number>> = { agenda: 0.5, ordinal: 1, 'en-ordinal': 1, words: 2, qi: 3, shi: 4, yao: 5, fangmian: 6 };
/** Same shape, other numerals: `一、二、3、` or `(1)(2)(三)` are one series written two ways. */
const MIXED: Partial<Record<Family, Family>> = { 'cn-dun': 'ar-dot', 'ar-dot': 'cn-dun', 'cn-paren': 'ar-paren', 'ar-paren': 'cn-paren' };
/** Families whose lone first item followed by another first item is a duplicate, not a new series. */
const NUMERIC = new Set<Family>(['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'circled', 'roman', 'ordinal', 'agenda', 'shi', 'yao', 'qi']);

/** In-text items nest below every structure level; `(1)` and `①` inside prose are the innermost of all. */
export function isInText(e: Enumerator): boolean {
  return LEVEL[e.family] === undefined || (e.place === 'text' && (e.family === 'ar-paren' || e.family === 'circled'));
}

export function levelOf(e: Enumerator): number | undefined {
  return isInText(e) ? undefined : LEVEL[e.family];
}

function rankOf(e: Enumerator): number {
  if (e.family === 'ar-paren') return 7;
  if (e.family === 'circled') return 8;
  return RANK[e.family] ?? 0;
}

interface Frame {
  /** What series opened under this frame get as their parent; undefined for the document. */
  readonly ref: Parent | undefined;
  /** Heading depth, 0 for the document, Infinity for a point. */
  readonly depth: number;
  readonly item?: NumItem;
  /** The latest series of each family opened directly under this frame; made with the first (most headings open none). */
  children?: Map<Family, Series>;
  /**
   * For a heading: the series opened under the heading of the same level before it, under the same
   * parent. Not that heading's frame: each frame held the one before, and 333,000 `##` lines kept
   * every frame of the speech alive at once.
   */
  readonly previous?: ReadonlyMap<Family, Series>;
}

/**
 * Places every enumerator in its series, under its parent; finds structure levels out of order.
 * With a memo (one per document), blocks scanned for a previous text are not scanned again.
 */
export function buildNumbering(model: SpeechModel, memo?: NumberingMemo): NumberingModel {
  const builder = new Builder(model);
  // Block by block, not all enumerators first: on 200,000 numbered lines that list held as much
  // again as the numbering itself. Blocks are in order and apart, so each block's enumerators in
  // order are the whole speech's in order.
  const own: Enumerator[] = [];
  model.blocks.forEach((block, index) => {
    let found: readonly Enumerator[];
    if (memo) found = memo.enumeratorsOf(model.text, block, index);
    else {
      own.length = 0;
      scanBlock(model.text, block, index, own);
      found = own.sort((a, b) => a.start - b.start);
    }
    let next = 0;
    if (block.kind === 'heading') builder.heading(index, found[0]?.place === 'heading' ? found[next++] : undefined);
    while (next < found.length) builder.item(found[next++]!);
  });
  builder.finish();
  const numbering = { items: builder.items, series: builder.series, hierarchy: builder.hierarchy, announcements: [] };
  return { ...numbering, announcements: findAnnouncements(model, numbering, memo) };
}

class Builder {
  readonly items: NumItem[] = [];
  readonly series: Series[] = [];
  readonly hierarchy: { item: NumItem; ancestor: NumItem }[] = [];
  readonly #stack: Frame[] = [{ ref: undefined, depth: 0 }];

  constructor(private readonly model: SpeechModel) {}

  get #top(): Frame {
    return this.#stack[this.#stack.length - 1]!;
  }

  heading(index: number, e: Enumerator | undefined): void {
    const block = this.model.blocks[index]!;
    let previous: Frame | undefined;
    while (this.#stack.length > 1 && this.#top.depth >= block.depth) {
      if (this.#top.depth === block.depth) previous = this.#top;
      this.#pop(block.start);
    }
    const parentFrame = this.#top;
    const item = e ? this.#place(e, parentFrame, this.#continuable(parentFrame, e)) : undefined;
    if (item) this.#checkLevel(item);
    const ref: Parent = { kind: 'heading', block: index, title: block.title ?? '', item };
    this.#stack.push({ ref, depth: block.depth, item, previous: previous?.children });
  }

  item(e: Enumerator): void {
    const open = this.#findOpen(e);
    let parentFrame: Frame;
    let series: Series | undefined;
    if (open !== undefined) {
      while (this.#stack.length - 1 > open) this.#pop(e.start);
      parentFrame = this.#top;
      series = this.#continuable(parentFrame, e);
    } else {
      this.#popForLevel(e);
      parentFrame = this.#top;
      series = this.#continuable(parentFrame, e);
      // A closing word (最后, Finally, 另一方面) or 再次 only ever continues a series.
      if (!series && (e.closer || (e.family === 'words' && e.value === 3))) return;
    }
    const item = this.#place(e, parentFrame, series);
    if (!isInText(item) && item.place !== 'text') this.#checkLevel(item);
    this.#stack.push({ ref: { kind: 'item', item }, depth: Infinity, item });
  }

  finish(): void {
    const end = this.model.text.length;
    while (this.#stack.length > 1) this.#pop(end);
    // Exact-size copies: `push` left room for 16 more items in every series (most have a few).
    for (const s of this.series) (s as { items: NumItem[] }).items = s.items.slice();
    computeExtents(this.model, this.items);
  }

  /** Index of the frame holding an open series this enumerator continues, searching up to the nearest heading. */
  #findOpen(e: Enumerator): number | undefined {
    for (let i = this.#stack.length - 1; i > 0; i--) {
      const frame = this.#stack[i]!;
      if (frame.depth !== Infinity) return undefined;
      const s = frame.item!.series;
      if (s.family === e.family || (MIXED[s.family] === e.family && mixedFits(s, e))) return i - 1;
    }
    return undefined;
  }

  /** The series under `frame` that `e` continues, or undefined when it starts a new one. */
  #continuable(frame: Frame, e: Enumerator): Series | undefined {
    let s = frame.children?.get(e.family) ?? this.#acrossHeadings(frame, e);
    const mixed = MIXED[e.family] && frame.children?.get(MIXED[e.family]!);
    if (mixed && mixedFits(mixed, e) && (!s || s.items[s.items.length - 1]!.start < mixed.items[mixed.items.length - 1]!.start)) s = mixed;
    if (!s) return undefined;
    if (e.closer) return s;
    const last = s.items[s.items.length - 1]!;
    // In prose, a number that steps back in a new paragraph starts a new series (one that starts wrong).
    if (isInText(e) && e.value <= last.value && e.block !== last.block && e.value !== 1) return undefined;
    if (e.value !== 1) return s;
    // A first item again: a new series, unless the open one holds only its own first item (then it is a duplicate).
    return NUMERIC.has(e.family) && s.items.length === 1 ? s : undefined;
  }

  /**
   * `## Homes` `First, …` `## Streets` `Second, …`: a series of prose points, one per part, runs across
   * sibling headings when the previous part's series ends just before this number.
   */
  #acrossHeadings(frame: Frame, e: Enumerator): Series | undefined {
    if (frame.depth === Infinity || e.value <= 1 || e.closer) return undefined;
    const s = frame.previous?.get(e.family);
    return s && s.items[s.items.length - 1]!.value + 1 === e.value ? s : undefined;
  }

  #popForLevel(e: Enumerator): void {
    const level = levelOf(e);
    const rank = rankOf(e);
    while (this.#stack.length > 1 && this.#top.depth === Infinity) {
      const top = this.#top.item!;
      const topLevel = levelOf(top);
      const pop = level !== undefined
        ? (topLevel === undefined ? level <= 2 : topLevel >= level)
        : topLevel === undefined && rankOf(top) >= rank;
      if (!pop) break;
      this.#pop(e.start);
    }
  }

  #pop(at: number): void {
    const frame = this.#stack.pop()!;
    if (frame.item) frame.item.series.closedAt = at;
  }

  #place(e: Enumerator, parentFrame: Frame, existing: Series | undefined): NumItem {
    const series: Series = existing ?? { id: this.series.length, family: e.family, parent: parentFrame.ref, items: [], closedAt: this.model.text.length };
    if (!existing) this.series.push(series);
    (parentFrame.children ??= new Map()).set(e.family, series);
    const prev = series.items[series.items.length - 1];
    // A closing word (最后, Finally) takes the next value of the series it closes.
    const value = e.closer ? (prev?.value ?? 0) + 1 : e.value;
    const item: NumItem = {
      family: e.family, value, closer: e.closer, numeral: e.numeral, form: e.form, place: e.place, block: e.block, start: e.start, end: e.end, text: e.text,
      series, index: series.items.length, parent: parentFrame.ref, level: levelOf(e), extentEnd: e.end,
    };
    series.items.push(item);
    this.items.push(item);
    return item;
  }

  /** A structure level must sit below a higher one: `一、` under `(一)` is out of order. */
  #checkLevel(item: NumItem): void {
    for (let i = this.#stack.length - 1; i > 0; i--) {
      const anc = this.#stack[i]!.item;
      if (!anc || anc === item || anc.level === undefined || anc.place === 'text') continue;
      if (anc.level >= item.level!) this.hierarchy.push({ item, ancestor: anc });
      return;
    }
  }
}

function mixedFits(s: Series, e: Enumerator): boolean {
  const last = s.items[s.items.length - 1]!;
  const first = s.items[0]!;
  return e.value > 1 && last.value + 1 === e.value && e.place === first.place && (first.form.open !== undefined || last.form.punct === e.form.punct);
}

/** Each point runs to its next sibling; the last one to where its series closed (in-text: its paragraph's end). */
function computeExtents(model: SpeechModel, items: readonly NumItem[]): void {
  const trimBack = (at: number, floor: number) => {
    while (at > floor && /\s/.test(model.text[at - 1]!)) at--;
    return at;
  };
  for (const item of items) {
    const siblings = item.series.items;
    const next = siblings[item.index + 1];
    let end = next ? next.start : item.series.closedAt;
    if (!next && (isInText(item) || item.place === 'text')) end = Math.min(end, model.blocks[item.block]!.end);
    const parent = item.parent?.kind === 'item' ? item.parent.item : undefined;
    if (parent && parent.place !== 'heading') end = Math.min(end, parent.extentEnd);
    item.extentEnd = Math.max(item.end, trimBack(end, item.end));
  }
}
