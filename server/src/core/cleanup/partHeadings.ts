import { cnToNumber } from '../numbering/numerals.js';

/**
 * Parts that lost their headings: a paragraph opening with `一、…` or `第一，…` whose first
 * sentence is the part's title. Only a whole series counts (一, 二, 三… in order, two or more), so
 * a stray `一、二等奖` or `第一，…` in passing, or a list restarting inside a part, is left alone.
 */
const STYLES: readonly { name: string; re: RegExp }[] = [
  { name: 'dun', re: /^([一二三四五六七八九十]{1,3})、/ },
  { name: 'di', re: /^第([一二三四五六七八九十]{1,3})[，,、：:]/ },
];
const TITLE_END = /[。！？；;!?]/;
const TITLE_MAX = 60;

/** Paragraph → its replacement (`## title` and the rest as a paragraph below), for each part found. */
export function makeHeadings(paragraphs: readonly string[]): Map<string, string> {
  const levels = new Map<string, number>();
  for (const p of paragraphs) {
    const style = STYLES.find((s) => s.re.test(p));
    if (!style || levels.has(style.name)) continue;
    const values = paragraphs.map((q) => style.re.exec(q)?.[1]).filter((v) => v !== undefined).map(cnToNumber);
    if (values.length >= 2 && values.every((v, i) => v === i + 1)) levels.set(style.name, levels.size + 2);
  }
  const made = new Map<string, string>();
  for (const p of paragraphs) {
    const style = STYLES.find((s) => s.re.test(p));
    const level = style && levels.get(style.name);
    if (!level || level > 3) continue;
    const end = p.search(TITLE_END);
    const marks = '#'.repeat(level);
    if (end < 0) {
      if (p.length <= TITLE_MAX) made.set(p, `${marks} ${p}`);
    } else if (end <= TITLE_MAX) {
      const rest = p.slice(end + 1).replace(/^[\s\u3000]+/, '');
      made.set(p, rest ? `${marks} ${p.slice(0, end)}\n\n${rest}` : `${marks} ${p.slice(0, end)}`);
    }
  }
  return made;
}
