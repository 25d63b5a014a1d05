import type { Block } from '../model.js';
import { parseSpeech } from '../parse/index.js';
import { documentEol } from '../text/eol.js';
import { ColumnIndex, estimateLineWidth, findGaps, type Gap } from './wrap.js';
import { findRunInSalutation } from './salutation.js';
import { makeHeadings } from './partHeadings.js';

export interface RestoreOptions {
  /** Also turn a title run into the salutation into `#`, and leading `一、…` / `第一，…` into `##` headings. */
  readonly headings?: boolean;
}

export interface RestoreResult {
  readonly text: string;
  /** Paragraph breaks added. */
  readonly breaks: number;
  /** Of those, the ones inside a single line: a scraped draft's signature (lines a writer broke are not). */
  readonly breaksInLines: number;
  /** Wrap blanks removed inside paragraphs. */
  readonly joined: number;
  /** A salutation was put on its own line. */
  readonly salutation: boolean;
  /** Headings made (title and parts). */
  readonly headings: number;
  /** The page's line width in columns, when the text was wrapped at one. */
  readonly lineWidth?: number;
}

/**
 * Columns below a full line (measured on real PDF pastes, where justified lines vary by about one
 * column and ASCII is narrower than counted): a line ending in a sentence end shorter than `SHORT`
 * ends its paragraph; a next line shorter than `INDENTED` is indented, so it starts one; a blank
 * between Chinese characters past `WRAP_WIDE` (past `WRAP_ASCII` next to ASCII, where blanks
 * also pad Latin words and digits) is where a line wrapped.
 */
const SHORT = 2;
const INDENTED = 1.5;
const WRAP_WIDE = 4;
const WRAP_ASCII = 2;
const CLOSERS = '”’」』）)》〉】';
const FULL_WIDTH_MARK = /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2018-\u201d\u2026\u2014]/;
const RUN_IN_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[，,、]|[（(][一二三四五六七八九十]{1,3}[）)])[^。！？!?；;：:\s]{2,40}$/;
/** Longest text run into a salutation that becomes the `#` title. */
const TITLE_MAX = 80;
/** Longest opening (marker, title, a little indentation) looked at for a run-in part title. */
const RUN_IN_MAX = 60;
const NOT_A_START = /[，。、；：？！,.;:?!”’」』）)》〉】…—]/;

type Cut = 'break' | 'join' | 'space' | 'keep';

/**
 * Splits text that lost its paragraphs back into paragraphs (a judgement: the caller shows it
 * before applying). A blank after a sentence end starts a new paragraph where the line before it
 * is short or the line after it indented; a salutation run into the text gets its own line; a
 * blank that only wrapped a full line between two Chinese characters is removed. Other blanks are
 * left for cjk-spacing. Pure; only paragraph blocks of the body change.
 */
export function restoreParagraphs(text: string, options: RestoreOptions = {}): RestoreResult {
  const model = parseSpeech(text);
  const eol = documentEol(text);
  const blocks = model.blocks.filter((b) => b.kind === 'paragraph');
  const gapsOf = blocks.map((b) => findGaps(text, b.start, b.end));
  const columnsOf = blocks.map((b) => new ColumnIndex(text, b.start, b.end));
  const width = estimateLineWidth(blocks.flatMap((b, k) => certainLines(b, gapsOf[k]!, columnsOf[k]!)));
  const firstBlock = model.blocks.find((b) => b.kind !== 'html' && b.kind !== 'definition');
  const salutation = firstBlock?.kind === 'paragraph' ? findRunInSalutation(text, firstBlock.start, firstBlock.end) : undefined;
  const hasTitle = model.blocks.some((b) => b.kind === 'heading' && b.depth === 1);

  let breaks = 0;
  let breaksInLines = 0;
  let joined = 0;
  let salutationSplit = false;
  let title: string | undefined;
  const paragraphsOf: { block: Block; paragraphs: string[] }[] = [];
  blocks.forEach((block, k) => {
    const forced = salutation && block === firstBlock ? salutation : undefined;
    const cuts = decideCuts(text, block, gapsOf[k]!, columnsOf[k]!, width, forced?.end);
    const { paragraphs, split } = assemble(text, block, gapsOf[k]!, cuts, forced);
    breaks += paragraphs.length - 1;
    if (!gapsOf[k]!.some((g) => g.newline)) breaksInLines += paragraphs.length - 1;
    joined += cuts.filter((c) => c === 'join').length;
    salutationSplit ||= split;
    if (forced && options.headings && !hasTitle && forced.start > block.start && paragraphs[0]!.length <= TITLE_MAX) title = paragraphs[0];
    paragraphsOf.push({ block, paragraphs });
  });
  const made = options.headings ? makeHeadings(paragraphsOf.flatMap((p) => p.paragraphs)) : new Map<string, string>();
  if (title !== undefined) made.set(title, `# ${title}`);
  const { text: out, headings } = rewrite(text, paragraphsOf, made, eol);
  return { text: out, breaks, breaksInLines, joined, salutation: salutationSplit, headings, lineWidth: width };
}

/** The text with each block's paragraphs in place of the block, headings made where `made` says. */
function rewrite(text: string, paragraphsOf: readonly { block: Block; paragraphs: string[] }[], made: ReadonlyMap<string, string>, eol: string): { text: string; headings: number } {
  let out = '';
  let at = 0;
  let headings = 0;
  for (const { block, paragraphs } of paragraphsOf) {
    const rewritten = paragraphs.map((p) => {
      const heading = made.get(p);
      if (heading === undefined) return p;
      headings++;
      return heading.replace(/\n\n/g, eol + eol);
    });
    out += text.slice(at, block.start) + rewritten.join(eol + eol);
    at = block.end;
  }
  return { text: out + text.slice(at), headings };
}

