import type { Lang } from '../model.js';
import { isHan, isHanCodePoint } from '../text/charTest.js';

const SAMPLE = 20_000;

/** Guesses the speech language from the share of Han characters in a sample of the text. */
export function guessLanguage(text: string, from: number): Lang {
  const sample = text.slice(from, from + SAMPLE);
  // Codes first, the Unicode property test only once per other code (a regex per character
  // cost ~10 ms a keystroke on long speeches).
  let han = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      han++; // CJK Unified Ideographs: all Han
    } else if (c < 0xd800 || c > 0xdfff) {
      if (isHan(c)) han++; // the rare Han outside the main block; punctuation (，。“”) is not Han
    } else {
      const code = sample.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (isHanCodePoint(code)) han++;
    }
  }
  // A Chinese word is one or two characters, an English one about five letters.
  return han * 3 >= latin ? 'zh-CN' : 'en';
}
