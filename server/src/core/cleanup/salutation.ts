/**
 * A salutation run into the text, as a scraped draft has it (`…讲话稿 同志们: 这次会议…`). It is
 * looked for only near the start of the speech's first paragraph, where a speech opens with one.
 */
const ZH = /(?:尊敬的[^。！？!?\n]{1,40}?|(?:各位|全体|亲爱的)[^。！？!?：:\s]{1,30}?|(?:[^\s。！？!?：:，,、]{1,8}、)?(?:同志们|同学们|朋友们|女士们、先生们|先生们、女士们|老师们|来宾们))[：:]/g;
const EN = /\b(?:Ladies and gentlemen|Dear (?:friends|colleagues|guests|delegates|members)|Distinguished guests[^,:.!?]{0,40}|Good (?:morning|afternoon|evening)(?:,? (?:everyone|all|everybody))?)[,:]/gi;

/** How far into the first paragraph a salutation may begin (after a title run into it). */
const SEARCH_LIMIT = 300;

/** The salutation's span, when one begins at a boundary (start, a blank, a sentence end) near `from`. */
export function findRunInSalutation(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const limit = Math.min(to, from + SEARCH_LIMIT);
  for (const re of [ZH, EN]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      if (m.index === from || /[\s。！？!?]/.test(text[m.index - 1]!)) return { start: m.index, end };
    }
  }
  return undefined;
}
