import { BlockMemo } from '../../blockCache.js';
import type { Block } from '../../model.js';
import type { Rule } from '../rule.js';
import { reportBlockHits, segmentedSpanHits, type BlockHits, type Hit } from './blockHits.js';
import { SegmentCache } from '../../text/segments.js';
import { addressRanges, cjkAt, cjkBefore, englishQuote, inRanges } from './chineseText.js';

// One pass over a span finds every candidate; each is then judged by its context.
//   ellipsis: 。。。, ..., ···, ・・・ (three or more), or a lone …
//   dash: -- or －－
//   doubled: ，， 。。 、、 ；； ：：
//   approx: 三、四个 (adjacent Chinese numerals with a 顿号)
const CANDIDATE = /(?<dots>。{3,}|\.{3,}|·{3,}|・{3,})|(?<lone>(?<!…)…(?!…))|(?<dash>-{2,}|－{2,})|(?<doubled>(?<mark>[，。、；：])\k<mark>+)|(?<approx>[一二三四五六七八九]、[二三四五六七八九])|(?<etc>……等等?)/g;
const ANY = /[。.·・…\-－，、；：]/;
const NUMERALS = '一二三四五六七八九';
// After 三、四: units of an estimate (三四个, 三四十, 三四年). Months, grades, prizes and
// ordinals are lists, not estimates (6、7月, 一、二等奖, 一、二年级, 一、二批, 一、二线城市).
const APPROX_UNIT = /^(?:[个名人次天岁十百千万亿成倍种条项家户位所座辆台件遍趟只本篇句米里斤吨元分](?![等级类期档号])|年(?!级))/;
// Before 三、四: not part of a longer number or an ordinal (二十三、四, 第三、四个).
const NOT_BEFORE_APPROX = /[一二三四五六七八九十百千万零〇两第初前后、]/;
// 等 starting a word of its own after an ellipsis (他说……等待是漫长的).
const DENG_WORD = /^等(?:待|候|到|于|同|级|号|量|距|值|效|额|次|价|高|分|比|外|闲|身|边|腰|温|压|速)/;
// A heading's trailing `{#id}`, which the heading's text span includes.
const ANCHOR = /\s*\{#[A-Za-z][\w-]*\}\s*$/;

export const punctuationMark: Rule = {
  id: 'punctuation-mark',
  description: {
    en: 'Marks written as GB/T 15834 has them: …… for an ellipsis, —— for a dash, no doubled marks, no 顿号 in an estimate (三四个), no 。 or ， ending a heading.',
    'zh-CN': '标点按 GB/T 15834 书写：省略号“……”，破折号“——”，标点不重复，概数不加顿号（三四个），标题末尾不用句号、逗号。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    ellipsis: { en: 'An ellipsis is written "……", not "{found}".', 'zh-CN': '省略号应写作“……”，不写作“{found}”。' },
    etc: { en: 'An ellipsis and "{word}" say the same thing: keep one.', 'zh-CN': '省略号和“{word}”不并用，删去其一。' },
    dash: { en: 'A dash is written "——", not "{found}".', 'zh-CN': '破折号应写作“——”，不写作“{found}”。' },
    doubled: { en: '"{mark}" is written twice.', 'zh-CN': '“{mark}”重复了。' },
    approx: { en: 'Adjacent numerals giving an estimate take no 顿号: "{fixed}".', 'zh-CN': '相邻数字连用表示概数，中间不用顿号：“{fixed}”。' },
    heading: { en: 'A heading does not end with "{mark}".', 'zh-CN': '标题末尾不用“{mark}”。' },
    write: { en: 'Write "{text}"', 'zh-CN': '改为“{text}”' },
    keepOne: { en: 'Keep one "{mark}"', 'zh-CN': '只保留一个“{mark}”' },
    remove: { en: 'Delete "{mark}"', 'zh-CN': '删去“{mark}”' },
  },
  check(ctx, report) {
    if (ctx.lang !== 'zh-CN') return;
    reportBlockHits(ctx, report, this.messages, memo, '', blockHits);
  },
};

const memo = new BlockMemo<BlockHits>();

// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Hit[]>();

function blockHits(text: string, block: Block): BlockHits {
  const runs = segmentedSpanHits(text, block, scanSpan, segments);
  const end = block.kind === 'heading' ? headingEnd(text, block) : undefined;
  if (end) runs.push({ hits: [end], by: 0 });
  return runs;
}

function scanSpan(s: string): Hit[] {
  const hits: Hit[] = [];
  if (ANY.test(s)) scan(s, 0, hits);
  return hits;
}

function scan(s: string, by: number, hits: Hit[]): void {
  const addresses = addressRanges(s);
  for (const m of s.matchAll(CANDIDATE)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (inRanges(addresses, start)) continue;
    const chinese = (cjkBefore(s, start) || cjkAt(s, end)) && !englishQuote(s, start, end);
    const replace = (message: string, params: Record<string, string>, text: string) =>
      hits.push({ start: by + start, end: by + end, key: message, params, fixes: [{ key: 'write', params: { text }, edits: [{ start: by + start, end: by + end, newText: text }] }] });
    if (g['dots'] !== undefined) {
      // Three or more 。 or middle dots are never anything else; ASCII dots only in Chinese text.
      if (m[0][0] !== '.' || chinese) replace('ellipsis', { found: m[0] }, '……');
    } else if (g['lone'] !== undefined) {
      if (chinese) replace('ellipsis', { found: '…' }, '……');
    } else if (g['dash'] !== undefined) {
      // `--help` is a command-line option, not a dash.
      if (chinese && !/^[A-Za-z]/.test(s.slice(end, end + 1))) replace('dash', { found: m[0] }, '——');
    } else if (g['doubled'] !== undefined) {
      const mark = m[0][0]!;
      hits.push({
        start: by + start + 1, end: by + end, key: 'doubled', params: { mark },
        fixes: [{ key: 'keepOne', params: { mark }, edits: [{ start: by + start + 1, end: by + end, newText: '' }] }],
      });
    } else if (g['approx'] !== undefined) {
      approx(s, start, by, hits);
    } else if (g['etc'] !== undefined && !DENG_WORD.test(s.slice(start + 2))) {
      hits.push({ start: by + start, end: by + end, key: 'etc', params: { word: m[0].slice(2) } });
    }
  }
}

/** 三、四个 → 三四个: two adjacent numerals, not an ordinal, a list or a longer number. */
function approx(s: string, at: number, by: number, hits: Hit[]): void {
  const a = NUMERALS.indexOf(s[at]!);
  const b = NUMERALS.indexOf(s[at + 2]!);
  if (b !== a + 1 || !APPROX_UNIT.test(s.slice(at + 3, at + 5))) return;
  if (at > 0 && NOT_BEFORE_APPROX.test(s[at - 1]!)) return;
  if (at === 0 || s[at - 1] === '\n') return; // 一、 at a line's start is an enumerator
  const fixed = s[at]! + s[at + 2]! + s[at + 3]!;
  hits.push({
    start: by + at, end: by + at + 3, key: 'approx', params: { fixed },
    fixes: [{ key: 'write', params: { text: s[at]! + s[at + 2]! }, edits: [{ start: by + at + 1, end: by + at + 2, newText: '' }] }],
  });
}

/** A heading that ends with 。 or ，. */
function headingEnd(text: string, block: Block): Hit | undefined {
  const last = block.texts[block.texts.length - 1]!;
  const slice = text.slice(last.start, last.end).replace(ANCHOR, '').trimEnd();
  const mark = slice[slice.length - 1];
  if (mark !== '。' && mark !== '，') return undefined;
  // Two 。 at the end are already a doubled mark; the heading's end is reported once.
  if (slice.endsWith(mark + mark)) return undefined;
  const at = last.start - block.start + slice.length - 1;
  return { start: at, end: at + 1, key: 'heading', params: { mark }, fixes: [{ key: 'remove', params: { mark }, edits: [{ start: at, end: at + 1, newText: '' }] }] };
}
