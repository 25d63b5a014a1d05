import { cnToNumber, numberToCn } from '../../numbering/numerals.js';
import { inUrl, replaceFix, type Hit } from './blockHits.js';

// The number forms GB/T 15835-2011 《出版物上数字用法》 rules out, found in one prose span.
// Clauses are cited in the README's number-form entry.

const CN_DIGIT = '〇一二三四五六七八九';
/** Characters of a year in Chinese numerals, zeros written 0, O, ○ or 零 among them (5.2.5: 编号 takes 〇). */
const CN_YEAR_CHAR = /^[〇○零一二三四五六七八九0０OＯ]{4}$/;
const NUMERAL_BEFORE = /[〇○零一二三四五六七八九十0０OＯ]/;
const WRONG_ZERO = /[○零0０OＯ]/g;
const HAS_WRONG_ZERO = /[○零0０OＯ]/;
/** `20年3月`: a two-digit year with a month after it (5.1.4: 1990年 not 90年). */
const SHORT_YEAR = /(?<![\d.:/\-A-Za-z０-９])(\d{2})年(?=(\d{1,2})月)/g;
/** A range whose first number lacks the % or 万/亿 of the second (5.1.3: 15%～30%, 9亿～16亿). */
const RANGE = /(?<![\d.,:/A-Za-z-])(\d+(?:[.,]\d+)*)([～~〜—–\-－至到])(\d+(?:[.,]\d+)*)(万亿|千万|百万|%|％|‰|万|亿)/g;
const NUM = '(?:\\d+(?:[.,]\\d+)*|[一二三四五六七八九十百千万亿两〇零几]+)';
/** 约…左右: both say "about" (the measure word between them is short). */
const ABOUT = new RegExp(`(大约|约)(?:为|有|合|计|占|需|达)?${NUM}[%‰万亿]*[\\p{Script=Han}A-Za-z]{0,3}?(左右)`, 'gu');
/** Words that end in 约 without meaning "about": 制约, 节约, 公约… */
const NOT_ABOUT = '制节公契预签违履相邀特合条规践失爽守解毁背立赴婚';
/** 将近…余/多: "nearly" and "more than" at once. */
const NEARLY = new RegExp(`(将近|接近)${NUM}[万亿]?(余|多)`, 'g');
/** A date in two kinds of numerals (4.3 同类别同形式: 二〇〇八年八月八日, not 二〇〇八年8月8日). */
const AR_MONTH_AFTER = /(\d{1,2})月(?:(\d{1,2})日)?/y;
const AR_YEAR_CN_MONTH = /(?<!\d)\d{4}年(([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?)/g;
/** A month or day with a leading zero (GB/T 9704-2012 7.3.5.1: 月、日不编虚位). */
const LEADING_ZERO = /(?<![\d.:/\-０-９])0([1-9])(?=[月日])/g;

export function scanNumberForms(slice: string): Hit[] {
  const hits: Hit[] = [];
  if (/[〇○零0０OＯ]/.test(slice)) yearZeros(slice, hits);
  if (/\d/.test(slice)) {
    shortYears(slice, hits);
    ranges(slice, hits);
    mixedDates(slice, hits);
    leadingZeros(slice, hits);
    fixedExpressions(slice, hits);
  } else if (/[一二三四五六七八九十]年/.test(slice)) mixedDates(slice, hits);
  if (slice.includes('约') || slice.includes('近')) approximations(slice, hits);
  return hits.filter((h) => !inUrl(slice, h.start)).sort((a, b) => a.start - b.start);
}

function cnDigits(s: string): number {
  let n = 0;
  for (const ch of s) if (CN_DIGIT.includes(ch) && ch !== '〇') n++;
  return n;
}

/**
 * Start of every year written in four Chinese numerals (`二〇二〇年`), found from its `年`: a
 * regular expression tried at every character cost more than all the rest of the rule.
 */
function cnYears(slice: string): number[] {
  const starts: number[] = [];
  for (let i = slice.indexOf('年', 4); i >= 0; i = slice.indexOf('年', i + 1)) {
    const year = slice.slice(i - 4, i);
    if (CN_YEAR_CHAR.test(year) && !NUMERAL_BEFORE.test(slice[i - 5] ?? '') && cnDigits(year) >= 2) starts.push(i - 4);
  }
  return starts;
}

function yearZeros(slice: string, hits: Hit[]): void {
  for (const at of cnYears(slice)) {
    const year = slice.slice(at, at + 4);
    if (!HAS_WRONG_ZERO.test(year)) continue;
    const right = year.replace(WRONG_ZERO, '〇');
    hits.push({
      start: at, end: at + 4, key: 'yearZero', params: { wrong: `${year}年`, right: `${right}年` },
      fixes: [replaceFix('change', at, at + 4, right, { text: `${right}年` })],
    });
  }
}

/** Two-digit years; `century` is filled in by the rule when the speech's own dates agree. */
function shortYears(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(SHORT_YEAR)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) continue;
    hits.push({ start: m.index, end: m.index + 3, key: 'shortYear', params: { wrong: `${m[1]}年`, yy: m[1]! }, fixes: [] });
  }
}

