import type { LeftOutKind } from './messages.js';
import type { Numbering } from './numbering.js';
import { readNumRef, readRunFormat, type ResolvedStyle, type RunFormat, type Styles } from './styles.js';
import { attr, child, childrenOf, findDescendant, onOff, tagOf, textOf, type XmlNode } from './xml.js';

/** A piece of a paragraph: text with its emphasis, a line break, or a note reference. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly headingFont: boolean }
  | { readonly kind: 'break' }
  | { readonly kind: 'note'; readonly part: 'footnotes' | 'endnotes'; readonly id: string };

export interface Paragraph {
  readonly kind: 'paragraph';
  /** The automatic-numbering label Word displays before the text (`一、`), if any. */
  readonly label?: { readonly text: string; readonly bullet: boolean };
  readonly segments: Segment[];
  readonly style: ResolvedStyle | undefined;
  readonly centred: boolean;
  /** Heading level from the style or the paragraph's own outline level. */
  readonly headingLevel?: number;
  /** Images, text boxes… anchored in this paragraph. */
  readonly leftOut: LeftOutKind[];
}

export interface LeftOut { readonly kind: 'leftOut'; readonly what: LeftOutKind; readonly preview: string }

export type DocBlock = Paragraph | LeftOut;

/** Fonts writers set headings in: 黑体, 楷体 and their named variants (SimHei, KaiTi_GB2312, 方正黑体…). */
const HEADING_FONT = /黑|楷|hei|kai/i;
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'w:del', 'w:moveFrom', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:permStart', 'w:permEnd', 'w:commentRangeStart', 'w:commentRangeEnd']);
const CHART = new Set(['c:chart']);
const TEXT_BOX = new Set(['wps:txbx', 'v:textbox', 'w:txbxContent']);
const IMAGE = new Set(['pic:pic', 'v:imagedata', 'a:blip']);

/** Reads one top-level body element (`w:p`, `w:tbl`, `w:sdt`…) into blocks. */
export function readBodyElement(node: XmlNode, styles: Styles, numbering: Numbering, out: DocBlock[]): void {
  const tag = tagOf(node);
  if (tag === 'w:p') out.push(readParagraph(node, styles, numbering));
  else if (tag === 'w:tbl') out.push({ kind: 'leftOut', what: 'table', preview: preview(node) });
  else if (tag === 'w:sdt' || tag === 'w:customXml') {
    const content = tag === 'w:sdt' ? child(node, 'w:sdtContent') : node;
    for (const c of content ? childrenOf(content) : []) readBodyElement(c, styles, numbering, out);
  } else if (tag === 'm:oMathPara') out.push({ kind: 'leftOut', what: 'equation', preview: '' });
}

function readParagraph(p: XmlNode, styles: Styles, numbering: Numbering): Paragraph {
  const pPr = child(p, 'w:pPr');
  const style = styles.resolve(attr(child(pPr, 'w:pStyle'), 'w:val'));
  const jc = attr(child(pPr, 'w:jc'), 'w:val');
  const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
  const numRef = readNumRef(child(pPr, 'w:numPr')) ?? style?.numRef;
  const base: RunFormat = { ...styles.defaults, ...style?.run };
  const segments: Segment[] = [];
  const leftOut: LeftOutKind[] = [];
  readInline(p, base, styles, segments, leftOut);
  const label = numRef ? numbering.next(numRef) : undefined;
  const headingLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style?.headingLevel;
  return { kind: 'paragraph', label, segments, style, centred: jc !== undefined ? jc === 'center' : style?.centred ?? false, headingLevel, leftOut };
}

/** Walks runs and the containers that hold runs (hyperlinks, insertions, content controls, fields). */
function readInline(node: XmlNode, base: RunFormat, styles: Styles, segments: Segment[], leftOut: LeftOutKind[]): void {
  for (const c of childrenOf(node)) {
    const tag = tagOf(c);
    if (tag === undefined || SKIPPED.has(tag)) continue;
    if (tag === 'w:r') readRun(c, base, styles, segments, leftOut);
    else if (tag === 'm:oMath' || tag === 'm:oMathPara') leftOut.push('equation');
    else if (tag === 'w:sdt') readInline(child(c, 'w:sdtContent') ?? c, base, styles, segments, leftOut);
    else if (tag === 'mc:AlternateContent') readInline(child(c, 'mc:Choice') ?? c, base, styles, segments, leftOut); // one of its versions, not both
    else readInline(c, base, styles, segments, leftOut); // w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:customXml…
  }
}

function readRun(r: XmlNode, base: RunFormat, styles: Styles, segments: Segment[], leftOut: LeftOutKind[]): void {
  const rPr = child(r, 'w:rPr');
  const charStyle = styles.resolve(attr(child(rPr, 'w:rStyle'), 'w:val') ?? '\u0000none');
  if (onOff(child(rPr, 'w:vanish')) || onOff(child(rPr, 'w:specVanish'))) return; // hidden text: Word does not show it
  const format: RunFormat = { ...base, ...charStyle?.run, ...definedRun(readRunFormat(rPr)) };
  const bold = format.bold === true;
  const italic = format.italic === true;
  const headingFont = (format.fonts ?? []).some((f) => HEADING_FONT.test(f));
  const push = (text: string) => { if (text) segments.push({ kind: 'text', text, bold, italic, headingFont }); };
  for (const c of childrenOf(r)) {
    switch (tagOf(c)) {
      case 'w:t': push(textOf(c)); break;
      case 'w:tab': case 'w:ptab': push('\t'); break;
      case 'w:br': case 'w:cr':
        if (attr(c, 'w:type') !== 'page' && attr(c, 'w:type') !== 'column') segments.push({ kind: 'break' });
        break;
      case 'w:noBreakHyphen': push('-'); break;
      case 'w:sym': push(symbol(attr(c, 'w:char'))); break;
      case 'w:footnoteReference': segments.push({ kind: 'note', part: 'footnotes', id: attr(c, 'w:id') ?? '' }); break;
      case 'w:endnoteReference': segments.push({ kind: 'note', part: 'endnotes', id: attr(c, 'w:id') ?? '' }); break;
      case 'w:drawing': case 'w:pict': case 'mc:AlternateContent': case 'w:object':
        leftOut.push(classifyDrawing(c));
        break;
      default: break; // w:rPr, w:instrText (field codes), w:fldChar, w:lastRenderedPageBreak, w:delText…
    }
  }
}

function definedRun(f: RunFormat): RunFormat {
  const out: RunFormat = {};
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.fonts !== undefined) out.fonts = f.fonts;
  return out;
}

/** `w:sym` gives a hex code in a symbol font; Unicode fonts map F0xx to the Latin-1 range. */
function symbol(hex: string | undefined): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return '';
  const unicode = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return unicode >= 0x20 ? String.fromCodePoint(unicode) : '';
}

function classifyDrawing(node: XmlNode): LeftOutKind {
  if (tagOf(node) === 'w:object') return 'object';
  if (findDescendant(node, CHART)) return 'chart';
  if (findDescendant(node, TEXT_BOX)) return 'textBox';
  if (findDescendant(node, IMAGE)) return 'image';
  return 'object';
}

/** The first words of a table, so the writer can find it in the draft. */
function preview(node: XmlNode): string {
  let text = '';
  const walk = (n: XmlNode) => {
    for (const c of childrenOf(n)) {
      if (text.length >= 30) return;
      if (tagOf(c) === 'w:t') text += textOf(c);
      else walk(c);
      if (tagOf(c) === 'w:p' && text && !text.endsWith(' ')) text += ' ';
    }
  };
  walk(node);
  return text.trim().slice(0, 30);
}
