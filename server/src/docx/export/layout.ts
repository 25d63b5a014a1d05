/**
 * The page and the paragraph styles of each layout, in points and millimetres, independent of the
 * Word library. Clause numbers are GB/T 9704-2012's (党政机关公文格式).
 */
import type { Lang } from '../../core/index.js';
import type { ParagraphKind } from './content.js';
import type { ResolvedOptions } from './options.js';

export interface TextLook {
  /** East Asian font (the one that matters for Chinese text). */
  readonly font: string;
  /** Font for Latin letters and digits. */
  readonly latin: string;
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Extra space between characters, in points (negative tightens). */
  readonly characterSpacing?: number;
}

export interface ParagraphLook extends TextLook {
  readonly align: 'left' | 'center' | 'both';
  /** First-line indent in characters of this paragraph's size. */
  readonly indentChars: number;
  /** Exact line height in points, or a multiple of single spacing. */
  readonly line: { readonly exact: number } | { readonly multiple: number };
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  /** Word's widow and orphan control: off where every page must hold the same number of lines. */
  readonly widowControl: boolean;
}

export interface Layout {
  readonly lang: Lang;
  /** Millimetres. */
  readonly page: { readonly width: number; readonly height: number; readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly footer: number };
  readonly styles: Readonly<Record<ParagraphKind, ParagraphLook>>;
  /** Space after the title block, in points. */
  readonly afterTitleBlock: number;
  readonly footer: {
    /** `alternating`: odd pages right, even pages left, one character in (GB/T 9704-2012 7.5). */
    readonly placement: 'alternating' | 'centre';
    readonly look: TextLook;
    /** Em dashes around the number: `— 1 —`. */
    readonly dashes: boolean;
    /** The reading copy repeats the title under the page number. */
    readonly title?: TextLook;
  };
}

type Looks = Record<ParagraphKind, ParagraphLook>;

/** The layout for a speech in its language; English speeches get a plain layout, never 公文 format. */
export function layoutFor(lang: Lang, o: ResolvedOptions): Layout {
  if (lang === 'en') return englishLayout(o);
  return o.layout === 'reading' ? readingLayout(o) : officialLayout(o);
}

function officialLayout(o: ResolvedOptions): Layout {
  const { fonts: f, sizes: s } = o;
  // 5.2.3: 22 lines of 28 characters in the 156 × 225 mm text block of 5.2.1. A fixed 28 pt line gives
  // 22 lines in 225 mm; at 16 pt only 27 characters fit 156 mm, so characters are tightened by
  // a quarter point (28 × 15.75 pt = 441 pt ≤ 442.2 pt). Word's document grid would do the same in
  // Word, but LibreOffice lays it out differently, so the grid is not used.
  const body: ParagraphLook = {
    font: f.body, latin: f.latin, size: s.body, characterSpacing: gridSpacing(s.body),
    align: 'both', indentChars: 2, line: { exact: 28 }, widowControl: false,
  };
  const centred = (font: string, size = s.body): ParagraphLook => ({ ...body, font, size, align: 'center', indentChars: 0 });
  const heading = (font: string): ParagraphLook => ({ ...body, font, align: 'left', keepNext: true });
  // 7.3.1: the title in 2号小标宋, centred.
  const looks = chineseLooks(f, body, centred, heading, { ...centred(f.title, s.title), characterSpacing: undefined });
  return {
    lang: 'zh-CN',
    // 5.1, 5.2.1: A4; 天头 37 mm, 订口 28 mm, text block 156 × 225 mm, hence bottom 35 and right 26.
    page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26, footer: 25 },
    styles: looks,
    afterTitleBlock: 28,
    // 7.5: 4号半角宋体阿拉伯数字 between em dashes, 7 mm under the text block, odd right, even left, one character in.
    footer: { placement: 'alternating', dashes: true, look: { font: f.pageNumber, latin: f.pageNumber, size: s.pageNumber } },
  };
}

