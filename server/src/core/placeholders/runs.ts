import { localize, type Message } from '../i18n.js';
import type { Block, Lang } from '../model.js';
import { forEachSegment, SegmentCache } from '../text/segments.js';
import { blockPlaceholders, findPlaceholders } from './builtin.js';
import { contextReach, placeholderContext } from './context.js';

/** A placeholder with its message, at offsets relative to its run. */
export interface PlaceholderHit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** A block's placeholders in runs; each run's hits are relative to its offset `by` from the block's start. */
export interface PlaceholderRun {
  readonly hits: readonly PlaceholderHit[];
  readonly by: number;
}

// A segment's placeholders with the messages that depend on the segment alone, by segment text and
// language: typing into a one-line draft renders the messages of the segment typed in, not of all
// its thousands of placeholders.
const segments = new SegmentCache<readonly { readonly start: number; readonly end: number; readonly message?: string }[]>();

/**
 * The placeholders of a block's prose spans, with their messages (`message` renders one from the
 * placeholder's text and its context). A long span is read in segments (text/segments.ts): a
 * message whose context lies inside its segment is kept with the segment, one near the segment's
 * ends is rendered from the whole text. With the user's patterns (which may match across
 * sentences) the block is read whole.
 */
export function placeholderRuns(text: string, block: Block, userPatterns: readonly RegExp[], lang: Lang, message: Message): PlaceholderRun[] {
  const render = (source: string, start: number, end: number) =>
    localize(message, lang, { text: source.slice(start, end), context: placeholderContext(source, start, end, lang) });
  if (userPatterns.length > 0) {
    const hits = blockPlaceholders(text, block, userPatterns).map(({ start, end }) => ({ start: start - block.start, end: end - block.start, message: render(text, start, end) }));
    return hits.length > 0 ? [{ hits, by: 0 }] : [];
  }
  const reach = contextReach(lang);
  const runs: PlaceholderRun[] = [];
  for (const span of block.texts) {
    forEachSegment(text, span.start, span.end, segments, lang, (segment) => findPlaceholders(segment, 0, segment.length, []).map(({ start, end }) => ({
      start, end,
      // Context read from the segment is the context in the text only when it reaches no end of it.
      ...(start >= reach && end + reach < segment.length ? { message: render(segment, start, end) } : {}),
    })), (found, offset) => {
      if (found.length === 0) return;
      const at = span.start + offset;
      const complete = found.every((h) => h.message !== undefined);
      const hits = complete ? (found as readonly PlaceholderHit[]) : found.map((h) => ({ start: h.start, end: h.end, message: h.message ?? render(text, at + h.start, at + h.end) }));
      runs.push({ hits, by: at - block.start });
    });
  }
  return runs;
}
