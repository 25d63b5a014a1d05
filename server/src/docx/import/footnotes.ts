import { Numbering } from './numbering.js';
import { readBodyElement, type DocBlock } from './paragraphs.js';
import type { Styles } from './styles.js';
import { attr, childrenOf, rootElement, tagOf, type XmlNode } from './xml.js';

/**
 * Footnote (or endnote) texts by id, each note's paragraphs joined by a space. Separator notes
 * (`w:type="separator"`…) are Word's own lines, not the writer's.
 */
export function readNotes(nodes: XmlNode[] | undefined, root: 'w:footnotes' | 'w:endnotes', styles: Styles): Map<string, DocBlock[]> {
  const notes = new Map<string, DocBlock[]>();
  const element = nodes && rootElement(nodes, root);
  if (!element) return notes;
  const numbering = new Numbering(undefined);
  for (const note of childrenOf(element)) {
    if (tagOf(note) !== root.slice(0, -1) || /separator|continuationNotice/i.test(attr(note, 'w:type') ?? '')) continue;
    const blocks: DocBlock[] = [];
    for (const c of childrenOf(note)) readBodyElement(c, styles, numbering, blocks);
    notes.set(attr(note, 'w:id') ?? '', blocks);
  }
  return notes;
}
