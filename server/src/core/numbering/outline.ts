import type { OutlineItem } from '../outline.js';
import { lowerBound } from '../text/lowerBound.js';
import { leadPhrase } from './describe.js';
import type { NumberingModel, NumItem } from './types.js';

interface Mutable extends Omit<OutlineItem, 'children' | 'end'> {
  end: number;
  children: OutlineItem[];
}

/**
 * Puts the numbered points of the text into an outline: each under the point it belongs to, or
 * under the deepest entry (part, sub-part, opening, closing) that contains it. Numbered headings are
 * already parts and are not repeated.
 */
export function withPoints(outline: readonly OutlineItem[], numbering: NumberingModel, text: string): OutlineItem[] {
  const points = new Map<NumItem, Mutable>();
  const roots: Mutable[] = [];
  for (const item of numbering.items) {
    if (item.place === 'heading') continue;
    const node: Mutable = {
      start: item.start, end: Math.max(item.extentEnd, item.end), name: leadPhrase(text, item), kind: 'point',
      selection: { start: item.start, end: item.end }, children: [],
    };
    points.set(item, node);
    const parent = item.parent?.kind === 'item' ? points.get(item.parent.item) : undefined;
    if (parent) {
      node.end = Math.min(node.end, parent.end);
      parent.children.push(node);
    } else roots.push(node);
  }
  if (roots.length === 0) return [...outline];
  const copy = (o: OutlineItem): Mutable => ({ ...o, children: o.children.map(copy) });
  const tree = outline.map(copy);
  const loose: Mutable[] = [];
  // Every home is found before any point joins it: each level then holds only sections, sorted
  // here and disjoint, so a binary search finds it (a scan would cost points × entries).
  const sort = (items: Mutable[]) => {
    items.sort((a, b) => a.start - b.start);
    for (const i of items) sort(i.children as Mutable[]);
  };
  sort(tree);
  const homes = roots.map((point) => deepest(tree, point.start));
  for (const [i, point] of roots.entries()) {
    const home = homes[i];
    if (!home) { loose.push(point); continue; }
    point.end = Math.min(point.end, home.end);
    home.children.push(point);
  }
  const all = [...tree, ...loose];
  sort(all);
  return all;
}

/** The deepest section entry containing `offset` (never a salutation), among entries sorted and disjoint. */
function deepest(items: readonly Mutable[], offset: number): Mutable | undefined {
  const item = items[lowerBound(items.length, (i) => items[i]!.end > offset)];
  if (!item || offset < item.start || item.kind === 'salutation') return undefined;
  return deepest(item.children as Mutable[], offset) ?? item;
}
