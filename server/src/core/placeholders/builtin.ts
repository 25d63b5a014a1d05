import type { Block, Span } from '../model.js';
import { BlockMemo } from '../blockCache.js';
import { forEachSegment, SegmentCache } from '../text/segments.js';

const CHINESE_NUMERAL = /[〇○零一二三四五六七八九十百]/;
const DIGIT = /[0-9０-９]/;

/** A built-in placeholder pattern, with a veto for look-alikes that are real text. */
interface PlaceholderPattern {
  readonly regex: RegExp;
  /** A match holds at least one of these: a span holding none is not searched (most spans hold none). */
  readonly hints: readonly string[];
  readonly accept?: (text: string, start: number, end: number) => boolean;
}

/**
 * The placeholders writers leave in drafts. Boundaries are lookarounds, not word
 * boundaries: `\b` does not separate Latin letters from Han characters the way we need.
 */
export const BUILTIN_PATTERNS: readonly PlaceholderPattern[] = [
  // X/Ｘ runs (X 乡镇党委, XXX 智慧社区, 202X 年), never inside Latin words (XML, X-ray).
  { hints: ['X', 'Ｘ'], regex: /(?<![A-Za-z_-])[XＸ]{1,4}(?![A-Za-z0-9_]|-[A-Za-z])/gu, accept: (t, s, e) => notRomanEnumerator(t, s, e) && notXTerm(t, s, e) },
  // × standing alone or against Han characters; between numbers it multiplies (3×4, 28米×15米).
  { hints: ['×'], regex: /×+/gu, accept: notBetweenDigits },
  // Lowercase xx/xxx tokens; x86 and words are not placeholders.
  { hints: ['xx'], regex: /(?<![A-Za-z0-9_])x{2,3}(?![A-Za-z0-9_])/gu },
  // A lone x between Han characters.
  { hints: ['x'], regex: /(?<=\p{Script=Han}[ \t]?)x(?=[ \t]?\p{Script=Han})/gu },
  { hints: ['某某'], regex: /某{2,}/gu },
  { hints: ['TODO', 'TBD', 'FIXME'], regex: /(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/gu },
  // 待填/待补充, but not 有待补充 (“still to be improved”), which is real prose.
  { hints: ['待'], regex: /(?<!有)待(?:填(?!补)|补充)/gu },
  { hints: ['___', '＿＿＿'], regex: /_{3,}|＿{3,}/gu },
  // □ and ○ runs; ○ among Chinese numerals is a zero (二○二○年).
  { hints: ['□', '○'], regex: /[□○]+/gu, accept: notChineseZero },
  // A lone …… standing for text (同志们，……。 a skeleton's stub), not an ellipsis after words
  // (等等……, 一年、两年……): only after a pause mark or at the start, and before an end mark.
  { hints: ['……'], regex: /(?<=^|\n|[，,：:、“‘（(][ \t]*)……(?=[ \t]*(?:[。！？；!?;”’）)]|$|\r?\n))/gu },
];

function notRomanEnumerator(text: string, start: number, end: number): boolean {
  // `X. ` at the start of a line or heading is the Roman numeral ten, not a blank; so is one
  // after a sentence end and a space, where scraped text lost a line break (`…成效。 X. 加强`).
  return !(end - start === 1 && /^[.．]\s/.test(text.slice(end, end + 2)) && /(^|\n|[。！？][ \t\u3000\u00a0])[#\s]*$/.test(text.slice(Math.max(0, start - 8), start)));
}

/** English names with a real X: Generation X, Malcolm X, the X Prize, Planet X. */
const ENGLISH_X_BEFORE = /(?:Generation|Malcolm|Planet|Brand|Project|Mr\.|Ms\.|Mrs\.|Dr\.|Professor)[ \t]$/;
const ENGLISH_X_AFTER = /^[ \t](?:Prize|Factor|Games|Window|Corp|Chromosome|Axis)\b/;

/** Terms with a real X: `X光`, `X射线` (X-rays), `1+X证书`, `1+N+X`, and English names. */
function notXTerm(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return true;
  if (/^(?:光|射线)/.test(text.slice(end, end + 2)) || /[+＋]$/.test(text.slice(start - 1, start))) return false;
  return !(ENGLISH_X_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || ENGLISH_X_AFTER.test(text.slice(end, end + 12)));
}

/** A unit written between a number and `×`: `28米×15米`, `1.2 m × 0.6 m`. */
const UNIT_BEFORE = /[0-9０-９][ \t]*(?:米|厘米|毫米|公分|公里|千米|英寸|寸|尺|m|cm|mm|km)$/;

function notBetweenDigits(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).trimEnd();
  const after = text.slice(end, end + 2).trimStart();
  return !((DIGIT.test(before.slice(-1)) || UNIT_BEFORE.test(before)) && DIGIT.test(after.charAt(0)));
}

function notChineseZero(text: string, start: number, end: number): boolean {
  if (/□/.test(text.slice(start, end))) return true;
  return !(CHINESE_NUMERAL.test(text.charAt(start - 1)) || CHINESE_NUMERAL.test(text.charAt(end)));
}

// Each alternative starts only at a token start (lookbehind), so a long run of word characters stays linear.
const URL_HINTS = ['://', 'www.', '@'];
const URL = /\b(?:https?|ftp):\/\/[^\s<>"'“”（）()]+|\bwww\.[^\s<>"'“”（）()]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** Finds placeholders in `text[from, to)`, skipping URLs and e-mail addresses. */
export function findPlaceholders(text: string, from: number, to: number, extra: readonly RegExp[]): Span[] {
  return scan(text.slice(from, to), extra).map((p) => ({ start: from + p.start, end: from + p.end }));
}

// Per block, relative to its start: on a keystroke only the edited block is searched again.
const memo = new BlockMemo<readonly Span[]>();

// The user's patterns as a cache variant, named once per pattern list rather than once per block.
const variants = new WeakMap<readonly RegExp[], string>();

/** A cache variant naming a list of user patterns. */
export function variantOf(extra: readonly RegExp[]): string {
  let variant = variants.get(extra);
  if (variant === undefined) variants.set(extra, (variant = extra.map((r) => `${r.source}/${r.flags}`).join('\u0000')));
  return variant;
}

// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Span[]>();

/** The placeholders in a block's prose spans. */
export function blockPlaceholders(text: string, block: Block, extra: readonly RegExp[]): Span[] {
  const relative = memo.get(block, variantOf(extra), () => {
    const out: Span[] = [];
    for (const span of block.texts) {
      const by = span.start - block.start;
      // A user's pattern may match across sentences: only the built-in ones are read in segments.
      if (extra.length > 0) for (const p of scan(text.slice(span.start, span.end), extra)) out.push({ start: by + p.start, end: by + p.end });
      else forEachSegment(text, span.start, span.end, segments, '', (segment) => scan(segment, extra), (found, offset) => {
        for (const p of found) out.push({ start: by + offset + p.start, end: by + offset + p.end });
      });
    }
    return out;
  });
  return relative.map((p) => ({ start: block.start + p.start, end: block.start + p.end }));
}

/** The first characters of every pattern's hints. */
const ANY_HINT = new RegExp(`[${[...new Set(BUILTIN_PATTERNS.flatMap((p) => p.hints.map((h) => h[0]!)))].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);

/** Whether `slice` holds one of a pattern's hints (a loop: no closure per span and pattern). */
function holdsAny(slice: string, hints: readonly string[]): boolean {
  for (const hint of hints) if (slice.includes(hint)) return true;
  return false;
}

function scan(slice: string, extra: readonly RegExp[]): Span[] {
  // One search rules out most spans: they hold no character any pattern's hints start with.
  if (extra.length === 0 && !ANY_HINT.test(slice)) return [];
  const masked: Span[] = [];
  if (URL_HINTS.some((h) => slice.includes(h))) {
    for (const m of slice.matchAll(URL)) masked.push({ start: m.index, end: m.index + m[0].length });
  }
  // An earlier pattern wins where two overlap. Each pattern's matches come in order and never
  // overlap, so they are merged into the sorted result in one pass: a scraped draft's one block
  // holds thousands of placeholders, and a search of every earlier one per match was quadratic.
  let found: Span[] = [];
  const add = (matches: Span[]) => {
    if (matches.length) found = mergeSorted(found, outside(outside(matches, masked), found));
  };
  for (const { regex, accept, hints } of BUILTIN_PATTERNS) {
    if (!holdsAny(slice, hints)) continue;
    const matches: Span[] = [];
    for (const m of slice.matchAll(regex)) {
      const end = m.index + m[0].length;
      if (end > m.index && (!accept || accept(slice, m.index, end))) matches.push({ start: m.index, end });
    }
    add(matches);
  }
  for (const regex of extra) {
    const matches: Span[] = [];
    for (const m of slice.matchAll(regex)) if (m[0].length > 0) matches.push({ start: m.index, end: m.index + m[0].length });
    add(matches);
  }
  return found;
}

/** The spans (ascending, disjoint) that overlap none of `taken` (ascending, disjoint). */
function outside(spans: readonly Span[], taken: readonly Span[]): Span[] {
  if (taken.length === 0) return spans as Span[];
  const kept: Span[] = [];
  let j = 0;
  for (const span of spans) {
    while (j < taken.length && taken[j]!.end <= span.start) j++;
    if (j < taken.length && taken[j]!.start < span.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Two ascending lists of spans as one ascending list. */
function mergeSorted(a: readonly Span[], b: readonly Span[]): Span[] {
  if (a.length === 0) return b as Span[];
  if (b.length === 0) return a as Span[];
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
