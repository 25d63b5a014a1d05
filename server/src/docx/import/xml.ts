import { XMLParser } from 'fast-xml-parser';
import { MSG } from './messages.js';
import { DocxImportError } from './errors.js';

/** A node as fast-xml-parser gives it with `preserveOrder`: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/**
 * Word and WPS never write a DOCTYPE; one in a part is a crafted file (external entities, entity
 * expansion bombs). It is refused before the parser sees it, whatever the parser would do with it.
 */
export function refuseDoctype(xml: string, part: string, file: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocxImportError(MSG.doctype, { file, part });
}

export function parseXml(xml: string, part: string, file: string): XmlNode[] {
  refuseDoctype(xml, part, file);
  return parseFragment(xml, part, file);
}

/** Parses a piece of a part already checked by `refuseDoctype`. */
export function parseFragment(xml: string, part: string, file: string): XmlNode[] {
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw new DocxImportError(MSG.badXml, { file, part, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** The element's tag name, or undefined for text and comments. */
export function tagOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attrs = node?.[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  if (!node) return undefined;
  for (const c of childrenOf(node)) if (tagOf(c) === tag) return c;
  return undefined;
}

export function childrenNamed(node: XmlNode | undefined, tag: string): XmlNode[] {
  return node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];
}

/** Depth-first search for a descendant with one of the tags. */
export function findDescendant(node: XmlNode, tags: ReadonlySet<string>): XmlNode | undefined {
  for (const c of childrenOf(node)) {
    const tag = tagOf(c);
    if (tag !== undefined && tags.has(tag)) return c;
    const found = findDescendant(c, tags);
    if (found) return found;
  }
  return undefined;
}

/** The concatenated `#text` of a node's direct children (for `w:t`, `w:instrText`). */
export function textOf(node: XmlNode): string {
  let text = '';
  for (const c of childrenOf(node)) if (typeof c['#text'] === 'string') text += c['#text'];
  return text;
}

/** OOXML on/off values: `<w:b/>` is on, `w:val="0|false|off"` is off. */
export function onOff(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const val = attr(node, 'w:val');
  return val === undefined || !/^(0|false|off|none)$/i.test(val);
}

/** The root element among the parsed nodes (skipping `<?xml?>`). */
export function rootElement(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}
