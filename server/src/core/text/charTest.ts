/**
 * A test of one UTF-16 unit by its code: `re` runs once per code met, then the answer is read
 * back from a table. For hot loops over text, where a regex per character is the cost.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  const known = new Int8Array(0x10000); // 0 not yet asked, 1 yes, -1 no
  return (code) => {
    let verdict = known[code]!;
    if (verdict === 0) verdict = known[code] = re.test(String.fromCharCode(code)) ? 1 : -1;
    return verdict === 1;
  };
}

/** A Han character in the BMP (CJK ideographs, Extension A, compatibility ideographs, 〇). */
export const isHan = charTest(/\p{Script=Han}/u);

/** Full-width punctuation of Chinese text: CJK marks (。、《》【】…), curly quotes, dashes, ellipses and the full-width forms (，：！？（）). */
export const isCjkPunct = charTest(/[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/);

/** A character that marks its surroundings as Chinese text: Han, a high surrogate (astral Han), or full-width punctuation. */
export function isCjk(code: number): boolean {
  return isHan(code) || isCjkPunct(code) || (code >= 0xd840 && code <= 0xd8bf);
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
