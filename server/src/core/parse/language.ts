import type { Lang } from '../model.js';

const SAMPLE = 20_000;

/** Guesses the speech language from the share of Han characters in a sample of the text. */
export function guessLanguage(text: string, from: number): Lang {
  const sample = text.slice(from, from + SAMPLE);
  let han = 0;
  let latin = 0;
  for (const ch of sample) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  // A Chinese word is one or two characters, an English one about five letters.
  return han * 3 >= latin ? 'zh-CN' : 'en';
}
