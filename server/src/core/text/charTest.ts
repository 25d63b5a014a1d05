/**
 * Character classes of Chinese text, in one place: every part of the core that asks "is this Han?",
 * "is this a full-width mark?" asks here. Two kinds of Han on purpose:
 * - `isHan` / `isHanCodePoint`: the Han *script* (`\p{Script=Han}`): ideographs and also the
 *   radicals, 々, 〇 and the Hangzhou numerals. "Is this Chinese text?"
 * - `isHanIdeograph`: the ideograph *blocks* only (what Word counts as 中文字符, what can spell a
 *   repeated word): not 〇, 々 or the radicals, which the script holds.
 * Predicates take a UTF-16 code unit unless their name says code point.
 */

/**
 * A test of one UTF-16 unit by its code: `re` runs once per code met, then the answer is read
 * back from a table. For hot loops over text, where a regex per character is the cost.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  return codeTable((code) => re.test(String.fromCharCode(code)));
}

/**
 * `test` read back from a table of UTF-16 units, asked once per code: one lookup where a hot loop
 * would otherwise try several predicates in turn (statistics' Han-or-full-width-letter unit).
 */
export function codeTable(test: (code: number) => boolean): (code: number) => boolean {
  const known = new Int8Array(0x10000); // 0 not yet asked, 1 yes, -1 no
  return (code) => {
    let verdict = known[code]!;
    if (verdict === 0) verdict = known[code] = test(code) ? 1 : -1;
    return verdict === 1;
  };
}

const HAN_SCRIPT = /\p{Script=Han}/u;

/** A Han character in the BMP (CJK ideographs, Extension A, compatibility ideographs, 〇). */
export const isHan = charTest(HAN_SCRIPT);

/** A code point of the Han script, astral ones (Extensions B–H) too; a lone surrogate is not. */
export function isHanCodePoint(code: number): boolean {
  return code <= 0xffff ? isHan(code) : HAN_SCRIPT.test(String.fromCodePoint(code));
}

/** A high surrogate of planes 2 and 3, which hold the CJK extensions B to H: astral Han, by its first unit. */
export function isAstralHanLead(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

/**
 * A Han ideograph by Unicode block: CJK Unified Ideographs, Extension A, Compatibility
 * Ideographs and (for code points) Extensions B–G. Unlike `isHan`, not 〇, 々 or the radicals.
 */
export function isHanIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) // CJK Unified Ideographs
    || (code >= 0x3400 && code <= 0x4dbf) // Extension A
    || (code >= 0x20000 && code <= 0x3134f) // Extensions B–G
    || (code >= 0xf900 && code <= 0xfaff); // Compatibility Ideographs
}

/** Full-width punctuation of Chinese text: CJK marks (。、《》【】…), curly quotes, dashes, ellipses and the full-width forms (，：！？（）). */
export const isCjkPunct = charTest(/[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/);

/** A character that marks its surroundings as Chinese text: Han, a high surrogate (astral Han), or full-width punctuation. */
export function isCjk(code: number): boolean {
  return isHan(code) || isCjkPunct(code) || isAstralHanLead(code);
}

/** A full-width Latin letter or digit (Ａ-Ｚ, ａ-ｚ, ０-９). */
export function isFullWidthAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
