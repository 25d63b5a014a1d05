import { localize, localizeAll } from '../i18n.js';
import { BlockMemo } from '../blockCache.js';
import type { Block } from '../model.js';
import type { Rule } from './rule.js';
import { isHanCodePoint, isHanIdeograph } from '../text/charTest.js';
import { forEachSegment, SegmentCache } from '../text/segments.js';

// Chinese function characters that are never doubled in writing (的的, 了了); a doubled content
// word (看看, 常常, 人人) is Chinese grammar, so only these are checked among single characters.
const CJK_FUNCTION_CHARS = '的了是在和与及对把被将就都也还从向为并而或所以';
const BU = 0x4e0d; // 不
// A doubled word of three or four Han characters (基层党建基层党建), or a doubled 们-word
// (我们我们); other two-character doubles are usually grammar (研究研究, 一件一件, 一步一步).
// Found by comparing code units (a backtracking regex here cost more than all other rules).
const MEN = 0x4eec; // 们
// English: the same word twice (the the), except those English legitimately doubles.
const EN_DOUBLED = /\b([A-Za-z]+)(\s+)\1\b/gi;
const LATIN = /[A-Za-z]/;
const EN_ALLOWED = new Set(['had', 'that', 'bye', 'so', 'very', 'no', 'yes', 'really', 'many', 'far', 'more', 'again', 'ha', 'hear', 'knock', 'well', 'do']);

export const repeatedWord: Rule = {
  id: 'repeated-word',
  description: { en: 'No word written twice by mistake (the the, 的的).', 'zh-CN': '没有误写重复的词（the the、的的）。' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    repeated: { en: '"{word}" is written twice.', 'zh-CN': '“{word}”重复了。' },
    remove: { en: 'Delete the repeated "{word}"', 'zh-CN': '删除重复的“{word}”' },
  },
  check({ model, lang }, report) {
    const { text } = model;
    const emit = (start: number, end: number, word: string, removeFrom: number) => report({
      message: localize(this.messages.repeated!, lang, { word }),
      start, end,
      fixes: [{
        title: localizeAll(this.messages.remove!, { word }),
        edits: [{ start: removeFrom, end, newText: '' }],
      }],
    });
    for (const block of model.blocks) {
      const at = block.start;
      for (const r of memo.get(block, '', () => blockRepeats(text, block))) emit(at + r.start, at + r.end, r.word, at + r.removeFrom);
    }
  },
};

/** A repeat, offsets relative to the start of its span or block. */
interface Repeat { readonly start: number; readonly end: number; readonly word: string; readonly removeFrom: number }

// Per block, relative to its start: on a keystroke only the edited block is searched again.
const memo = new BlockMemo<readonly Repeat[]>();

// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Repeat[]>();

function blockRepeats(text: string, block: Block): Repeat[] {
  const out: Repeat[] = [];
  for (const span of block.texts) {
    forEachSegment(text, span.start, span.end, segments, '', scan, (repeats, offset) => {
      const by = span.start - block.start + offset;
      for (const r of repeats) out.push({ start: r.start + by, end: r.end + by, word: r.word, removeFrom: r.removeFrom + by });
    });
  }
  return out;
}

/** True when a character of the Han script (astral ones too) at `i` is written twice. */
function hanDoubledAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const code = s.codePointAt(i)!;
  const width = code > 0xffff ? 2 : 1;
  return i + width < s.length && s.codePointAt(i + width) === code && isHanCodePoint(code);
}

/** True when `length` Han characters at `i` are written again right after. */
function doubledAt(s: string, i: number, length: number): boolean {
  if (i + 2 * length > s.length) return false;
  for (let k = 0; k < length; k++) if (s.charCodeAt(i + k) !== s.charCodeAt(i + length + k)) return false;
  // Ideograph blocks, not the Han script: a run of 〇 or 々 (一〇〇〇〇〇〇) is not a word said twice.
  for (let k = 0; k < length; k++) if (!isHanIdeograph(s.charCodeAt(i + k))) return false;
  return true;
}

function scan(slice: string): Repeat[] {
  const out: Repeat[] = [];
  // One pass over the code units (a regex with lookarounds here cost twice as much). At each
  // position: 的的, 了了 (a doubled function character), then a doubled word of 4, 3 or 2 (们) units.
  // Each kind is looked for again only after the last one it found (的的的 is one slip).
  let charsFrom = 0;
  let wordsFrom = 0;
  // Reads stay inside the string: a read past its end makes V8 drop the loop's optimised code.
  const n = slice.length;
  for (let i = 0; i + 1 < n; i++) {
    const c = slice.charCodeAt(i);
    // AABB reduplication (的的确确, 是是非非, 和和气气, 从从容容) and 不了了之 are words, not slips.
    if (i >= charsFrom && c === slice.charCodeAt(i + 1) && CJK_FUNCTION_CHARS.includes(slice[i]!) && (i === 0 || slice.charCodeAt(i - 1) !== BU) && !hanDoubledAt(slice, i + 2)) {
      out.push({ start: i + 1, end: i + 2, word: slice[i]!, removeFrom: i + 1 });
      charsFrom = i + 2;
    }
    if (i < wordsFrom || i + 4 > n) continue;
    // The first unit compared inline: it rules out almost every position without a call.
    const length = i + 8 <= n && c === slice.charCodeAt(i + 4) && doubledAt(slice, i, 4) ? 4
      : i + 6 <= n && c === slice.charCodeAt(i + 3) && doubledAt(slice, i, 3) ? 3
      : c === slice.charCodeAt(i + 2) && slice.charCodeAt(i + 1) === MEN && doubledAt(slice, i, 2) ? 2 : 0;
    if (length) {
      out.push({ start: i + length, end: i + 2 * length, word: slice.slice(i, i + length), removeFrom: i + length });
      wordsFrom = i + 2 * length;
    }
  }
  if (LATIN.test(slice)) for (const m of slice.matchAll(EN_DOUBLED)) {
    const word = m[1]!;
    if (EN_ALLOWED.has(word.toLowerCase()) || word.toLowerCase() !== m[0].slice(m[0].length - word.length).toLowerCase()) continue;
    const second = m.index + word.length + m[2]!.length;
    out.push({ start: second, end: second + word.length, word, removeFrom: m.index + word.length });
  }
  return out;
}
