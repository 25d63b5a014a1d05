/**
 * Word import: a .docx draft in, a speech's Markdown out. Pure (no editor, protocol or Node
 * imports): the CLI, the language server and the tests call it with bytes.
 *
 * Why not mammoth: it turns Heading *styles* into headings, but real drafts have none — their
 * headings are plain paragraphs in 黑体/楷体 whose `一、` often lives in numbering.xml, which
 * mammoth does not read, nor East Asian fonts (`w:eastAsia`), nor centred title blocks. What it
 * would still do for us (unzip, walk runs) is a small part of this module; it would add a second
 * XML stack and a model without the facts we need. So: fflate (unzip with size checks before
 * inflating) and fast-xml-parser (no external entities), and our own reading of OOXML.
 */
import type { Message } from '../../core/i18n.js';
import { bodyElements } from './body.js';
import { compose } from './compose.js';
import { readNotes } from './footnotes.js';
import { Numbering } from './numbering.js';
import { openPackage, type Part } from './package.js';
import { readBodyElement, type DocBlock } from './paragraphs.js';
import { Styles } from './styles.js';
import type { UnzipLimits } from './unzip.js';
import { parseFragment, parseXml, refuseDoctype } from './xml.js';

export { DocxImportError } from './errors.js';
export { DEFAULT_LIMITS, type UnzipLimits } from './unzip.js';

export interface ImportOptions {
  /** Shown in messages, and the title when the draft has none (without its extension). */
  readonly fileName?: string;
  readonly limits?: UnzipLimits;
}

export interface ImportResult {
  /** The speech, LF line ends, front matter first. */
  readonly markdown: string;
  /** What the import guessed or left out, for the writer to check. */
  readonly notes: { readonly message: Message }[];
}

/** Body elements parsed between two yields to the event loop (keeps a server answering during a long import). */
const YIELD_EVERY = 2000;

/**
 * Imports a .docx. Throws `DocxImportError` (with a message in every language) for what is not a
 * readable .docx: an old .doc/.wps, an encrypted file, a damaged zip, a zip bomb, crafted XML.
 */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const file = options.fileName ?? 'The document';
  const pkg = openPackage(bytes, file, options.limits);
  const parse = (part: Part | undefined) => (part === undefined ? undefined : parseXml(part.text, part.name, file));
  const styles = new Styles(parse(pkg.styles));
  const numbering = new Numbering(parse(pkg.numbering));
  refuseDoctype(pkg.document.text, pkg.document.name, file);
  const blocks: DocBlock[] = [];
  let count = 0;
  for (const element of bodyElements(pkg.document.text)) {
    for (const node of parseFragment(element, pkg.document.name, file)) readBodyElement(node, styles, numbering, blocks);
    if (++count % YIELD_EVERY === 0) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const notes = {
    footnotes: readNotes(parse(pkg.footnotes), 'w:footnotes', styles),
    endnotes: readNotes(parse(pkg.endnotes), 'w:endnotes', styles),
  };
  const fileTitle = (options.fileName ?? 'Imported speech').replace(/^.*[\\/]/, '').replace(/\.(docx|docm|dotx)$/i, '');
  const composed = compose(blocks, notes, { fileTitle, hadHeadersOrFooters: pkg.hadHeadersOrFooters, fromPodium: pkg.creator === 'Podium', storedFrontMatter: pkg.customProperties.get('PodiumFrontMatter') });
  return { markdown: composed.markdown, notes: composed.notes.map((message) => ({ message })) };
}
