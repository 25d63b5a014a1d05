/**
 * Where a PDF's lines were wrapped. Text copied from a PDF keeps each line break as a space (a
 * document site's viewer) or a newline, so one paragraph reads `…有关 要求落实…`, and the break
 * at a paragraph's end looks the same as one inside it. Lines of one document have nearly one
 * width, measured in columns (a Chinese character or full-width mark is one, ASCII half): a line
 * much shorter than that ends a paragraph, one two columns short starts one (its indentation).
 */

/** A run of blanks between two pieces of text in one paragraph block, maybe across a line break. */
export interface Gap {
  readonly start: number;
  readonly end: number;
  readonly newline: boolean;
  /** A newline followed by indentation (`　　`, two spaces): a paragraph started there. */
  readonly indented: boolean;
  /**
   * Both neighbours are Chinese (or a half-width mark that belongs to Chinese text, as in `指导性, 我们`):
   * nothing but a wrap, or a stray space, puts a blank there.
   */
  readonly wide: boolean;
}

const GAP = /[ \t\u3000]*\r?\n[ \t\u3000]*|[ \t\u3000]+/g;

/** The blanks inside `text.slice(start, end)`, not counting leading or trailing ones. */
export function findGaps(text: string, start: number, end: number): Gap[] {
  const gaps: Gap[] = [];
  GAP.lastIndex = start;
  for (let m = GAP.exec(text); m && m.index < end; m = GAP.exec(text)) {
    const gStart = m.index;
    const gEnd = Math.min(gStart + m[0].length, end);
    if (gStart === start || gEnd >= end) continue;
    const newline = m[0].includes('\n');
    const after = m[0].slice(m[0].lastIndexOf('\n') + 1);
    gaps.push({
      start: gStart, end: gEnd, newline,
      indented: newline && (after.includes('\u3000') || after.length >= 2),
      wide: wideBefore(text.charCodeAt(gStart - 1)) && wideAfter(text.charCodeAt(gEnd)),
    });
  }
  return gaps;
}

function wideBefore(code: number): boolean {
  return code >= 0x80 || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29; // , ; : )
}

function wideAfter(code: number): boolean {
  return code >= 0x80 || code === 0x28; // (
}

/** Columns a character takes on a printed line: CJK, full-width marks and curly quotes one, others half. */
export function columns(code: number): number {
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // the second half of an astral character, counted with the first
  return code >= 0x2000 ? 1 : 0.5;
}

/**
 * Columns from a block's start to each offset in it, so the width of any line is one subtraction
 * (measuring each line from scratch made a long paragraph quadratic). A blank counts half, as a
 * narrow space on the page.
 */
export class ColumnIndex {
  readonly #start: number;
  readonly #sums: Float64Array;

  constructor(text: string, start: number, end: number) {
    this.#start = start;
    this.#sums = new Float64Array(end - start + 1);
    for (let i = start; i < end; i++) this.#sums[i - start + 1] = this.#sums[i - start]! + columns(text.charCodeAt(i));
  }

  /** Columns of the text between two offsets of the block. */
  width(from: number, to: number): number {
    return this.#sums[to - this.#start]! - this.#sums[from - this.#start]!;
  }
}

/**
 * The width of a full line: the centre of the narrowest band (1.5 columns) that holds the most
 * lines measured between certain wraps (blanks with Chinese on both sides, and newlines). Justified
 * lines of one page fall in such a band; indented first lines sit two columns below it, last lines
 * anywhere. Undefined when no band holds most lines, i.e. the text was not wrapped at a fixed width.
 */
export function estimateLineWidth(lineWidths: readonly number[]): number | undefined {
  const candidates = lineWidths.filter((w) => w >= 12 && w <= 80).sort((a, b) => a - b);
  let best = 0;
  let bestAt = 0;
  for (let i = 0, j = 0; j < candidates.length; j++) {
    while (candidates[j]! - candidates[i]! > 1.5) i++;
    if (j - i + 1 > best) {
      best = j - i + 1;
      bestAt = i;
    }
  }
  // Most measured lines must sit in the band; a few sentences that happen to be alike do not make a page.
  if (best < 4 || best < lineWidths.length * 0.4) return undefined;
  return candidates[bestAt + (best >> 1)]!;
}