function ranges(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(RANGE)) {
    const [whole, first, dash, second, unit] = m as unknown as [string, string, string, string, string];
    if (dash === '-' && /^\d{4}$/.test(first) && /^\d{4}$/.test(second)) continue; // 2020-2021 (years)
    if (Number(first.replace(/,/g, '')) > Number(second.replace(/,/g, ''))) continue; // 5000～1万 is right
    if (unit.startsWith('万') && slice[m.index + whole.length] === '分') continue; // 万分之一
    const at = m.index + first.length;
    const right = `${first}${unit}${dash}${second}${unit}`;
    hits.push({
      start: m.index, end: m.index + whole.length, key: 'rangeUnit', params: { unit, wrong: whole, right },
      fixes: [replaceFix('change', at, at, unit, { text: right })],
    });
  }
}

function approximations(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(ABOUT)) {
    if (m[1] === '约' && NOT_ABOUT.includes(slice[m.index - 1] ?? '')) continue;
    const end = m.index + m[0].length;
    const dropSecond = replaceFix('remove', end - 2, end, '', { text: '左右' });
    const dropFirst = replaceFix('remove', m.index, m.index + m[1]!.length, '', { text: m[1]! });
    // 约有100名左右的干部 reads better as 有100名左右的干部 than as 约有100名的干部.
    hits.push({
      start: m.index, end, key: 'doubleApprox', params: { first: m[1]!, second: '左右' },
      fixes: slice[end] === '的' ? [dropFirst, dropSecond] : [dropSecond, dropFirst],
    });
  }
  for (const m of slice.matchAll(NEARLY)) {
    const end = m.index + m[0].length;
    hits.push({
      start: m.index, end, key: 'doubleApprox', params: { first: m[1]!, second: m[2]! },
      fixes: [replaceFix('remove', end - 1, end, '', { text: m[2]! }), replaceFix('remove', m.index, m.index + 2, '', { text: m[1]! })],
    });
  }
}

function mixedDates(slice: string, hits: Hit[]): void {
  for (const at of cnYears(slice)) {
    AR_MONTH_AFTER.lastIndex = at + 5;
    const m = AR_MONTH_AFTER.exec(slice);
    if (!m) continue;
    const month = Number(m[1]);
    const day = m[2] === undefined ? undefined : Number(m[2]);
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    const right = `${numberToCn(month)}月${day === undefined ? '' : `${numberToCn(day)}日`}`;
    pushMixed(hits, at + 5, m[0], right);
  }
  for (const m of slice.matchAll(AR_YEAR_CN_MONTH)) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // 十月革命 is a name; 八月十五, 九月初九 are lunar dates, which GB/T 15835 4.2.1 writes in Chinese.
    if (m[3] === undefined && (/^[一二三四五六七八九十初廿]/.test(after) || after === '革命')) continue;
    const month = cnToNumber(m[2]!);
    const day = m[3] === undefined ? undefined : cnToNumber(m[3]);
    if (!month || month > 12 || (m[3] !== undefined && (!day || day > 31))) continue;
    pushMixed(hits, m.index + 5, m[1]!, `${month}月${day === undefined ? '' : `${day}日`}`);
  }
}

