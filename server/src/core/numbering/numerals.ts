/** Numerals as speeches write them: Chinese (一…九百九十九, 〇/零, 两), Roman, circled, English ordinals. */

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_DIGITS = '〇一二三四五六七八九';
/** A well-formed Chinese number below 1000 (`十一`, `一十一`, `二十`, `一百零五`). */
const CN_WELL_FORMED = /^(?:[一二三四五六七八九两]百(?:[零〇](?=[一二三四五六七八九]$))?)?(?:[一二三四五六七八九两]?十)?[一二三四五六七八九两]?$/;

/** `十一` → 11, `〇` → 0, `两` → 2; undefined for anything that is not a well-formed number below 1000. */
export function cnToNumber(s: string): number | undefined {
  if (s === '〇' || s === '零') return 0;
  if (!s || !CN_WELL_FORMED.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else digit = DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** 11 → `十一`, 105 → `一百零五` (or `一百〇五` with `zero` 〇), 0 → `〇`. */
export function numberToCn(n: number, zero: '零' | '〇' = '零'): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${CN_DIGITS[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? CN_DIGITS[tens] : ''}十`;
  else if (hundreds && ones) out += zero;
  if (ones) out += CN_DIGITS[ones];
  return out;
}

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

/** `XIV` → 14; undefined unless the string is the canonical Roman form of its value. */
export function fromRoman(s: string): number | undefined {
  if (!/^[MDCLXVI]+$/.test(s)) return undefined;
  let n = 0;
  let rest = s;
  for (const [v, r] of ROMAN) while (rest.startsWith(r)) { n += v; rest = rest.slice(r.length); }
  return rest === '' && toRoman(n) === s ? n : undefined;
}

const CIRCLED_ONE = 0x2460;
export const CIRCLED_CHARS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function fromCircled(ch: string): number | undefined {
  const i = CIRCLED_CHARS.indexOf(ch);
  return i < 0 ? undefined : i + 1;
}

export function toCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_ONE + n - 1) : `(${n})`;
}

export const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'] as const;
const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `Third` / `thirdly` → 3. */
export function fromEnOrdinal(word: string): number | undefined {
  const base = word.replace(/ly$/i, '').toLowerCase();
  const i = EN_ORDINALS.findIndex((w) => w.toLowerCase() === base);
  return i < 0 ? undefined : i + 1;
}

/** `two` → 2, `3` → 3 (English counts). */
export function fromEnCardinal(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const i = EN_CARDINALS.indexOf(word.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** The words of `首先…其次…再次`, by position. */
export const SEQUENCE_WORDS = ['首先', '其次', '再次'] as const;
