import type { Block, SpeechModel } from '../model.js';
import { charTest } from '../text/charTest.js';
import { cnToNumber, fromCircled, fromEnOrdinal, fromRoman } from './numerals.js';
import type { Enumerator, Family, Form, Place } from './types.js';
import { sharedForm, sharedText } from './shared.js';

const CN = '[一二三四五六七八九十百〇零]+';
const CN_FIRST = /[一二三四五六七八九十百〇零]/;
/** After these an in-text series may begin (`…。二是`, `…；其二`, `…, 第三,`); whitespace too (scraped line breaks). */
const isWeakBoundary = charTest(/[。！？；：，、,;:!?）)】」』\s]/);
/** After these a structure level may begin inside prose (`我再强调三点意见: 一、…`). */
const isStrongBoundary = charTest(/[。！？；：;:!?]/);
const isWhitespace = charTest(/\s/);
const isSentenceEnd = charTest(/[.!?:;]/);
const isCircled = charTest(/[①-⑳]/);


interface Pattern {
  readonly re: RegExp;
  /** The characters a match can begin with: only these positions are tried. */
  readonly first: RegExp;
  /** Which positions it may start at. */
  readonly at: 'line' | 'strong' | 'weak' | 'en' | 'anywhere' | 'agenda';
  make(m: RegExpExecArray, start: number, place: Place): Omit<Enumerator, 'block' | 'place' | 'start' | 'end' | 'text'> | undefined;
}

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : cnToNumber(s));
const kind = (s: string): Form['numeral'] => (/^\d/.test(s) ? 'ar' : 'cn');
/**
 * `一、二季度`, `三、四月份`, `1、2、3`: a run of numbers, not an enumerator. Only the next number
 * of the same kind makes a run: `## 一、2024年工作回顾` is a point about a year.
 */
function startsRun(numeral: string, after: string): boolean {
  const next = /^[ \t]*(\d+|[一二三四五六七八九十百〇零]+)/.exec(after)?.[1];
  if (!next || /^\d/.test(next) !== /^\d/.test(numeral)) return false;
  const value = num(numeral);
  return value !== undefined && num(next) === value + 1;
}

function simple(family: Family, value: number | undefined, numStart: number, numLen: number, form: Form) {
  if (value === undefined || value < 1) return undefined;
  return { family, value, closer: false, numeral: { start: numStart, end: numStart + numLen }, form };
}

