import { BlockMemo } from '../../blockCache.js';
import type { WordEntry } from '../../config.js';
import type { Rule } from '../rule.js';
import { reportBlockHits, segmentedSpanHits, type BlockHits, type Hit } from './blockHits.js';
import { SegmentCache } from '../../text/segments.js';
import { scanWords, wordMatcher, type WordMatcher } from './wordList.js';

// Per block, relative to its start, per language and user list: a keystroke rescans one block.
const memo = new BlockMemo<BlockHits>();
// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Hit[]>();

export const wordUsage: Rule = {
  id: 'word-usage',
  description: {
    en: 'No misspelt or non-standard words (再接再励, 布署, 截止 before a date), from a built-in list with sources and the office’s own list.',
    'zh-CN': '没有错别字和不规范词形（再接再励、布署、截止+时间），依据带出处的内置词表和本单位词表。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    wrong: { en: 'Expected “{right}”, found “{wrong}”.', 'zh-CN': '应为“{right}”，实为“{wrong}”。' },
    wrongNote: { en: 'Expected “{right}”, found “{wrong}” ({note}).', 'zh-CN': '应为“{right}”，实为“{wrong}”（{note}）。' },
    context: { en: 'Probably “{right}”, not “{wrong}”: {why}', 'zh-CN': '此处可能应为“{right}”，实为“{wrong}”：{why}' },
    change: { en: 'Change to “{text}”', 'zh-CN': '改为“{text}”' },
  },
  check(ctx, report) {
    const { lang } = ctx;
    const matcher = matcherFor(ctx.config.words ?? [], lang === 'zh-CN');
    if (!matcher) return;
    reportBlockHits(ctx, report, this.messages, memo, matcher.variant, (text, block) => segmentedSpanHits(text, block, (slice) => scanWords(slice, matcher.matcher), segments, matcher.variant), {
      // A context entry explains itself in the speech's language (its hits keep both).
      adjust: (hits) => (hits.some(explained) ? hits.map((h) => (explained(h) ? { ...h, params: { ...h.params, why: lang === 'en' ? h.params!['why_en']! : h.params!['why_zh']! } } : h)) : hits),
    });
  },
};

function explained(h: Hit): boolean {
  return h.params?.['why_en'] !== undefined;
}

// The matcher is rebuilt only when the user's list or the language changes, not per keystroke.
let last: { key: string; matcher: WordMatcher; variant: string } | undefined;

function matcherFor(words: readonly WordEntry[], zh: boolean): { matcher: WordMatcher; variant: string } | undefined {
  const key = `${zh ? 'zh' : 'en'}\u0000${words.map((w) => `${w.wrong}\u0001${w.right}\u0001${w.note ?? ''}`).join('\u0000')}`;
  if (last?.key === key) return last;
  const matcher = wordMatcher(words, zh);
  if (!matcher) return undefined;
  last = { key, matcher, variant: key };
  return last;
}
