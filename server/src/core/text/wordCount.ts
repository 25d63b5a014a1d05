import { isHanIdeograph } from './charTest.js';

/**
 * 字数 as Word and WPS show it for a Chinese document (审阅 › 字数统计): every East Asian character
 * is one — Han characters and full-width punctuation alike (，。、：；“”《》……——) — and every
 * run of other non-space characters holding a letter or digit (`2020`, `APP`, `12.5%`, `don't`)
 * is one "non-Chinese word". Half-width punctuation standing alone and spaces never count.
 * This is the figure a leader means by "控制在3000字以内"; speaking time uses the spoken count.
 */
export function wordProcessorCount(text: string): number {
  let count = 0;
  forEachWrittenUnit(text, () => count++);
  return count;
}

/** Calls `visit` with the offset where each unit counted by `wordProcessorCount` starts. */
export function forEachWrittenUnit(text: string, visit: (offset: number) => void): void {
  let inWord = false;
  let wordHasAlnum = false;
  let wordStart = 0;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (isEastAsian(code)) {
      if (inWord && wordHasAlnum) visit(wordStart);
      inWord = false;
      visit(at);
    } else if (isSpace(code)) {
      if (inWord && wordHasAlnum) visit(wordStart);
      inWord = false;
    } else {
      if (!inWord) { inWord = true; wordHasAlnum = false; wordStart = at; }
      if (isAlnum(code)) wordHasAlnum = true;
    }
  }
  if (inWord && wordHasAlnum) visit(wordStart);
}

/**
 * Characters Word counts as 中文字符和朝鲜语单词: CJK scripts, their punctuation and full-width forms.
 * Wider than `isCjkPunct` on purpose (kana, Hangul, ￥ and every full-width form count here), and
 * Han by block (`isHanIdeograph`), not by script: the radicals ⺀–⿕ are not among these ranges.
 */
function isEastAsian(code: number): boolean {
  return isHanIdeograph(code)
    || (code >= 0x3001 && code <= 0x303f) // CJK punctuation (、。〈〉《》「」【】〔〕〇), not the ideographic space
    || (code >= 0x3040 && code <= 0x30ff) // kana
    || (code >= 0xac00 && code <= 0xd7af) // Hangul syllables
    || (code >= 0xff01 && code <= 0xff60) // full-width forms (，：；？！（）Ａ０)
    || (code >= 0xffe0 && code <= 0xffe6) // full-width signs (￥)
    || code === 0x2014 || code === 0x2015 // — ― (破折号 halves)
    || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d // ‘’“”
    || code === 0x2026 || code === 0x00b7 || code === 0x2027 || code === 0x2236; // … · ‧ ∶
}

/** What separates words for the count: any white space, line breaks and U+3000 included (wider than the proofreading rules' space within a line). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b);
}

/** A letter or digit that makes a run a word: ASCII and the accented Latin letters (À–ɏ: café), so wider than `isAsciiAlnum`. */
function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}