const TEXT_WIDTH_PT = (156 / 25.4) * 72;

/** Character spacing, in twentieths of a point rounded down, that fits 28 characters in 156 mm. */
function gridSpacing(size: number): number {
  return Math.floor((TEXT_WIDTH_PT / 28 - size) * 20) / 20;
}

/**
 * The paragraph looks both Chinese layouts share, from their body look: the title block centred,
 * speaker and date in 楷体, and (7.3.3) 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋.
 */
function chineseLooks(
  f: ResolvedOptions['fonts'], body: ParagraphLook, centred: (font: string) => ParagraphLook,
  heading: (font: string) => ParagraphLook, title: ParagraphLook,
): Looks {
  return {
    body,
    salutation: { ...body, indentChars: 0 },
    plain: { ...body, indentChars: 0, align: 'left' },
    title,
    subtitle: centred(f.body),
    speaker: centred(f.kai),
    date: centred(f.kai),
    heading1: heading(f.hei),
    heading2: heading(f.kai),
    heading3: heading(f.body),
    heading4: heading(f.body),
  };
}

function readingLayout(o: ResolvedOptions): Layout {
  const { fonts: f, sizes: s } = o;
  const size = s.reading;
  const lineHeight = Math.round(size * 1.8);
  const body: ParagraphLook = {
    font: f.body, latin: f.latin, size, align: 'both', indentChars: 2, line: { exact: lineHeight },
    keepLines: true, widowControl: true, after: Math.round(size / 3),
  };
  const centred = (font: string, sz = size): ParagraphLook => ({ ...body, font, size: sz, align: 'center', indentChars: 0, after: 0 });
  const heading = (font: string): ParagraphLook => ({ ...body, font, align: 'left', keepNext: true, before: Math.round(size / 2) });
  const titleSize = Math.max(s.title, size + 6);
  return {
    lang: 'zh-CN',
    page: { width: 210, height: 297, top: 25, bottom: 25, left: 25, right: 25, footer: 10 },
    styles: {
      ...chineseLooks(f, body, centred, heading, { ...centred(f.title, titleSize), line: { exact: Math.round(titleSize * 1.5) } }),
    },
    afterTitleBlock: lineHeight,
    footer: {
      placement: 'centre', dashes: true,
      look: { font: f.pageNumber, latin: f.pageNumber, size: s.pageNumber },
      title: { font: f.kai, latin: f.latin, size: 10.5 },
    },
  };
}

function englishLayout(o: ResolvedOptions): Layout {
  const reading = o.layout === 'reading';
  const font = o.fonts.english;
  const size = reading ? o.sizes.english + 2 : o.sizes.english;
  const body: ParagraphLook = {
    font, latin: font, size, align: 'left', indentChars: 0, line: { multiple: reading ? 2 : 1.5 },
    after: reading ? 12 : 8, widowControl: true, keepLines: reading,
  };
  const heading = (bold: boolean, italic: boolean): ParagraphLook => ({ ...body, bold, italic, keepNext: true, before: size, after: size / 2 });
  return {
    lang: 'en',
    page: { width: 210, height: 297, top: 25.4, bottom: 25.4, left: 25.4, right: 25.4, footer: 12.7 },
    styles: {
      body,
      salutation: body,
      plain: body,
      title: { ...body, size: size + 6, bold: true, align: 'center', line: { multiple: 1.15 }, after: 6 },
      subtitle: { ...body, italic: true, align: 'center', after: 0 },
      speaker: { ...body, align: 'center', after: 0 },
      date: { ...body, align: 'center', after: 0 },
      heading1: { ...heading(true, false), size: size + 2 },
      heading2: heading(true, false),
      heading3: heading(true, true),
      heading4: heading(false, true),
    },
    afterTitleBlock: size * 2,
    footer: { placement: 'centre', dashes: false, look: { font, latin: font, size: size - 2 }, ...(reading ? { title: { font, latin: font, size: 9, italic: true } } : {}) },
  };
}
