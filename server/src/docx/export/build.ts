/**
 * Writes a layout and the speech's paragraphs as a .docx with the `docx` library. Loaded only
 * when a document is exported (index.ts imports it lazily), so `podium lint` never pays for it.
 */
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IParagraphStyleOptions, type IRunOptions,
} from 'docx';
import type { ExportParagraph, ParagraphKind, SpeechContent } from './content.js';
import type { Layout, ParagraphLook, TextLook } from './layout.js';

/** Word's style ids; the built-in ones (Title, Heading 1–4, Normal) make the navigation pane show the outline. */
export const STYLE_IDS: Readonly<Record<ParagraphKind, { id: string; name: string }>> = {
  body: { id: 'Normal', name: 'Normal' },
  title: { id: 'Title', name: 'Title' },
  subtitle: { id: 'Subtitle', name: 'Subtitle' },
  heading1: { id: 'Heading1', name: 'heading 1' },
  heading2: { id: 'Heading2', name: 'heading 2' },
  heading3: { id: 'Heading3', name: 'heading 3' },
  heading4: { id: 'Heading4', name: 'heading 4' },
  speaker: { id: 'PodiumSpeaker', name: 'Speaker' },
  date: { id: 'PodiumDate', name: 'Speech Date' },
  salutation: { id: 'PodiumSalutation', name: 'Salutation' },
  plain: { id: 'PodiumPlain', name: 'Plain Text' },
};

const OUTLINE: Partial<Record<ParagraphKind, number>> = { heading1: 0, heading2: 1, heading3: 2, heading4: 3 };
const twips = (pt: number) => Math.round(pt * 20);
const mmTwips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** Fonts for every script of a run: without `eastAsia`, Chinese text falls back to the default font. */
function fontOf(look: TextLook, lang: Layout['lang']) {
  return { ascii: look.latin, hAnsi: look.latin, cs: look.latin, eastAsia: look.font, ...(lang === 'zh-CN' ? { hint: 'eastAsia' } : {}) };
}

function runProps(look: TextLook, lang: Layout['lang']) {
  return {
    font: fontOf(look, lang),
    size: look.size * 2,
    sizeComplexScript: look.size * 2,
    bold: look.bold ?? false,
    italics: look.italic ?? false,
    color: '000000',
    ...(look.characterSpacing ? { characterSpacing: twips(look.characterSpacing) } : {}),
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

function paragraphProps(look: ParagraphLook) {
  const line = 'exact' in look.line
    ? { line: twips(look.line.exact), lineRule: LineRuleType.EXACT }
    : { line: Math.round(look.line.multiple * 240), lineRule: LineRuleType.AUTO };
  return {
    alignment: look.align === 'center' ? AlignmentType.CENTER : look.align === 'both' ? AlignmentType.BOTH : AlignmentType.LEFT,
    spacing: { before: twips(look.before ?? 0), after: twips(look.after ?? 0), ...line },
    indent: look.indentChars
      ? { firstLine: twips(look.indentChars * (look.size + (look.characterSpacing ?? 0))), firstLineChars: look.indentChars * 100 }
      : { firstLine: 0, firstLineChars: 0 },
    keepNext: look.keepNext ?? false,
    keepLines: look.keepLines ?? false,
    widowControl: look.widowControl,
    overflowPunctuation: false,
  };
}

/** docx's own styles that would otherwise keep their blue colour (Heading 5–6, Caption). */
const OVERRIDDEN: readonly { id: string; name: string; like: ParagraphKind }[] = [
  { id: 'Heading5', name: 'heading 5', like: 'heading4' },
  { id: 'Heading6', name: 'heading 6', like: 'heading4' },
  { id: 'Caption', name: 'caption', like: 'plain' },
];

function styles(layout: Layout): IParagraphStyleOptions[] {
  const extra = OVERRIDDEN.map(({ id, name, like }) => ({
    id, name, next: 'Normal',
    run: runProps(layout.styles[like], layout.lang), paragraph: paragraphProps(layout.styles[like]),
  }));
  // Word's own Footer style, standing alone: footers must not take the body's indent, grid or tightening.
  const footerLook = layout.footer.look;
  const footer: IParagraphStyleOptions = {
    id: 'Footer', name: 'footer', run: runProps(footerLook, layout.lang),
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0, firstLineChars: 0 } },
  };
  return [footer, ...(Object.keys(STYLE_IDS) as ParagraphKind[]).map((kind) => {
    const look = layout.styles[kind];
    const { id, name } = STYLE_IDS[kind];
    const outline = OUTLINE[kind];
    return {
      id, name,
      // docx drops a zero character spacing, so a style that must not inherit Normal's tightening stands alone.
      ...(kind === 'body' ? {} : (look.characterSpacing ?? 0) === (layout.styles.body.characterSpacing ?? 0) ? { basedOn: 'Normal', next: 'Normal' } : { next: 'Normal' }),
      quickFormat: true,
      run: runProps(look, layout.lang),
      paragraph: { ...paragraphProps(look), ...(outline === undefined ? {} : { outlineLevel: outline }) },
    };
  }), ...extra];
}