function pushMixed(hits: Hit[], start: number, wrong: string, right: string): void {
  hits.push({
    start, end: start + wrong.length, key: 'mixedDate', params: { wrong, right },
    fixes: [replaceFix('change', start, start + wrong.length, right)],
  });
}

function leadingZeros(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(LEADING_ZERO)) {
    const unit = slice[m.index + 2]!;
    hits.push({
      start: m.index, end: m.index + 3, key: 'leadingZero', params: { wrong: `0${m[1]}${unit}`, right: `${m[1]}${unit}` },
      fixes: [replaceFix('change', m.index, m.index + 1, '', { text: `${m[1]}${unit}` })],
    });
  }
}

// Standard wording (提法) whose numbers are Chinese (4.2.3 and 4.3: 十一届全国人大一次会议,
// not 11届全国人大1次会议). Only whole phrases: `4个方面` is a count, `四个意识` a name.
const FIXED: Readonly<Record<string, string>> = {
  '4个意识': '四个意识', '4个自信': '四个自信', '2个维护': '两个维护', '2个确立': '两个确立',
  '4个全面': '四个全面', '5位一体': '五位一体', '2个一百年': '两个一百年', '3个代表': '三个代表',
  '8项规定': '八项规定', '3严3实': '三严三实', '3会1课': '三会一课', '2学1做': '两学一做',
  '1带1路': '一带一路', '1国2制': '一国两制', '3大攻坚战': '三大攻坚战', '4个伟大': '四个伟大',
  '5大发展理念': '五大发展理念', '3个务必': '三个务必', '2个结合': '两个结合', '6稳6保': '六稳六保',
};
const FIXED_AT = new RegExp(`(?:${Object.keys(FIXED).join('|')})(?!形态)`, 'y');
/** 19届4中全会, 3中全会, 19大精神, 13届全国人大1次会议, 14五规划: tried where a run of digits starts. */
const CONGRESS_AT = /(\d{1,2})届(\d)中全会|(\d)中全会|(\d{1,2})大(?=精神|报告|以来|代表|召开|胜利召开|闭幕|开幕|作出|提出|强调|部署|确立|修改|通过)|(\d{1,2})届全国(?:人大|政协)(?:(\d{1,2})次会议)?|(1[0-5])五(?=规划|时期|期间|末|以来)/y;
/** 党的19大, 中共19大: the party congress whatever follows. */
const PARTY_CONGRESS_AT = /(\d{1,2})大/y;
const DIGIT_RUN = /\d+/g;

function fixedExpressions(slice: string, hits: Hit[]): void {
  let covered = 0; // the end of the last match: 19届4中全会 is one expression, not two
  for (const run of slice.matchAll(DIGIT_RUN)) {
    const at = run.index;
    if (at < covered) continue;
    FIXED_AT.lastIndex = at;
    const fixed = FIXED_AT.exec(slice);
    if (fixed) { pushFixed(hits, at, fixed[0], FIXED[fixed[0]]!); covered = at + fixed[0].length; continue; }
    CONGRESS_AT.lastIndex = at;
    PARTY_CONGRESS_AT.lastIndex = at;
    const before = slice.slice(Math.max(0, at - 2), at);
    const m = CONGRESS_AT.exec(slice) ?? (before === '党的' || before === '中共' ? PARTY_CONGRESS_AT.exec(slice) : null);
    if (!m) continue;
    const congress = m[4] ?? (m.length === 2 ? m[1] : undefined);
    if (congress !== undefined && (Number(congress) < 1 || Number(congress) > 20)) continue;
    pushFixed(hits, at, m[0], m[0].replace(/\d+/g, (d) => numberToCn(Number(d))));
    covered = at + m[0].length;
  }
}

function pushFixed(hits: Hit[], start: number, wrong: string, right: string): void {
  hits.push({
    start, end: start + wrong.length, key: 'fixedExpression', params: { wrong, right },
    fixes: [replaceFix('change', start, start + wrong.length, right)],
  });
}
