import { attr, child, childrenNamed, onOff, rootElement, type XmlNode } from './xml.js';

/** Run formatting that decides whether a paragraph reads as a heading. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font names from `w:rFonts` (East Asian first), as the writer picked them. */
  fonts?: string[];
}

export interface NumRef { readonly numId: string; readonly ilvl: number }

/** A style with its `w:basedOn` chain resolved. */
export interface ResolvedStyle {
  readonly name: string;
  /** 1–9 for built-in headings (by `w:name`, whatever the localised `w:styleId`) or an outline level. */
  readonly headingLevel?: number;
  readonly isTitle: boolean;
  readonly centred: boolean;
  readonly run: RunFormat;
  readonly numRef?: NumRef;
}

interface RawStyle { name: string; basedOn?: string; pPr?: XmlNode; rPr?: XmlNode }

/**
 * styles.xml read once. Chinese Word and WPS write heading styles with ids `1`, `2`… or `a3`; the
 * `w:name` stays the built-in English name ("heading 1", "Title"), so styles are known by name.
 */
export class Styles {
  readonly #raw = new Map<string, RawStyle>();
  readonly #resolved = new Map<string, ResolvedStyle>();
  readonly defaults: RunFormat;
  defaultParagraphStyle: string | undefined;

  constructor(nodes: XmlNode[] | undefined) {
    const root = nodes && rootElement(nodes, 'w:styles');
    const docDefaults = child(root, 'w:docDefaults');
    this.defaults = readRunFormat(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'));
    for (const s of childrenNamed(root, 'w:style')) {
      const id = attr(s, 'w:styleId');
      if (id === undefined) continue;
      const basedOn = attr(child(s, 'w:basedOn'), 'w:val');
      this.#raw.set(id, { name: attr(child(s, 'w:name'), 'w:val') ?? id, basedOn, pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr') });
      if (attr(s, 'w:type') === 'paragraph' && /^(1|true|on)$/.test(attr(s, 'w:default') ?? '')) this.defaultParagraphStyle = id;
    }
  }

  resolve(id: string | undefined): ResolvedStyle | undefined {
    const key = id ?? this.defaultParagraphStyle;
    if (key === undefined) return undefined;
    const cached = this.#resolved.get(key);
    if (cached) return cached;
    const chain: RawStyle[] = [];
    for (let at: string | undefined = key; at !== undefined && chain.length < 20; at = this.#raw.get(at)?.basedOn) {
      const raw = this.#raw.get(at);
      if (!raw || chain.includes(raw)) break;
      chain.push(raw);
    }
    if (chain.length === 0) return undefined;
    const resolved = merge(chain);
    this.#resolved.set(key, resolved);
    return resolved;
  }
}

function merge(chain: RawStyle[]): ResolvedStyle {
  let headingLevel: number | undefined;
  let isTitle = false;
  let centred = false;
  let numRef: NumRef | undefined;
  const run: RunFormat = {};
  // From the root of the chain down, so the style itself wins.
  for (const raw of [...chain].reverse()) {
    const name = raw.name.trim().toLowerCase();
    const named = /^(?:heading|标题)\s*([1-9])$/.exec(name);
    if (named) headingLevel = Number(named[1]);
    if (name === 'title' || name === '标题') isTitle = true;
    const outline = attr(child(raw.pPr, 'w:outlineLvl'), 'w:val');
    if (outline !== undefined && Number(outline) < 9) headingLevel = Number(outline) + 1;
    const jc = attr(child(raw.pPr, 'w:jc'), 'w:val');
    if (jc !== undefined) centred = jc === 'center';
    numRef = readNumRef(child(raw.pPr, 'w:numPr')) ?? numRef;
    Object.assign(run, definedOnly(readRunFormat(raw.rPr)));
  }
  return { name: chain[0]!.name, headingLevel, isTitle, centred, run, numRef };
}

export function readNumRef(numPr: XmlNode | undefined): NumRef | undefined {
  const numId = attr(child(numPr, 'w:numId'), 'w:val');
  if (numId === undefined) return undefined;
  return { numId, ilvl: Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) || 0 };
}

export function readRunFormat(rPr: XmlNode | undefined): RunFormat {
  if (!rPr) return {};
  const rFonts = child(rPr, 'w:rFonts');
  const fonts = rFonts ? ['w:eastAsia', 'w:ascii', 'w:hAnsi'].map((a) => attr(rFonts, a)).filter((f): f is string => !!f) : undefined;
  return { bold: onOff(child(rPr, 'w:b')), italic: onOff(child(rPr, 'w:i')), fonts: fonts?.length ? fonts : undefined };
}

export function definedOnly(f: RunFormat): RunFormat {
  const out: RunFormat = {};
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.fonts !== undefined) out.fonts = f.fonts;
  return out;
}
