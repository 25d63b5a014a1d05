import { MSG } from './messages.js';
import { DocxImportError } from './errors.js';
import { sniff } from './sniff.js';
import { DEFAULT_LIMITS, unzipParts, type UnzipLimits } from './unzip.js';
import { attr, child, childrenNamed, childrenOf, parseXml, rootElement, textOf } from './xml.js';

/** The parts of a .docx Podium reads, as text, found through the package's relationships. */
/** A part's path in the package and its text. */
export interface Part { readonly name: string; readonly text: string }

export interface DocxPackage {
  readonly document: Part;
  readonly styles?: Part;
  readonly numbering?: Part;
  readonly footnotes?: Part;
  readonly endnotes?: Part;
  /** `dc:creator` of docProps/core.xml: the application or person that made the document. */
  readonly creator?: string;
  /** Custom document properties (docProps/custom.xml) by name, as text. */
  readonly customProperties: ReadonlyMap<string, string>;
  /** Whether the draft has headers or footers (never read: page numbers, running titles). */
  readonly hadHeadersOrFooters: boolean;
}

/** Headers, footers, images and the rest are never inflated. */
const NOT_READ = /(^|\/)(header|footer|media|embeddings|theme|fontTable|settings|webSettings|glossary|customXml|comments|people|docProps\/(?!core\.xml|custom\.xml))/i;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export function openPackage(bytes: Uint8Array, file: string, limits: UnzipLimits = DEFAULT_LIMITS): DocxPackage {
  sniff(bytes, file);
  const { parts, names } = unzipParts(bytes, (n) => /\.(xml|rels)$/i.test(n) && !NOT_READ.test(n), file, limits);
  const text = (name: string | undefined) => {
    const data = name === undefined ? undefined : parts.get(name);
    return data && decode(data);
  };
  const rootRels = relationships(text('_rels/.rels'), '_rels/.rels', file);
  const documentPart = resolveTarget('', rootRels.get('officeDocument')) ?? 'word/document.xml';
  const documentText = text(documentPart);
  if (documentText === undefined) throw new DocxImportError(MSG.notWord, { file, ...hintFor(names) });
  const dir = documentPart.includes('/') ? documentPart.slice(0, documentPart.lastIndexOf('/') + 1) : '';
  const relsName = `${dir}_rels/${documentPart.slice(dir.length)}.rels`;
  const rels = relationships(text(relsName), relsName, file);
  const part = (type: string): Part | undefined => {
    const name = resolveTarget(dir, rels.get(type));
    const body = text(name);
    return name === undefined || body === undefined ? undefined : { name, text: body };
  };
  return {
    document: { name: documentPart, text: documentText },
    styles: part('styles'), numbering: part('numbering'), footnotes: part('footnotes'), endnotes: part('endnotes'),
    creator: creatorOf(text('docProps/core.xml'), file),
    customProperties: customPropertiesOf(text('docProps/custom.xml'), file),
    hadHeadersOrFooters: names.some((n) => /(^|\/)(header|footer)\d*\.xml$/i.test(n)),
  };
}

/** Relationship targets by type (the last segment of the type URI). */
function relationships(xml: string | undefined, part: string, file: string): Map<string, string> {
  const map = new Map<string, string>();
  if (xml === undefined) return map;
  const root = rootElement(parseXml(xml, part, file), 'Relationships');
  for (const r of childrenNamed(root, 'Relationship')) {
    const type = attr(r, 'Type') ?? '';
    const target = attr(r, 'Target');
    if (target === undefined || attr(r, 'TargetMode') === 'External') continue;
    const short = type.startsWith(REL) ? type.slice(REL.length) : type.startsWith(STRICT_REL) ? type.slice(STRICT_REL.length) : type.slice(type.lastIndexOf('/') + 1);
    if (!map.has(short)) map.set(short, target);
  }
  return map;
}

function creatorOf(xml: string | undefined, file: string): string | undefined {
  if (xml === undefined) return undefined;
  const creator = child(rootElement(parseXml(xml, 'docProps/core.xml', file), 'cp:coreProperties'), 'dc:creator');
  return creator ? textOf(creator).trim() : undefined;
}

function customPropertiesOf(xml: string | undefined, file: string): Map<string, string> {
  const map = new Map<string, string>();
  if (xml === undefined) return map;
  for (const property of childrenNamed(rootElement(parseXml(xml, 'docProps/custom.xml', file), 'Properties'), 'property')) {
    const name = attr(property, 'name');
    const value = childrenOf(property)[0];
    if (name !== undefined && value) map.set(name, textOf(value));
  }
  return map;
}

function resolveTarget(dir: string, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  const joined = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}

function hintFor(names: readonly string[]): { hint: string; hintZh: string } {
  if (names.includes('content.xml') && names.includes('mimetype')) return { hint: '; it is an OpenDocument file (.odt)', hintZh: '；这是 OpenDocument 文档（.odt）' };
  if (names.some((n) => n.startsWith('xl/'))) return { hint: '; it is an Excel workbook', hintZh: '；这是 Excel 工作簿' };
  if (names.some((n) => n.startsWith('ppt/'))) return { hint: '; it is a PowerPoint presentation', hintZh: '；这是 PowerPoint 演示文稿' };
  return { hint: '', hintZh: '' };
}
