import type { WordEntry } from '../../config.js';
import data from './data/word-usage.json';
import { inUrl, replaceFix, type Hit } from './blockHits.js';

// Wrong words found by context rules rather than a segmenter (README, word-usage: a segmenter's
// size and start-up for what a left/right exclusion per entry decides as well).

/** One word to look for, built-in (./data/word-usage.json) or the user's. */
interface Entry {
  readonly wrong: string;
  readonly right: string;
  readonly notPrev?: readonly string[];
  readonly notNext?: readonly string[];
  readonly next?: RegExp;
  readonly notLater?: string;
  readonly information?: boolean;
  readonly why?: { readonly en: string; readonly 'zh-CN': string };
  readonly note?: string;
  readonly user?: boolean;
}

const BUILT_IN: readonly Entry[] = data.words.map((w) => {
  const e = w as typeof w & { notPrev?: string[]; notNext?: string[]; next?: string; notLater?: string[]; information?: boolean; why?: Entry['why'] };
  return {
    wrong: e.wrong, right: e.right,
    ...(e.notPrev ? { notPrev: e.notPrev } : {}), ...(e.notNext ? { notNext: e.notNext } : {}),
    ...(e.next ? { next: new RegExp(`^(?:${e.next})`) } : {}), ...(e.notLater ? { notLater: e.notLater.join('') } : {}),
    ...(e.information ? { information: true } : {}), ...(e.why ? { why: e.why } : {}),
  };
});

/**
 * The entries in force, indexed by their first code unit, longest first: one pass over the text
 * with a table lookup a character, where one regular expression of 900 alternatives cost more
 * than any other check on a long speech.
 */
export interface WordMatcher {
  readonly byWrong: ReadonlyMap<string, Entry>;
  /** Per code unit: 0 where no wrong word starts with it, 1 where only words of two units or more do, 2 where a one-unit word does. */
  readonly starts: Uint8Array;
  /** The first two code units of every longer wrong word (first × 0x10000 + second): most places a first unit fits, the second does not. */
  readonly pairs: ReadonlySet<number>;
  /** The wrong words by their first code unit, longest first. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

/** The matcher for a speech: the user's words (which win over a built-in of the same wrong form), then the built-in list when `zh`. */
export function wordMatcher(user: readonly WordEntry[], zh: boolean): WordMatcher | undefined {
  const byWrong = new Map<string, Entry>();
  for (const w of user) if (w.wrong && !byWrong.has(w.wrong)) byWrong.set(w.wrong, { wrong: w.wrong, right: w.right, user: true, ...(w.note ? { note: w.note } : {}) });
  if (zh) for (const e of BUILT_IN) if (!byWrong.has(e.wrong)) byWrong.set(e.wrong, e);
  if (byWrong.size === 0) return undefined;
  const starts = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  const byFirst = new Map<number, string[]>();
  for (const wrong of [...byWrong.keys()].sort((a, b) => b.length - a.length)) {
    const first = wrong.charCodeAt(0);
    if (wrong.length === 1) starts[first] = 2;
    else {
      starts[first] ||= 1;
      pairs.add(first * 0x10000 + wrong.charCodeAt(1));
    }
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(wrong);
  }
  return { byWrong, starts, pairs, byFirst };
}

const SENTENCE_END = /[。！？；!?;\n]/;

/** Wrong words in one prose span, offsets relative to it. */
export function scanWords(slice: string, matcher: WordMatcher): Hit[] {
  const hits: Hit[] = [];
  const { starts, pairs, byFirst } = matcher;
  const n = slice.length;
  for (let i = 0; i < n; i++) {
    const c = slice.charCodeAt(i);
    const start = starts[c]!;
    if (start === 0 || (start === 1 && (i + 1 === n || !pairs.has(c * 0x10000 + slice.charCodeAt(i + 1))))) continue;
    // Leftmost, then longest, then on after the match: what an alternation of them all finds.
    const wrong = firstAt(slice, i, byFirst.get(c)!);
    if (wrong === undefined) continue;
    const e = matcher.byWrong.get(wrong)!;
    const end = i + wrong.length;
    const at = i;
    i = end - 1;
    if (!e.user && !fits(e, slice, at, end)) continue;
    if (inUrl(slice, at) || mentioned(slice, at, end)) continue;
    const params: Record<string, string> = { wrong: e.wrong, right: e.right };
    let key = 'wrong';
    if (e.note) { key = 'wrongNote'; params['note'] = e.note; }
    if (e.why) { key = 'context'; params['why_en'] = e.why.en; params['why_zh'] = e.why['zh-CN']; }
    hits.push({
      start: at, end, key, params,
      fixes: [replaceFix('change', at, end, e.right)],
      ...(e.information ? { information: true } : {}),
    });
  }
  return hits;
}

/** The first (longest) of `words` written at `i`. */
function firstAt(slice: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (slice.startsWith(w, i)) return w;
  return undefined;
}

const QUOTES: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '"': '"' };

/** A word quoted on its own (有同志写了“布署”二字) is mentioned, not used. */
function mentioned(slice: string, start: number, end: number): boolean {
  const open = slice[start - 1];
  return open !== undefined && QUOTES[open] !== undefined && slice[end] === QUOTES[open];
}

/** The context rules of a built-in entry: the match is that word, not parts of two. */
function fits(e: Entry, slice: string, start: number, end: number): boolean {
  const before = slice.slice(Math.max(0, start - 3), start);
  const after = slice.slice(end, end + 12);
  if (e.notPrev?.some((p) => before.endsWith(p))) return false;
  if (e.notNext?.some((n) => after.startsWith(n))) return false;
  if (e.next && !e.next.test(after)) return false;
  if (e.notLater) {
    const rest = slice.slice(end);
    const stop = rest.search(SENTENCE_END);
    // The rest of the sentence, up to the same word again (既使…也…，既使…又… are two uses).
    const again = rest.indexOf(e.wrong);
    const cut = [stop, again].filter((i) => i >= 0);
    const sentence = cut.length ? rest.slice(0, Math.min(...cut)) : rest;
    for (const ch of e.notLater) if (sentence.includes(ch)) return false;
  }
  return true;
}
