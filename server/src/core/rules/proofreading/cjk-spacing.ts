import { BlockMemo } from '../../blockCache.js';
import { isAsciiAlnum } from '../../text/charTest.js';
import type { Block } from '../../model.js';
import { ruleOption } from '../../ruleOptions.js';
import type { Rule } from '../rule.js';
import { reportBlockHits, segmentedSpanHits, type BlockHits, type Hit } from './blockHits.js';
import { afterLostBreak, SegmentCache } from '../../text/segments.js';
import { addressRanges, hanAt, hanBefore, inRanges } from './chineseText.js';

const SPACES = /[ \u3000\u00a0]+/g;
// A numbering label keeps its space before the title: 第一章 总则, 第三条　为了…, 第二部分 主要任务.
const LABEL = /第[一二三四五六七八九十百零〇两\d]+(?:章|节|部分|条|篇|编|款)$/;
// A line of short Han tokens set apart by spaces is a list or an aligned row (王　伟　李建国　张　丽).
const TOKEN_LINE = /^[\p{Script=Han}]{1,4}(?:[ \u3000\u00a0]+[\p{Script=Han}]{1,4}){2,}$/u;
// A full-width mark carries its own space: none after a pause mark or an opening mark, none
// before a mark (委中， 有 → 委中，有; （工） 委书记). After a sentence's end a space may be a
// paragraph break that a scraped draft lost, which restoring paragraphs needs: left alone.
const MARK_BEFORE_SPACE = '，、；：（“‘《〈【〔）”’》〉】〕';
const MARK_AFTER_SPACE = '，、；：。！？“‘《〈）”’》〉】〕…—';
const CLOSING = '”’）》〉】〕';
const SENTENCE_END = '。！？…';
const PLACEHOLDER_AFTER = /^\d*(?:X{1,4}|x{2,3})(?![A-Za-z])/;
const PLACEHOLDER_BEFORE = /(?<![A-Za-z\d])\d*(?:X{1,4}|x{2,3})$/;
// A salutation or a field's label after a blank (`…的讲话 同志们:`, `…日报 发布时间:`): in a draft
// scraped onto one line the blank stood for a line break, and deleting it would glue two lines.
const FIELD_AFTER = /^[\p{Script=Han}、]{1,12}[:：]/u;
const ENGLISH_AFTER = /^[A-Za-z'’-]+(?: [A-Za-z'’-]+){2}/;
const ENGLISH_BEFORE = /[A-Za-z'’-]+(?: [A-Za-z'’-]+){2}[.,!?]?$/;
const MAX_LIST_LINE = 120;
const SINGLES_LINE = /^[\p{Script=Han}](?:[ \u3000\u00a0]+[\p{Script=Han}])+$/u;

export const cjkSpacing: Rule = {
  id: 'cjk-spacing',
  description: {
    en: 'No spaces between Chinese characters, nor between Chinese and numbers or Latin letters (2020年, APP平台), as official text writes them.',
    'zh-CN': '汉字之间、汉字与数字或字母之间不加空格（2020年、APP平台），公文如此书写。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {
    latin: {
      default: true,
      description: {
        en: 'Also report spaces between Chinese and numbers or Latin letters (`2020 年`); `off` for writers who space them (AutoCorrect, zhlint).',
        'zh-CN': '也检查汉字与数字、字母之间的空格（`2020 年`）；习惯加空格（AutoCorrect、zhlint 风格）的可设为 `off`。',
      },
    },
  },
  messages: {
    han: { en: 'Space between Chinese characters.', 'zh-CN': '汉字之间不加空格。' },
    mark: { en: 'Space next to a full-width mark, which carries its own space.', 'zh-CN': '全角标点前后不加空格。' },
    latin: { en: 'Space between Chinese and a number or Latin letter.', 'zh-CN': '汉字与数字、字母之间不加空格。' },
    remove: { en: 'Delete the space', 'zh-CN': '删除空格' },
  },
  check(ctx, report) {
    if (ctx.lang !== 'zh-CN') return;
    const latin = ruleOption(ctx.config, this, 'latin') === true;
    reportBlockHits(ctx, report, this.messages, latin ? memoLatin : memo, '', (text, block) => blockHits(text, block, latin));
  },
};

// One memo per setting: a speech switching the option back and forth keeps both results.
const memo = new BlockMemo<BlockHits>();
const memoLatin = new BlockMemo<BlockHits>();

// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Hit[]>();
const scanLatin = (s: string) => spanHitsOf(s, true);
const scanHan = (s: string) => spanHitsOf(s, false);

