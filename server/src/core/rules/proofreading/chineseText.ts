import { isAstralHanLead, isCjk, isHan } from '../../text/charTest.js';
import { afterLostBreak } from '../../text/segments.js';

// Bare URLs and e-mail addresses are plain text to CommonMark (no autolink literals): marks inside
// them are the address's own. ASCII only, so the Chinese text after an address is not swallowed.
const ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
// Marks an address does not end with (GFM's autolink rule): `见https://x.cn,详见` keeps its comma.
const TRAILING = /[.,:;!?'")\]]+$/;
// How far back a quotation's opening mark is looked for.
const MAX_QUOTE = 200;

/** Ranges of URLs and e-mail addresses in a slice, in order. */
export function addressRanges(slice: string): [number, number][] {
  if (!slice.includes('.')) return [];
  const ranges: [number, number][] = [];
  for (const m of slice.matchAll(ADDRESS)) {
    const body = m[0].replace(TRAILING, '');
    ranges.push([m.index, m.index + body.length]);
  }
  return ranges;
}

/** True when `i` lies inside one of `ranges` (sorted). */
export function inRanges(ranges: readonly (readonly [number, number])[], i: number): boolean {
  for (const [s, e] of ranges) {
    if (i < s) return false;
    if (i < e) return true;
  }
  return false;
}

/** True when the character before `i` is Chinese (Han, astral Han, full-width punctuation). */
export function cjkBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const code = s.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return i >= 2 && isCjk(s.charCodeAt(i - 2));
  return isCjk(code);
}

/** True when the character at `i` is Chinese. */
export function cjkAt(s: string, i: number): boolean {
  return i < s.length && isCjk(s.charCodeAt(i));
}

/** True when a Han character (astral ones too) ends just before `i`. */
export function hanBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const code = s.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return i >= 2 && isAstralHanLead(s.charCodeAt(i - 2));
  return isHan(code);
}

/** True when a Han character (astral ones too) starts at `i`. */
export function hanAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const code = s.charCodeAt(i);
  return isHan(code) || isAstralHanLead(code);
}

/**
 * True when a mark (its spaces start at `before`, the text goes on at `after`) ends a quotation
 * with no Han in it (他说：“Yes!”, “Wait...”): the mark is the English sentence's own.
 */
export function englishQuote(s: string, before: number, after: number): boolean {
  const close = s[after];
  if (close !== '”' && close !== '’') return false;
  const opener = close === '”' ? '“' : '‘';
  for (let k = before - 1; k >= 0 && before - k <= MAX_QUOTE; k--) {
    if (s[k] === opener) return true;
    // Han text, or a lost paragraph break (text/segments.ts), ends the search.
    if (hanAt(s, k) || afterLostBreak(s, k)) return false;
  }
  return false;
}

/** A space of prose: ASCII space, no-break space or the ideographic space U+3000. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0;
}
