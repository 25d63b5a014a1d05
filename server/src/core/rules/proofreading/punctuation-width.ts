import { BlockMemo } from '../../blockCache.js';
import { isDigit } from '../../text/charTest.js';
import type { Block, Span } from '../../model.js';
import type { Rule, TextEdit } from '../rule.js';
import { reportBlockHits, shiftHit, type BlockHits, type Hit, type HitRun } from './blockHits.js';
import { SEGMENTING, SegmentCache, spanSegments } from '../../text/segments.js';
import { addressRanges, cjkAt, cjkBefore, englishQuote, inRanges, isSpace } from './chineseText.js';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const ANY_HALF = /[,;:?!()]/;
const HALF_MARKS = /[,;:?!()]/g;
// What an enumerator in brackets holds: (1) (一) (a) (iv). Numbering rules check those.
const ENUMERATOR_BODY = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[A-Za-z]|[ivxIVX]{1,4})$/;
// Before an enumerator in running text: a line start or a mark that ends a clause (主要有：(1)…；(2)…).
const ENUMERATOR_AFTER = /[：；，。、:;,\n]/;
// A Latin word, number or abbreviation that a Chinese sentence can carry (APP、50%、5G、X 同志).
const EMBEDDED = /[A-Za-z0-9 .\-_%‰°℃+/'’]/;
const SENTENCE_END = '。！？';
// An HTML entity's closing `;` is the entity's (`&nbsp;`).
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*)$/i;
// A document number's year takes 〔〕 (GB/T 9704: 国办发〔2020〕5号).
const DOC_NUMBER_TAIL = /^\d+号/;
const MAX_BRACKETED = 200;
// One syllable of pinyin with its tone mark, as document sites inject after characters.
const PINYIN = /^(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}$/;

export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  description: {
    en: 'Chinese text takes full-width punctuation (，；：？！（）), not half-width.',
    'zh-CN': '中文使用全角标点（，；：？！（）），不用半角标点。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    half: { en: 'Half-width "{mark}" in Chinese text: use "{full}".', 'zh-CN': '中文里用了半角“{mark}”，应为全角“{full}”。' },
    use: { en: 'Use "{full}"', 'zh-CN': '改为“{full}”' },
  },
  check(ctx, report) {
    if (ctx.lang !== 'zh-CN') return;
    reportBlockHits(ctx, report, this.messages, memo, '', blockHits);
  },
};

const memo = new BlockMemo<BlockHits>();

function blockHits(text: string, block: Block): BlockHits {
  const runs: HitRun[] = [];
  for (const span of block.texts) {
    const { cuts, segments: pieces } = span.end - span.start < SEGMENTING.minSpan ? WHOLE : spanSegments(text, span.start, span.end);
    if (cuts.length === 2) {
      const slice = text.slice(span.start, span.end);
      const hits: Hit[] = [];
      if (ANY_HALF.test(slice)) scan(slice, 0, hits);
      if (hits.length > 0) runs.push({ hits, by: span.start - block.start });
      continue;
    }
    for (let k = 0; k + 1 < cuts.length; k++) {
      const hits = segmentHits(text, span, pieces[k]!, span.start + cuts[k]!, span.start + cuts[k + 1]!);
      if (hits.length > 0) runs.push({ hits, by: span.start + cuts[k]! - block.start });
    }
  }
  return runs;
}

const WHOLE = { cuts: [0, 0], segments: [] as string[] };

