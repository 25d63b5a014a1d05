import { numberToCn } from '../../core/numbering/numerals.js';

const CN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/**
 * A counter value as Word displays it for a `w:numFmt` (ECMA-376 §17.18.59). `chineseCounting`
 * writes digit by digit (10 → 一〇, as Word does, the classic surprise in drafts numbered past
 * nine); `chineseCountingThousand` counts with 十/百 (10 → 十, 11 → 十一), the usual `一、` list.
 * Formats Podium does not know fall back to decimal.
 */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth': case 'decimalFullWidth2': return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'chineseCounting': return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'chineseCountingThousand': case 'taiwaneseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
      return numberToCn(n, '零');
    case 'chineseLegalSimplified': return legal(n);
    case 'ideographTraditional': return cyclic(TIANGAN, n);
    case 'ideographZodiac': return cyclic(DIZHI, n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': case 'ideographEnclosedCircle': return table(CIRCLED, n);
    case 'decimalEnclosedParen': return table(PARENTHESIZED, n);
    case 'decimalEnclosedFullstop': return table(FULL_STOP, n);
    case 'lowerLetter': return letters(n).toLowerCase();
    case 'upperLetter': return letters(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'none': return '';
    default: return String(n);
  }
}

function legal(n: number): string {
  const cn = numberToCn(n, '零');
  const plain = cn.startsWith('十') ? `一${cn}` : cn; // 12 is 壹拾贰, never 拾贰
  return [...plain].map((ch) => {
    const i = CN_DIGITS.indexOf(ch);
    if (i >= 0) return LEGAL_DIGITS[i];
    return ch === '十' ? '拾' : ch === '百' ? '佰' : ch === '零' ? '零' : ch;
  }).join('');
}

function cyclic(chars: string, n: number): string {
  return n >= 1 ? chars[(n - 1) % chars.length]! : String(n);
}

function table(chars: string, n: number): string {
  return n >= 1 && n <= chars.length ? chars[n - 1]! : String(n);
}

/** A, B, … Z, AA, BB, … as Word repeats the letter. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, sym] of parts) while (n >= value) { out += sym; n -= value; }
  return out;
}