function paragraphOf(p: ExportParagraph, layout: Layout, lastOfTitleBlock: boolean): Paragraph {
  const look = layout.styles[p.kind];
  const font = fontOf(look, layout.lang);
  const children = p.runs.map((r) => {
    const options: IRunOptions = { text: r.text, font, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) };
    return new TextRun(options);
  });
  return new Paragraph({
    style: STYLE_IDS[p.kind].id,
    children,
    ...(lastOfTitleBlock ? { spacing: { after: twips(layout.afterTitleBlock) } } : {}),
  });
}

function footers(layout: Layout, title: string) {
  const f = layout.footer;
  const font = fontOf(f.look, layout.lang);
  const number = (align: 'left' | 'right' | 'center') => new Paragraph({
    style: 'Footer',
    alignment: align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    // One character of the page number's size in from the edge (GB/T 9704-2012 7.5).
    indent: align === 'left' ? { left: twips(f.look.size) } : align === 'right' ? { right: twips(f.look.size) } : {},
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({
      font, size: f.look.size * 2, color: '000000',
      children: f.dashes ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT],
    })],
  });
  const titleLine = f.title && title
    ? [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: title, font: fontOf(f.title, layout.lang), size: f.title.size * 2, italics: f.title.italic ?? false, color: '000000' })] })]
    : [];
  if (f.placement === 'centre') return { default: new Footer({ children: [number('center'), ...titleLine] }) };
  return {
    default: new Footer({ children: [number('right'), ...titleLine] }),
    even: new Footer({ children: [number('left'), ...titleLine] }),
  };
}

/** The .docx bytes. */
export async function buildDocx(content: SpeechContent, layout: Layout): Promise<Uint8Array> {
  const body = layout.styles.body;
  const titleKinds = new Set<ParagraphKind>(['title', 'subtitle', 'speaker', 'date']);
  const lastTitle = content.paragraphs.findLastIndex((p) => titleKinds.has(p.kind));
  const page = layout.page;
  const doc = new Document({
    title: content.title,
    creator: 'Podium',
    customProperties: content.frontMatter ? [{ name: 'PodiumFrontMatter', value: content.frontMatter }] : [],
    evenAndOddHeaderAndFooters: layout.footer.placement === 'alternating',
    theme: { fonts: { headings: { latin: body.latin, eastAsia: body.font }, body: { latin: body.latin, eastAsia: body.font } } },
    styles: {
      // Document defaults name the fonts only: footers and docx's other styles must not inherit the body's grid.
      default: { document: { run: { ...runProps({ ...body, characterSpacing: 0 }, layout.lang) }, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: styles(layout),
    },
    sections: [{
      properties: {
        page: {
          size: { width: mmTwips(page.width), height: mmTwips(page.height) },
          margin: {
            top: mmTwips(page.top), bottom: mmTwips(page.bottom), left: mmTwips(page.left), right: mmTwips(page.right),
            footer: mmTwips(page.footer), header: mmTwips(15),
          },
        },
      },
      footers: footers(layout, content.title),
      children: content.paragraphs.map((p, i) => paragraphOf(p, layout, i === lastTitle)),
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
