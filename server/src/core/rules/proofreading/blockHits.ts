import { localize, localizeAll, type Message } from '../../i18n.js';
import { BlockMemo } from '../../blockCache.js';
import type { Block } from '../../model.js';
import type { Report, RuleContext, TextEdit } from '../rule.js';
import { forEachSegment, type SegmentCache } from '../../text/segments.js';

/**
 * A finding of a proofreading rule, at offsets relative to its block's start, so that it can be
 * kept in the block's cache and reused while the block's text is unchanged.
 */
export interface Hit {
  readonly start: number;
  readonly end: number;
  /** Key of the rule's message. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
  /** Fixes, most likely first (none: the finding is reported without a fix list). */
  readonly fixes?: readonly HitFix[];
  /** Overrides the rule's default severity (context-dependent findings are `information`). */
  readonly information?: boolean;
  /** Set on a hit that holds only if the next block does not continue it (a quotation over paragraphs). */
  readonly unlessContinued?: boolean;
}

/** A fix of a hit: the key of its title, the title's params, edits relative to the block's start. */
export interface HitFix {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** Scans one prose span's text; offsets relative to the span's text. */
export type SpanScanner = (slice: string) => Hit[];

/**
 * A block's hits as runs: each run's hits are relative to its own offset from the block's start.
 * A long span's segments (text/segments.ts) keep their hits in the segment cache; a run holds that
 * very array, so a keystroke in a one-line draft moves the runs after it and copies no hit, and
 * their rendered messages and placed findings are found again by array (`placed`).
 */
export interface HitRun {
  readonly hits: readonly Hit[];
  /** Offset of the hits' 0 from the block's start. */
  readonly by: number;
}

export type BlockHits = readonly HitRun[];

const NO_RUNS: BlockHits = [];

/** Hits relative to the block's start, as one run. */
export function wholeBlock(hits: readonly Hit[]): BlockHits {
  return hits.length === 0 ? NO_RUNS : [{ hits, by: 0 }];
}

export interface BlockHitOptions {
  /** Drops a hit that depends on the blocks around (a quotation over paragraphs). */
  readonly keep?: (hit: Hit, index: number) => boolean;
  /**
   * Changes a run's hits as they are reported, from what lies outside the block (the speech's
   * century, the line break after the block); `at`: the run's offset in the text. The cached hits
   * stay as computed. Return `hits` itself when nothing changes: the placed findings are then
   * reused too.
   */
  readonly adjust?: (hits: readonly Hit[], block: Block, at: number) => readonly Hit[];
  /** Also computes blocks with no prose span (paste-residue reads whole lines of the block's source). */
  readonly proseless?: boolean;
}

/**
 * Reports every block's hits, computing them only for blocks whose cache does not hold them for
 * this `variant` (the rule's options): on a keystroke only the edited block is scanned again, and
 * in a long block only the edited segment.
 */
export function reportBlockHits(
  ctx: RuleContext, report: Report, messages: Readonly<Record<string, Message>>, memo: BlockMemo<BlockHits>,
  variant: string, compute: (text: string, block: Block) => BlockHits, options: BlockHitOptions = {},
): void {
  const { text, blocks } = ctx.model;
  const { keep, adjust, proseless } = options;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.texts.length === 0 && !proseless) continue;
    const runs = memo.get(block, variant, () => compute(text, block));
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const at = block.start + run.by;
      const hits = adjust ? adjust(run.hits, block, at) : run.hits;
      const shown = placed(hits, at, ctx.lang, messages);
      for (let k = 0; k < hits.length; k++) if (!keep || keep(hits[k]!, i)) report(shown[k]!);
    }
  }
}

/**
 * The hits of every prose span of `block` for a scanner that looks no further than a sentence: a
 * long span is scanned in sentence-aligned segments (text/segments.ts), each kept in `cache` by
 * its text and `variant`; a run per span or segment that has hits.
 */
export function segmentedSpanHits(text: string, block: Block, scan: SpanScanner, cache: SegmentCache<readonly Hit[]>, variant = ''): HitRun[] {
  const runs: HitRun[] = [];
  for (const span of block.texts) {
    const by = span.start - block.start;
    forEachSegment(text, span.start, span.end, cache, variant, scan, (hits, offset) => {
      if (hits.length > 0) runs.push({ hits, by: by + offset });
    });
  }
  return runs;
}

/** Calls `visit` with each prose span of the block as a string, and its offset from the block's start. */
export function forEachSpan(text: string, block: Block, visit: (slice: string, by: number) => void): void {
  for (const span of block.texts) visit(text.slice(span.start, span.end), span.start - block.start);
}

/** A hit moved by `by`, its fixes' edits too. */
export function shiftHit(h: Hit, by: number): Hit {
  if (by === 0) return h;
  return {
    ...h, start: h.start + by, end: h.end + by,
    fixes: h.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) })),
  };
}

/** One replacement fix (relative offsets). */
export function replaceFix(key: string, start: number, end: number, newText: string, params: Readonly<Record<string, string>> = { text: newText }): HitFix {
  return { key, params, edits: [{ start, end, newText }] };
}

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/i;

/** True when `index` falls inside a URL or an e-mail address written as plain text. */
export function inUrl(slice: string, index: number): boolean {
  let from = index;
  while (from > 0 && !/\s/.test(slice[from - 1]!) && index - from < 300) from--;
  const word = slice.slice(from, index + 1);
  return URL_LIKE.test(word) || /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*$/.test(word);
}

type Placed = Parameters<Report>[0];

// Findings as last reported for a run's hits, with the offset and language they were placed at:
// on a keystroke the runs before the edit keep their offsets and are not rebuilt.
const placedCache = new WeakMap<readonly Hit[], { readonly at: number; readonly lang: string; readonly findings: readonly Placed[] }>();
// The hits' rendered messages and fix titles, which do not move with the run: the runs after an
// edit are placed again at their new offsets without rendering thousands of messages again.
const textCache = new WeakMap<readonly Hit[], { readonly lang: string; readonly messages: readonly string[]; readonly titles: readonly (readonly Message[] | undefined)[] }>();

function placed(hits: readonly Hit[], at: number, lang: RuleContext['lang'], messages: Readonly<Record<string, Message>>): readonly Placed[] {
  const cached = placedCache.get(hits);
  if (cached && cached.at === at && cached.lang === lang) return cached.findings;
  let texts = textCache.get(hits);
  if (!texts || texts.lang !== lang) {
    texts = {
      lang,
      messages: hits.map((hit) => localize(messages[hit.key]!, lang, hit.params)),
      titles: hits.map((hit) => hit.fixes?.map((f) => localizeAll(messages[f.key]!, f.params))),
    };
    textCache.set(hits, texts);
  }
  const { messages: rendered, titles } = texts;
  const findings = hits.map((hit, k): Placed => ({
    message: rendered[k]!,
    start: at + hit.start,
    end: at + hit.end,
    ...(hit.information ? { severity: 'information' as const } : {}),
    fixes: hit.fixes?.map((f, j) => ({
      title: titles[k]![j]!,
      edits: f.edits.map((e) => ({ start: at + e.start, end: at + e.end, newText: e.newText })),
    })),
  }));
  placedCache.set(hits, { at, lang, findings });
  return findings;
}
