import type { SpeechModel } from '../model.js';
import { lowerBound } from '../text/lowerBound.js';
import type { NumberingMemo } from './memo.js';
import { cnToNumber, fromEnCardinal } from './numerals.js';
import type { Announcement, NumberingModel, Series } from './types.js';

const N = '[二两三四五六七八九十]{1,3}';
/** `我讲三点意见`, `再强调三点`, `提出以下两条要求`, `主要有以下四个特点`, `共有三项议程`. (`几点` announces no number.) */
const ZH = [
  new RegExp(`(?:讲|谈|强调|提|说|提出|汇报|交流|明确|把握|注意|抓好|做好|突出|重申)(?:一下|了|好)?(?:以下|如下|这么)?(${N})(?:点|个方面|方面|条)`, 'g'),
  new RegExp(`(?:以下|如下)(${N})(?:个|点|条|项|种|方面)`, 'g'),
  // A chair's script: `今天的会议共有三项议程`, `会议的议程有三项`, `具体内容有三项`.
  // `第四项议程` is an item, not a count.
  new RegExp(`(?<![第一二三四五六七八九十百两])(${N})项(?:议程|议题)`, 'g'),
  new RegExp(`(?:议程|议题|内容)(?:共|一共|主要)?有(${N})项`, 'g'),
];
/** What every ZH match holds: a count and the word it counts. */
const ZH_HINT = new RegExp(`${N}(?:点|个|方面|条|项|种)`);
const LATIN = /[A-Za-z]/;
/** `做到“三个必须”：必须…；必须…；必须…。` */
const ZH_KEYWORD = new RegExp(`“(${N})个([^”\\s]{1,8})”(?=[ \\t]*[:：])`, 'g');
const EN_N = '(two|three|four|five|six|seven|eight|nine|ten|[2-9])';
const EN = [
  new RegExp(`\\b(?:make|raise|stress|emphasi[sz]e|share|offer|highlight|mention|have|outline|propose|focus on)\\s+(?:the\\s+following\\s+)?${EN_N}\\s+(?:key\\s+|main\\s+|brief\\s+)?(?:points|things|suggestions|observations|requests|priorities|issues|comments|messages|proposals|areas|tasks|lessons)\\b`, 'gi'),
  new RegExp(`\\bthe\\s+following\\s+${EN_N}\\s+(?:points|things|suggestions|observations|requests|priorities|issues|areas|tasks)\\b`, 'gi'),
];

/** A count announced in one span of prose; offsets relative to the span's start. */
export interface SpanMatch {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly keyword?: string;
}

/** Announced counts in prose, each with the series after it (or the clauses a `“三个必须”：` announces). */
export function findAnnouncements(model: SpeechModel, numbering: Pick<NumberingModel, 'series'>, memo?: NumberingMemo): Announcement[] {
  const out: Announcement[] = [];
  const { text } = model;
  const headings = model.blocks.filter((b) => b.kind === 'heading');
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote' && block.kind !== 'list') continue;
    const perSpan = memo ? memo.announced(text, block, matchSpan) : block.texts.map((s) => matchSpan(text.slice(s.start, s.end)));
    block.texts.forEach((span, k) => {
      const matches = perSpan[k]!;
      const found: { start: number; end: number; count: number; keyword?: string; keywordCount?: number }[] = [];
      for (const m of matches) {
        const start = span.start + m.start;
        const end = span.start + m.end;
        // The clauses run past the span (to the block's end): counted here, never memoised.
        if (m.keyword !== undefined) found.push({ start, end, count: m.count, keyword: m.keyword, keywordCount: keywordClauses(text.slice(end, block.end).replace(/^[ \t]*[:：]/, ''), m.keyword) });
        else found.push({ start, end, count: m.count });
      }
      found.sort((a, b) => a.start - b.start);
      let lastEnd = -1;
      for (const f of found) {
        if (f.count < 2 || f.start < lastEnd) continue;
        lastEnd = f.end;
        const series = f.keywordCount ? undefined : seriesAfter(numbering.series, headings, f.end);
        out.push({ ...f, series });
      }
    });
  }
  return out;
}

/** Every announcement pattern's matches in one span's text, in pattern order. */
function matchSpan(s: string): SpanMatch[] {
  const found: SpanMatch[] = [];
  // Cheap tests first: most spans announce nothing, and the full patterns are slow to fail.
  if (ZH_HINT.test(s)) {
    for (const re of ZH) for (const m of s.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, count: cnToNumber(m[1]!) ?? 0 });
  }
  if (LATIN.test(s)) {
    for (const re of EN) for (const m of s.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, count: fromEnCardinal(m[1]!) ?? 0 });
  }
  if (s.includes('“')) {
    for (const m of s.matchAll(ZH_KEYWORD)) found.push({ start: m.index, end: m.index + m[0].length, count: cnToNumber(m[1]!) ?? 0, keyword: m[2]! });
  }
  return found;
}

/** Clauses (split at `；，、`) after the colon up to the sentence's end that start with the keyword; 0 when the first does not. */
function keywordClauses(after: string, keyword: string): number {
  const sentence = after.split(/[。！？!?\n]/)[0] ?? '';
  // `“三个不”：不松劲、不停步、不懈怠`: short clauses are listed with 、.
  const clauses = sentence.split(/[；;，,、]/).map((c) => c.replace(/^[\s*_]+/, ''));
  if (!clauses[0]?.startsWith(keyword)) return 0;
  return clauses.filter((c) => c.startsWith(keyword)).length;
}

/**
 * The first series that starts after `offset`, before a heading of the announcing section's level
 * or higher. Binary searches: a long speech has thousands of announcements, series and headings.
 * `series` is in the order of their first items (the builder opens them in document order).
 */
function seriesAfter(series: readonly Series[], headings: readonly { start: number; depth: number }[], offset: number): Series | undefined {
  let k = lowerBound(headings.length, (i) => headings[i]!.start >= offset);
  const depth = headings[k - 1]?.depth ?? 0;
  while (k < headings.length && !(headings[k]!.start > offset && headings[k]!.depth <= Math.max(depth, 1))) k++;
  const stop = headings[k]?.start ?? Infinity;
  const first = series[lowerBound(series.length, (i) => series[i]!.items[0]!.start >= offset)];
  return first && first.items[0]!.start < stop && first.items[0]!.value === 1 ? first : undefined;
}