function isAddressChar(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

// A long span's sentence-aligned segments (text/segments.ts), by text. A mark's decision reads no
// further back than its segment's start (every walk back stops at the sentence end before it),
// but a bracket pairs with one up to MAX_BRACKETED characters on, across a cut: a segment is read
// with that much text on either side, its hits kept with that text and used only while it is the
// same.
const segments = new SegmentCache<{ readonly around: string; readonly hits: readonly Hit[] }>();

/** The hits of the marks in `segment`, `text[from, to)` of `span`, relative to `from`. */
function segmentHits(text: string, span: Span, segment: string, from: number, to: number): readonly Hit[] {
  // The window never opens inside an address (printable ASCII only, chineseText.ts): its marks are
  // the address's own, read whole or not at all.
  let lo = Math.max(span.start, from - MAX_BRACKETED);
  while (lo > span.start && isAddressChar(text.charCodeAt(lo - 1))) lo--;
  const hi = Math.min(span.end, to + MAX_BRACKETED);
  const around = `${text.slice(lo, from)}\u0000${text.slice(to, hi)}`;
  const read = () => {
    const window = text.slice(lo, hi);
    const all: Hit[] = [];
    if (ANY_HALF.test(window)) scan(window, 0, all);
    const own = all.filter((h) => h.start >= from - lo && h.start < to - lo);
    return { around, hits: own.map((h) => shiftHit(h, lo - from)) };
  };
  let kept = segments.get(text, '', segment, read);
  if (kept.around !== around) segments.set(text, '', segment, (kept = read()));
  return kept.hits;
}

function scan(s: string, by: number, hits: Hit[]): void {
  const addresses = addressRanges(s);
  const pairedClose = new Set<number>();
  const hit = (start: number, end: number, mark: string, full: string, edits: TextEdit[]) =>
    hits.push({ start: by + start, end: by + end, key: 'half', params: { mark, full }, fixes: [{ key: 'use', params: { full }, edits }] });
  for (const m of s.matchAll(HALF_MARKS)) {
    const i = m.index;
    const mark = m[0];
    const full = FULL[mark]!;
    if (inRanges(addresses, i)) continue;
    if (mark === '(') {
      const close = matchingClose(s, i);
      if (close >= 0) pairedClose.add(close);
      const body = close >= 0 ? s.slice(i + 1, close) : '';
      if (close >= 0 && ENUMERATOR_BODY.test(body) && enumeratorPlace(s, i)) continue;
      if (close >= 0 && PINYIN.test(body)) continue; // 國(guó): injected pinyin, paste-residue removes it whole
      const chinese = cjkBefore(s, i) || (close >= 0 ? hasCjk(body) || cjkAt(s, close + 1) : cjkAt(s, i + 1));
      if (!chinese) continue;
      if (close < 0) { hit(i, i + 1, '(', '（', [{ start: by + i, end: by + i + 1, newText: '（' }]); continue; }
      const [open, shut] = /^\d{4}$/.test(body) && DOC_NUMBER_TAIL.test(s.slice(close + 1, close + 8)) ? ['〔', '〕'] : ['（', '）'];
      hit(i, close + 1, '()', open + shut, [{ start: by + i, end: by + i + 1, newText: open }, { start: by + close, end: by + close + 1, newText: shut }]);
      continue;
    }
    if (mark === ')') {
      if (pairedClose.has(i) || itemMarker(s, i)) continue;
      if (cjkBefore(s, i) || cjkAt(s, i + 1)) hit(i, i + 1, ')', '）', [{ start: by + i, end: by + i + 1, newText: '）' }]);
      continue;
    }
    if ((mark === ',' || mark === ':') && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) continue; // 1,000 10:30 3:2
    if (mark === ';' && ENTITY.test(s.slice(Math.max(0, i - 12), i))) continue;
    let after = i + 1;
    while (after < s.length && isSpace(s.charCodeAt(after))) after++;
    let before = i;
    while (before > 0 && isSpace(s.charCodeAt(before - 1))) before--;
    // Right after an address (`详见http://x.cn/a,请…`, `发送至a@b.cn,谢谢`): the address is a word of
    // the sentence, so Chinese before it counts as Chinese before the mark.
    const address = addresses.find(([, end]) => end === before);
    if (!inChineseSentence(s, address ? address[0] : before, after)) continue;
    // A full-width mark carries its own space: the spaces around a pause mark go with it; those
    // after ? and ! may end a paragraph that a scraped draft ran together, so they stay.
    const start = before > 0 && s[before - 1] !== '\n' ? before : i;
    const end = (mark === '?' || mark === '!') || after >= s.length || s[after] === '\n' ? i + 1 : after;
    hit(i, i + 1, mark, full, [{ start: by + start, end: by + end, newText: full }]);
  }
}

/**
 * True when a mark belongs to Chinese text: Chinese just before it (`before` is where the spaces
 * before it start), or Chinese after it (`after` is past the spaces after it) and before it a
 * Latin word or number that a Chinese sentence carries (手机APP,我们). `Hello, world` and
 * `Thank you! 同志们` stay quiet.
 */
function inChineseSentence(s: string, before: number, after: number): boolean {
  if (englishQuote(s, before, after)) return false;
  if (cjkBefore(s, before)) return true;
  if (!cjkAt(s, after)) return false;
  let k = before;
  while (k > 0 && (EMBEDDED.test(s[k - 1]!) || (/[,:]/.test(s[k - 1]!) && isDigit(s.charCodeAt(k - 2)) && isDigit(s.charCodeAt(k))))) k--;
  // After 。！？ a new sentence starts, which may be English (`。Thank you! 同志们`).
  return k < before && cjkBefore(s, k) && !SENTENCE_END.includes(s[k - 1]!);
}

/** The `)` that closes the `(` at `open` on the same line, or -1. */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  // Brackets close within a sentence or two; a scraped draft is one long line.
  for (let k = open, end = Math.min(s.length, open + MAX_BRACKETED); k < end; k++) {
    const c = s[k];
    if (c === '\n') return -1;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** True when `(` at `i` stands where an enumerator does: a line's start or after a clause. */
function enumeratorPlace(s: string, i: number): boolean {
  let k = i;
  while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  return k === 0 || ENUMERATOR_AFTER.test(s[k - 1]!);
}

/** True when `)` at `i` ends an item marker such as `1)` or `a)` at a line's start or after a clause. */
function itemMarker(s: string, i: number): boolean {
  let k = i;
  while (k > 0 && /[0-9A-Za-z]/.test(s[k - 1]!) && i - k < 3) k--;
  return k < i && ENUMERATOR_BODY.test(s.slice(k, i)) && enumeratorPlace(s, k);
}

function hasCjk(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (cjkAt(s, k)) return true;
  return false;
}
