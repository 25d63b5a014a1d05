/** Reads an exported .docx the way Word does: unzip the parts, parse their XML, walk elements. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { analyze } from '../../server/src/core/index.js';
import { exportSpeech, type ExportOptions } from '../../server/src/docx/export/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** One XML element: its tag, attributes (without prefix) and children in order. */
export interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly El[];
  /** Text content of a text node (tag `#text`). */
  readonly text?: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });

function convert(nodes: unknown[]): El[] {
  const out: El[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    for (const [tag, value] of Object.entries(node)) {
      if (tag === ':@') continue;
      if (tag === '#text') out.push({ tag, attrs: {}, children: [], text: String(value) });
      else out.push({ tag, attrs, children: convert(value as unknown[]) });
    }
  }
  return out;
}

export function parseXml(xml: string): El[] {
  return convert(parser.parse(xml) as unknown[]);
}

/** Every element with the tag, depth first, in document order. */
export function all(nodes: readonly El[], tag: string): El[] {
  const found: El[] = [];
  const visit = (n: El) => {
    if (n.tag === tag) found.push(n);
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

export function first(nodes: readonly El[], tag: string): El | undefined {
  return all(nodes, tag)[0];
}

/** The concatenated `w:t` text under an element. */
export function textOf(el: El): string {
  return all([el], 'w:t').map((t) => t.children.map((c) => c.text ?? '').join('')).join('');
}

export interface Docx {
  readonly files: Readonly<Record<string, string>>;
  part(name: string): El[];
}

export function openDocx(bytes: Uint8Array): Docx {
  const raw = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(raw)) if (/\.(xml|rels)$/.test(name)) files[name] = strFromU8(data);
  const cache = new Map<string, El[]>();
  return {
    files,
    part(name) {
      if (!cache.has(name)) {
        const xml = files[name];
        if (xml === undefined) throw new Error(`no part ${name}`);
        cache.set(name, parseXml(xml));
      }
      return cache.get(name)!;
    },
  };
}

export async function exportText(text: string, options: ExportOptions = { layout: 'official' }) {
  const result = await exportSpeech(analyze(text), options);
  return { ...result, docx: openDocx(result.bytes) };
}

export function example(name: string): string {
  return readFileSync(join(ROOT, 'examples', `${name}.speech.md`), 'utf8');
}

/** A style by id from word/styles.xml. */
export function style(docx: Docx, id: string): El | undefined {
  return all(docx.part('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === id);
}

/** The body's paragraphs as [style id, text]. */
export function paragraphs(docx: Docx): [string, string][] {
  const body = first(docx.part('word/document.xml'), 'w:body')!;
  return body.children.filter((c) => c.tag === 'w:p').map((p) => [first([p], 'w:pStyle')?.attrs['w:val'] ?? '', textOf(p)]);
}

/** The footer parts a section references, by type (default, even, first). */
export function footers(docx: Docx): Record<string, El[]> {
  const rels = all(docx.part('word/_rels/document.xml.rels'), 'Relationship');
  const out: Record<string, El[]> = {};
  for (const ref of all(docx.part('word/document.xml'), 'w:footerReference')) {
    const target = rels.find((r) => r.attrs['Id'] === ref.attrs['r:id'])!.attrs['Target']!;
    out[ref.attrs['w:type']!] = docx.part(`word/${target}`);
  }
  return out;
}
