import type { SpeechInfo } from '../speechInfo.js';

export type Section = SpeechInfo['sections'][number];
export type OutlineNode = SpeechInfo['outline'][number];
export type Range = OutlineNode['range'];

/** One row of the Speech Structure view. `id` is a path, stable while the structure is. */
export type StructureNode =
  | { readonly type: 'section'; readonly id: string; readonly section: Section; readonly children: readonly StructureNode[] }
  | { readonly type: 'outline'; readonly id: string; readonly node: OutlineNode; readonly children: readonly StructureNode[] }
  | { readonly type: 'stat'; readonly id: string; readonly stat: 'length' | 'time' | 'placeholders'; readonly children: readonly StructureNode[] }
  /** One placeholder, or (`group`) the placeholders of one line, each a child. */
  | { readonly type: 'placeholder'; readonly id: string; readonly range: Range; readonly group?: number; readonly children: readonly StructureNode[] };

/**
 * The rows for a speech: the template's sections in template order (parts and their points
 * below the section they stand for), parts no section claims, then length, speaking time and
 * placeholders. A template without sections (generic) shows the outline itself.
 */
export function buildNodes(info: SpeechInfo): StructureNode[] {
  const body = info.outline.length === 1 && info.outline[0]!.kind === 'title' ? info.outline[0]!.children : info.outline;
  const outline = (node: OutlineNode, id: string): StructureNode => ({
    type: 'outline', id, node, children: node.children.map((c, i) => outline(c, `${id}/${i}`)),
  });
  const roots: StructureNode[] = [];
  if (info.sections.length === 0) {
    body.forEach((n, i) => roots.push(outline(n, `o${i}`)));
  } else {
    const claimed = new Set(info.sections.filter((s) => s.kind === 'part').map((s) => s.id));
    info.sections.forEach((section, i) => {
      const id = `s${i}:${section.id}`;
      const parts = section.kind === 'part' ? body.filter((n) => n.kind === 'part' && n.sectionId === section.id) : [];
      // A part found without a heading is named by its section: its points go straight under the section's row.
      const children = parts.flatMap((p, k) => (p.name === section.label
        ? p.children.map((c, j) => outline(c, `${id}/${k}/${j}`))
        : [outline(p, `${id}/${k}`)]));
      roots.push({ type: 'section', id, section, children });
    });
    body.forEach((n, i) => {
      if (n.kind === 'part' && !(n.sectionId && claimed.has(n.sectionId))) roots.push(outline(n, `x${i}`));
    });
  }
  const placeholders = placeholderNodes(info.statistics.placeholders);
  roots.push(
    { type: 'stat', id: 'length', stat: 'length', children: [] },
    { type: 'stat', id: 'time', stat: 'time', children: [] },
    { type: 'stat', id: 'placeholders', stat: 'placeholders', children: placeholders },
  );
  return roots;
}

/** Placeholders by line: a line with several (a paragraph of `X 人`, `X 个`) is one row that opens. */
function placeholderNodes(ranges: readonly Range[]): StructureNode[] {
  const byLine = new Map<number, Range[]>();
  for (const range of ranges) {
    const line = byLine.get(range.start.line);
    if (line) line.push(range);
    else byLine.set(range.start.line, [range]);
  }
  return [...byLine.values()].map((line, i): StructureNode => {
    const leaf = (range: Range, id: string): StructureNode => ({ type: 'placeholder', id, range, children: [] });
    if (line.length === 1) return leaf(line[0]!, `p/${i}`);
    return { type: 'placeholder', id: `p/${i}`, range: line[0]!, group: line.length, children: line.map((r, k) => leaf(r, `p/${i}/${k}`)) };
  });
}