const PATTERNS: readonly Pattern[] = [
  { // (一) （1）, with a stray 、 or , after them
    first: /[（(]/, re: new RegExp(`([（(])[ \\t]*(${CN}|\\d{1,3})[ \\t]*([)）])(?:[ \\t]*([、，,.．:：]))?`, 'y'), at: 'strong',
    make: (m, s) => simple(/\d/.test(m[2]!) ? 'ar-paren' : 'cn-paren', num(m[2]!), s + m[0].indexOf(m[2]!, 1), m[2]!.length,
      { open: m[1]!, close: m[3]!, punct: m[4] ?? '', numeral: kind(m[2]!) }),
  },
  {
    first: /[①-⑳]/, re: /([①-⑳])(?:[ \t]*([、，,.．]))?/y, at: 'anywhere',
    make: (m, s) => simple('circled', fromCircled(m[1]!), s, 1, { punct: m[2] ?? '', numeral: 'circled' }),
  },
  { // A chair's agenda item: `下面进行第二项议程`, `进行第三项，…` (第一项目部 is a name)
    first: /第/, re: new RegExp(`第(${CN}|\\d{1,3})项(?!目)`, 'y'), at: 'agenda',
    make: (m, s) => simple('agenda', num(m[1]!), s + 1, m[1]!.length, { punct: '项', numeral: kind(m[1]!) }),
  },
  {
    first: /第/, re: new RegExp(`第(${CN}|\\d{1,3})[ \\t]*([，,、:：]|是)`, 'y'), at: 'weak',
    make: (m, s) => simple('ordinal', num(m[1]!), s + 1, m[1]!.length, { punct: m[2]!, numeral: kind(m[1]!) }),
  },
  {
    first: /其/, re: new RegExp(`其(${CN})[ \\t]*([，,、:：]|是)`, 'y'), at: 'weak',
    make: (m, s) => simple('qi', cnToNumber(m[1]!), s + 1, m[1]!.length, { punct: m[2]!, numeral: 'cn' }),
  },
  {
    first: CN_FIRST, re: new RegExp(`(${CN})\\s{0,2}(是(?!否)|要(?![素件]))`, 'y'), at: 'weak',
    make: (m, s) => simple(m[2] === '是' ? 'shi' : 'yao', cnToNumber(m[1]!), s, m[1]!.length, { punct: m[2]!, numeral: 'cn' }),
  },
  {
    first: /[一另]/, re: /(另一方面|一方面)/y, at: 'weak',
    make: (m, s) => ({ family: 'fangmian', value: m[1] === '一方面' ? 1 : 2, closer: m[1] !== '一方面', numeral: { start: s, end: s + m[1]!.length }, form: { punct: '', numeral: 'word' } }),
  },
  {
    first: /[首其再最]/, re: /(首先|其次|再次|最后)([ \t]*[，,:：])?/y, at: 'weak',
    make: (m, s) => {
      const word = m[1]!;
      // 再次 (again) and 最后 (last of all) are prose unless a comma marks them as a point.
      if ((word === '再次' || word === '最后') && !m[2]) return undefined;
      const value = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : 0;
      return { family: 'words', value, closer: word === '最后', numeral: { start: s, end: s + 2 }, form: { punct: (m[2] ?? '').trim(), numeral: 'word' } };
    },
  },
  {
    first: CN_FIRST, re: new RegExp(`(${CN})[ \\t]*([、，,.．:：])`, 'y'), at: 'strong',
    make: (m, s, place) => {
      if (place === 'text' && m[2] !== '、') return undefined;
      return simple('cn-dun', cnToNumber(m[1]!), s, m[1]!.length, { punct: m[2]!, numeral: 'cn' });
    },
  },
  {
    first: /\d/, re: /(\d{1,3})[ \t]*([.．、])(?!\d)/y, at: 'line',
    make: (m, s) => simple('ar-dot', Number(m[1]), s, m[1]!.length, { punct: m[2]!, numeral: 'ar' }),
  },
  {
    // Not when another ordinal follows the comma: `Eighth, ninth and tenth graders` lists adjectives.
    first: /[fstenFSTEN]/, re: /(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?( of all)?[ \t]*,(?![ \t]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\b)/iy, at: 'en',
    make: (m, s) => simple('en-ordinal', fromEnOrdinal(m[1]!), s, m[1]!.length + (m[2]?.length ?? 0),
      { punct: ',', numeral: 'word', suffix: m[2] ? 'ly' : m[3] ? ' of all' : '' }),
  },
  {
    first: /[flFL]/, re: /(Finally|Lastly)[ \t]*,/iy, at: 'en',
    make: (m, s) => ({ family: 'en-ordinal', value: 0, closer: true, numeral: { start: s, end: s + m[1]!.length }, form: { punct: ',', numeral: 'word' } }),
  },
];

const ROMAN_HEADING = /([IVXLC]+)\.(?=[ \t])/y;

// The patterns that may begin with each character, filled in as characters are met: most
// characters of a speech begin none, and are passed over with one typed-array read.
const candidateLists: (readonly Pattern[])[] = [[]];
const candidateListOf = new Uint8Array(0x10000); // 0 not yet asked, else 1 + index in candidateLists
const NONE = 1;

function candidatesAt(text: string, p: number): readonly Pattern[] | undefined {
  const code = text.charCodeAt(p);
  let k = candidateListOf[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    const list = PATTERNS.filter((pattern) => pattern.first.test(ch));
    const same = candidateLists.findIndex((l) => l.length === list.length && l.every((x, i) => x === list[i]));
    k = candidateListOf[code] = 1 + (same >= 0 ? same : candidateLists.push(list) - 1);
  }
  return k === NONE ? undefined : candidateLists[k - 1];
}

/** All enumerators of the speech's prose, in document order. */
export function scanEnumerators(model: SpeechModel): Enumerator[] {
  const out: Enumerator[] = [];
  model.blocks.forEach((block, index) => scanBlock(model.text, block, index, out));
  return out.sort((a, b) => a.start - b.start);
}

/** Blocks whose prose may hold enumerators. */
export function isScanned(block: Block): boolean {
  return block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'blockquote';
}

/**
 * One block's enumerators. They depend only on the block's own text and a few characters after
 * its end (see NumberingMemo): nothing here looks back before the block's start.
 */
export function scanBlock(text: string, block: Block, index: number, out: Enumerator[], spanScan: SpanScan = scanSpan): void {
  if (block.kind === 'heading') scanHeading(text, block, index, out);
  else if (isScanned(block)) {
    if (block.kind === 'list') scanListMarkers(text, block, index, out);
    for (const span of block.texts) spanScan(text, block, index, span.start, span.end, out);
  }
}

/** Scans `text[start, end)` of a prose span of `block` (the `index`th); a match ends before `end`. */
export type SpanScan = (text: string, block: Block, index: number, start: number, end: number, out: Enumerator[]) => void;

function scanHeading(text: string, block: Block, index: number, out: Enumerator[]): void {
  const first = block.texts[0];
  if (!first) return;
  const found: Enumerator[] = [];
  ROMAN_HEADING.lastIndex = first.start;
  const roman = ROMAN_HEADING.exec(text);
  const value = roman && roman.index === first.start ? fromRoman(roman[1]!) : undefined;
  if (roman && value) {
    found.push({ family: 'roman', value, closer: false, numeral: { start: first.start, end: first.start + roman[1]!.length },
      form: ROMAN_FORM, place: 'heading', block: index, start: first.start, end: first.start + roman[0].length, text: sharedText(roman[0]) });
  } else {
    // After full-width spaces too (`## 　一、总体要求`), as in a paragraph (isMarkup).
    let at = first.start;
    while (at < first.end && text.charCodeAt(at) === 0x3000) at++;
    const candidates = candidatesAt(text, at);
    const e = candidates ? matchAt(text, at, first.end, 'heading', index, candidates) : undefined;
    if (e) found.push(e);
  }
  out.push(...found);
}

const ROMAN_FORM: Form = sharedForm({ punct: '.', numeral: 'roman' });
const LIST_FORM: Form = sharedForm({ punct: '.', numeral: 'ar' });

/** Ordered list markers (`1.` at the start of an item line) are level-3 enumerators too. */
function scanListMarkers(text: string, block: Block, index: number, out: Enumerator[]): void {
  const re = /(^|\n)([ \t]{0,3})(\d{1,3})\.(?=[ \t]|$)/g;
  const src = text.slice(block.start, block.end);
  let indent = -1;
  for (const m of src.matchAll(re)) {
    if (indent < 0) indent = m[2]!.length;
    if (m[2]!.length !== indent) continue;
    const start = block.start + m.index + m[1]!.length + m[2]!.length;
    out.push({ family: 'ar-dot', value: Number(m[3]), closer: false, numeral: { start, end: start + m[3]!.length },
      form: LIST_FORM, place: 'line', block: index, start, end: start + m[3]!.length + 1, text: sharedText(`${m[3]}.`) });
  }
}

export function scanSpan(text: string, block: Block, index: number, start: number, end: number, out: Enumerator[]): void {
  for (let p = start; p < end; p++) {
    const candidates = candidatesAt(text, p);
    if (!candidates) continue;
    const place = lineStart(text, p, block.start) ? 'line' : 'text';
    // Inside a word nothing but a circled number can begin: skip the patterns (most CJK numerals are prose).
    if (place === 'text' && !isCircled(text.charCodeAt(p))) {
      const prev = prevSignificant(text, p);
      if (prev >= 0 && !isWeakBoundary(prev) && !afterAgendaVerb(text, p, block.start)) continue;
    }
    const e = matchAt(text, p, end, place, index, candidates, block.start);
    if (e) {
      out.push(e);
      p = e.end - 1;
    }
  }
}

function matchAt(text: string, p: number, limit: number, place: Place, block: number, candidates: readonly Pattern[], blockStart = p): Enumerator | undefined {
  for (const pattern of candidates) {
    if (!allowed(pattern.at, text, p, place, blockStart)) continue;
    pattern.re.lastIndex = p;
    const m = pattern.re.exec(text);
    if (!m || m.index !== p || p + m[0].length > limit) continue;
    // `①、` has no numeral to run on.
    const numeral = m[0].endsWith('、') ? /[\d一二三四五六七八九十百〇零]+/.exec(m[0])?.[0] : undefined;
    if (numeral && startsRun(numeral, text.slice(p + m[0].length, p + m[0].length + 8))) continue;
    const made = pattern.make(m, p, place);
    if (!made) continue;
    // Field by field, in one order: a spread here made objects V8 could not give one shape (7 µs each).
    return { family: made.family, value: made.value, closer: made.closer, numeral: made.numeral, form: sharedForm(made.form), place, block, start: p, end: p + m[0].length, text: sharedText(m[0]) };
  }
  return undefined;
}

function allowed(at: Pattern['at'], text: string, p: number, place: Place, blockStart: number): boolean {
  if (place !== 'text' || at === 'anywhere') return true;
  if (at === 'line') return false;
  const prev = prevSignificant(text, p);
  if (at === 'agenda') return prev < 0 || isWeakBoundary(prev) || afterAgendaVerb(text, p, blockStart);
  if (at === 'weak') return prev < 0 || isWeakBoundary(prev);
  if (prev < 0) return true;
  const beforeSpace = prevSignificant(text, p, true);
  if (at === 'strong') return beforeSpace < 0 || isStrongBoundary(beforeSpace);
  // English: a sentence start.
  return isWhitespace(prev) && (beforeSpace < 0 || isSentenceEnd(beforeSpace));
}

/** The code of the character before `p`, skipping emphasis marks (and whitespace when asked); -1 at the start. */
function prevSignificant(text: string, p: number, skipSpace = false): number {
  let i = p - 1;
  while (i >= 0 && (isEmphasis(text.charCodeAt(i)) || (skipSpace && isSpace(text.charCodeAt(i))))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** True when only markup separates `p` from the start of its line (or block). */
function lineStart(text: string, p: number, blockStart: number): boolean {
  let i = p - 1;
  while (i >= blockStart && isMarkup(text.charCodeAt(i))) i--;
  return i < blockStart || text[i] === '\n' || text[i] === '\r';
}

/**
 * `进行第二项`: a chair's script runs the verb into the item, with no mark between. Only `第` after
 * `进行` inside the same block (a block's enumerators never look back before its start).
 */
function afterAgendaVerb(text: string, p: number, blockStart: number): boolean {
  return p - 2 >= blockStart && text.charCodeAt(p) === 0x7b2c && text.startsWith('进行', p - 2);
}

/** `*`, `_`, `~`. */
const isEmphasis = (c: number) => c === 42 || c === 95 || c === 126;
/** Space, tab, CR, LF. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 10;
/**
 * Markup a text node may sit behind (`**一是**`, `## `, `> `, `- `): space, tab, `*_~>#+-`; and
 * the full-width spaces that indent a paragraph in Chinese typesetting (`　　一、总体要求`).
 */
export const isMarkup = (c: number) => c === 32 || c === 9 || c === 0x3000 || isEmphasis(c) || c === 62 || c === 35 || c === 43 || c === 45;
