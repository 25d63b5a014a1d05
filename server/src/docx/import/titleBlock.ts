import { plainText } from './inline.js';
import type { DocBlock, Paragraph } from './paragraphs.js';

export interface TitleBlock {
  title?: string;
  speaker?: string;
  date?: string;
  occasion?: string;
  /** Index of the first block after the title block. */
  end: number;
}

const CN = '〇零一二三四五六七八九十';
const DATE = new RegExp(`^[（(]?\\s*([0-9０-９${CN}]{4})\\s*年\\s*([0-9０-９]{1,2}|[${CN}]{1,2})\\s*月\\s*([0-9０-９]{1,2}|[${CN}]{1,3})\\s*日\\s*[）)]?$`);
const SUBTITLE = /^[—–-]{1,2}\s*(?:在(.+?)上的(?:讲话|致辞|发言|报告))?/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_DATE = /^(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})$/i;
/** Styles whose name says what the line is (Podium's export names them so; a writer's template may too). */
const ROLES: Readonly<Record<string, 'date' | 'speaker' | 'subtitle'>> = { 'speech date': 'date', date: 'date', speaker: 'speaker', subtitle: 'subtitle' };
const TITLE_END = /(讲话|致辞|发言|报告|讲稿|演讲|会议)$/;

/**
 * The centred lines at the top of a draft: a title (maybe over two lines), then a speaker's name
 * line, a date line `（2020年7月15日）` and a subtitle `——在…上的讲话`, in the orders offices use.
 * Stops at the first paragraph that is not centred (nor in the Title style).
 */
export function readTitleBlock(blocks: readonly DocBlock[]): TitleBlock {
  const result: TitleBlock = { end: 0 };
  const titleLines: string[] = [];
  let i = 0;
  for (; i < blocks.length && i < 8; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !isTitleLine(b)) break;
    const text = oneLine(plainText(b.segments));
    if (!text) continue;
    const role = ROLES[b.style?.name.toLowerCase() ?? ''];
    const date = DATE.exec(text);
    const english = ENGLISH_DATE.exec(text);
    const subtitle = SUBTITLE.exec(text);
    if (role === 'date') result.date = readDate(text, false) ?? text.replace(/^[（(]|[）)]$/g, '');
    else if (role === 'speaker') result.speaker = text;
    else if ((date || english) && titleLines.length > 0) result.date = readDate(text) ?? result.date;
    else if (role === 'subtitle' || (subtitle?.[0] && titleLines.length > 0)) result.occasion = (subtitle?.[1] ?? text.slice(subtitle?.[0].length ?? 0)).trim();
    else if (titleLines.length === 0 || b.style?.isTitle) titleLines.push(text);
    else if (!result.speaker && isNameLine(text)) result.speaker = text;
    else if (!result.speaker && !result.date) titleLines.push(text);
    else break;
  }
  result.end = i;
  if (titleLines.length > 0) result.title = titleLines.join(/[\p{Script=Han}]$/u.test(titleLines[0]!) ? '' : ' ');
  return result;
}

function isTitleLine(p: Paragraph): boolean {
  return p.style?.isTitle === true || ROLES[p.style?.name.toLowerCase() ?? ''] !== undefined || (p.centred && p.headingLevel === undefined);
}

/** A speaker line: short, no sentence punctuation, not the end of a title (…讲话). */
function isNameLine(text: string): boolean {
  return [...text].length <= 24 && !/[。，；！？,;!?]/.test(text) && !TITLE_END.test(text);
}

function oneLine(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** `（2020年7月15日）`, `（二〇二〇年七月十五日）`, `July 15, 2020` → `2020-07-15`. */
function readDate(text: string, valid = true): string | undefined {
  const cn = DATE.exec(text);
  if (cn) return toIsoDate(cn[1]!, cn[2]!, cn[3]!, valid);
  const en = ENGLISH_DATE.exec(text);
  if (en) return toIsoDate(en[3]!, String(MONTHS.indexOf(en[1]!.toLowerCase()) + 1), en[2]!, valid);
  return undefined;
}

/**
 * `valid`: only a real calendar date. A line in the date style keeps what it says (2020-02-30),
 * so that Podium reports it in the speech as it did before export.
 */
function toIsoDate(y: string, m: string, d: string, valid: boolean): string | undefined {
  const [year, month, day] = [y, m, d].map(toNumber);
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (valid && (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DIGIT: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 2020, ２０２０, 二〇二〇 (digit by digit), 十五, 二十一. */
function toNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!s.includes('十')) return Number([...s].map((c) => DIGIT[c] ?? 0).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? DIGIT[tens] ?? 0 : 1) * 10 + (ones ? DIGIT[ones] ?? 0 : 0);
}