/** Widths of the lines between newlines and blanks with non-ASCII on both sides. */
function certainLines(block: Block, gaps: readonly Gap[], columns: ColumnIndex): number[] {
  const widths: number[] = [];
  let start = block.start;
  for (const gap of gaps) {
    if (!gap.newline && !gap.wide) continue;
    widths.push(columns.width(start, gap.start));
    start = gap.end;
  }
  return widths;
}

/** What each gap of a block becomes. `salutationEnd` starts a paragraph too. */
function decideCuts(text: string, block: Block, gaps: readonly Gap[], columns: ColumnIndex, width: number | undefined, salutationEnd = -1): Cut[] {
  let lineStart = block.start;
  let paragraphStart = block.start;
  return gaps.map((gap, k) => {
    const lineWidth = columns.width(lineStart, gap.start);
    const lineEnd = wraps(gap, lineWidth, width);
    if (salutationEnd > paragraphStart && salutationEnd <= gap.start) paragraphStart = salutationEnd;
    let cut: Cut;
    if (gap.indented) cut = 'break';
    // Lines not wrapped at one width are paragraphs (a copy from Word or a web page); a short line
    // on a page that is ends one (a title, a salutation, a paragraph's last line).
    else if (gap.newline && (width === undefined || lineWidth < width - SHORT)) cut = 'break';
    else if (endsSentence(text, gap.start) && !NOT_A_START.test(text[gap.end]!)) {
      const newParagraph = width === undefined || lineWidth < width - SHORT || nextLineWidth(columns, gaps, k, width) < width - INDENTED;
      cut = newParagraph ? 'break' : wrap(gap, text);
    } else if (gap.start - paragraphStart <= RUN_IN_MAX && runInHeading(text.slice(paragraphStart, gap.start).trimStart()) && (width === undefined || lineWidth < width - SHORT)) {
      cut = 'break';
    } else cut = lineEnd ? wrap(gap, text) : 'keep';
    if (lineEnd || cut === 'break') lineStart = gap.end;
    if (cut === 'break') paragraphStart = gap.end;
    return cut;
  });
}

/**
 * A part's title run into its text (`一、要准确把握当前经济形势 20xx 年，全县…`): a paragraph that
 * opens with a part marker and holds no sentence mark before a blank ends there (a short line).
 */
function runInHeading(sinceParagraphStart: string): boolean {
  return RUN_IN_HEADING.test(sinceParagraphStart);
}

/** A line of `lineWidth` columns ended at `gap`. */
function wraps(gap: Gap, lineWidth: number, width: number | undefined): boolean {
  if (gap.newline) return true;
  return width !== undefined && lineWidth >= width - (gap.wide ? WRAP_WIDE : WRAP_ASCII);
}

/** Columns of the line after gap `k`, up to where it wraps; Infinity when it is the block's last (no evidence). */
function nextLineWidth(columns: ColumnIndex, gaps: readonly Gap[], k: number, width: number): number {
  const from = gaps[k]!.end;
  for (let j = k + 1; j < gaps.length; j++) {
    const w = columns.width(from, gaps[j]!.start);
    if (wraps(gaps[j]!, w, width)) return w;
  }
  return Infinity;
}

/**
 * A wrap between two Chinese characters goes, and so does one after a full-width mark (no blank
 * follows 。，in Chinese text); a newline next to ASCII becomes a blank; other blanks stay.
 */
function wrap(gap: Gap, text: string): Cut {
  if (gap.wide || FULL_WIDTH_MARK.test(text[gap.start - 1]!)) return 'join';
  return gap.newline ? 'space' : 'keep';
}

function endsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && CLOSERS.includes(text[i]!)) i--;
  const c = text[i];
  if (c === '。' || c === '！' || c === '？') return true;
  return (c === '!' || c === '?') && i > 0 && text.charCodeAt(i - 1) >= 0x80;
}

/** The block's paragraphs, with each gap replaced as decided; a salutation gets its own (`split` when that changed anything). */
function assemble(text: string, block: Block, gaps: readonly Gap[], cuts: readonly Cut[], salutation: { start: number; end: number } | undefined): { paragraphs: string[]; split: boolean } {
  const paragraphs: string[] = [];
  let current = '';
  let at = block.start;
  let split = false;
  const flush = () => {
    if (current) paragraphs.push(current);
    current = '';
  };
  const points = gaps.map((g, k) => ({ start: g.start, end: g.end, cut: cuts[k]! }));
  if (salutation) {
    for (const edge of [salutation.start, salutation.end]) {
      const onGap = points.find((p) => p.start <= edge && edge <= p.end);
      if (onGap) {
        split ||= onGap.cut !== 'break';
        onGap.cut = 'break';
      } else if (edge > block.start && edge < block.end) {
        points.push({ start: edge, end: edge, cut: 'break' });
        split = true;
      }
    }
    points.sort((a, b) => a.start - b.start);
  }
  for (const p of points) {
    current += text.slice(at, p.start);
    if (p.cut === 'break') flush();
    else if (p.cut === 'space') current += ' ';
    else if (p.cut === 'keep') current += text.slice(p.start, p.end);
    at = p.end;
  }
  current += text.slice(at, block.end);
  flush();
  return { paragraphs, split };
}
