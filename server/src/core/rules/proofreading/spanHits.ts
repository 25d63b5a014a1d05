import { BlockMemo } from '../../blockCache.js';
import { localize, localizeAll } from '../../i18n.js';
import type { Block, Lang } from '../../model.js';
import type { Report, Rule, TextEdit } from '../rule.js';

/**
 * One finding of a proofreading rule, found in one block's prose, with offsets relative to the
 * block's start so that it can be kept in the block's cache and reused while the block is unchanged.
 */
export interface Hit {
  readonly start: number;
  readonly end: number;
  /** Message key of the rule. */
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  /** Fixes, most likely first: a title key, its params, edits relative to the block's start. */
  readonly fixes: readonly HitFix[];
  /** Overrides the rule's default severity (context-dependent findings are `information`). */
  readonly information?: boolean;
}

export interface HitFix {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** Scans one prose span's text; offsets relative to the span's text. */
export type SpanScanner = (slice: string) => Hit[];

/**
 * Runs `scan` over every prose span of `block` (never code, HTML or link targets), shifting the
 * hits to the block's start. Memoised per block and `variant` by the caller's `memo`.
 */
export function blockHits(memo: BlockMemo<readonly Hit[]>, variant: string, text: string, block: Block, scan: SpanScanner): readonly Hit[] {
  return memo.get(block, variant, () => block.texts.flatMap((span) => {
    const by = span.start - block.start;
    return scan(text.slice(span.start, span.end)).map((h) => shift(h, by));
  }));
}

function shift(h: Hit, by: number): Hit {
  if (by === 0) return h;
  return {
    ...h, start: h.start + by, end: h.end + by,
    fixes: h.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) })),
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

/** Reports a block's hits at their place in the document, messages in the speech's language. */
export function reportHits(rule: Rule, hits: readonly Hit[], at: number, lang: Lang, report: Report): void {
  for (const h of hits) {
    report({
      message: localize(rule.messages[h.key]!, lang, h.params),
      start: at + h.start,
      end: at + h.end,
      ...(h.information ? { severity: 'information' as const } : {}),
      fixes: h.fixes.map((f) => ({
        title: localizeAll(rule.messages[f.key]!, f.params),
        edits: f.edits.map((e) => ({ start: at + e.start, end: at + e.end, newText: e.newText })),
      })),
    });
  }
}