function blockHits(text: string, block: Block, latin: boolean): BlockHits {
  return segmentedSpanHits(text, block, latin ? scanLatin : scanHan, segments, latin ? 'latin' : '');
}

/** The spaces to remove in one prose span (or segment), offsets relative to it. */
function spanHitsOf(s: string, latin: boolean): Hit[] {
  const hits: Hit[] = [];
  let addresses: [number, number][] | undefined;
  for (const m of s.matchAll(SPACES)) {
    const i = m.index;
    const j = i + m[0].length;
    // At a span's edge the neighbour is code, a link or markup; after a line break, indentation.
    if (i === 0 || j === s.length || s[i - 1] === '\n') continue;
    const hanL = hanBefore(s, i);
    const hanR = hanAt(s, j);
    let message: string;
    if (hanL && hanR) {
      if (LABEL.test(s.slice(Math.max(0, i - 8), i)) || listLine(s, i) || FIELD_AFTER.test(s.slice(j, j + 14))) continue;
      message = 'han';
    } else if ((hanL || MARK_BEFORE_SPACE.includes(s[i - 1]!)) && (hanR || MARK_AFTER_SPACE.includes(s[j]!)) && !sentenceEnd(s, i)) {
      message = 'mark';
    } else if (latin && ((hanL && isAsciiAlnum(s.charCodeAt(j))) || (hanR && isAsciiAlnum(s.charCodeAt(i - 1))))) {
      addresses ??= addressRanges(s);
      if (inRanges(addresses, i - 1) || inRanges(addresses, j) || englishSentence(s, i, j, hanL) || placeholderNext(s, i, j, hanL)) continue;
      message = 'latin';
    } else continue;
    hits.push({ start: i, end: j, key: message, fixes: [{ key: 'remove', edits: [{ start: i, end: j, newText: '' }] }] });
  }
  return hits;
}

/**
 * True when the Latin side is a placeholder (`市第 X 次`, `XXX 智慧社区`, `202X 年`): `placeholder`
 * reports it already, and the spaces go when the writer types the real words over it.
 */
function placeholderNext(s: string, i: number, j: number, latinAfter: boolean): boolean {
  return latinAfter ? PLACEHOLDER_AFTER.test(s.slice(j, j + 8)) : PLACEHOLDER_BEFORE.test(s.slice(Math.max(0, i - 8), i));
}

/** True when the space follows the end of a sentence (。 ！ ？ …, or 。” ）): a scraped draft's lost paragraph break. */
function sentenceEnd(s: string, i: number): boolean {
  let k = i - 1;
  while (k > 0 && CLOSING.includes(s[k]!)) k--;
  return SENTENCE_END.includes(s[k]!);
}

/** True when the Latin side of the space is an English sentence of three words or more (`Thank you very much 谢谢`). */
function englishSentence(s: string, i: number, j: number, latinAfter: boolean): boolean {
  return latinAfter ? ENGLISH_AFTER.test(s.slice(j, j + 80)) : ENGLISH_BEFORE.test(s.slice(Math.max(0, i - 80), i));
}

/** True when the line around `i` is a list of short Han tokens (names, an aligned row), not spaced-out characters. */
function listLine(s: string, i: number): boolean {
  // Its tokens are at most four characters (eight code units): a longer word on either side of the
  // space rules it out at once, before the line's ends are looked for.
  if (wordLength(s, i - 1, -1) > 8) return false;
  let j = i;
  while (j < s.length && SPACE_CHARS.includes(s[j]!)) j++;
  if (wordLength(s, j, 1) > 8) return false;
  // A list line is short: look no further than MAX_LIST_LINE either way (a scraped draft is one 500 KB line).
  // A lost paragraph break (text/segments.ts) ends the line as a line break does; its space is
  // taken in, as a segment starting there holds it.
  let from = i;
  while (from > 0 && s[from - 1] !== '\n') {
    const lost = afterLostBreak(s, from - 1);
    if (i - --from > MAX_LIST_LINE) return false;
    if (lost) break;
  }
  let to = i;
  while (to < s.length && s[to] !== '\n') if (++to - i > MAX_LIST_LINE) return false;
  const line = s.slice(from, to).trim();
  return TOKEN_LINE.test(line) && !SINGLES_LINE.test(line);
}

const SPACE_CHARS = ' \u3000\u00a0';

/** Code units from `at` (walking by `step`) to the next whitespace or the text's end, counted up to 9. */
function wordLength(s: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let k = at; k >= 0 && k < s.length && n < 9 && !/\s/.test(s[k]!); k += step) n++;
  return n;
}
