import { buildOutline, type Analysis, type OutlineItem } from '../core/index.js';

// One outline per analysis: after an edit VS Code asks for the document symbols (Outline,
// breadcrumbs) and the Structure view asks for the speech info, and both read the same items.
const outlines = new WeakMap<Analysis, readonly OutlineItem[]>();

/**
 * The speech's outline: title, salutation, opening, parts with sub-parts, closing, numbered points.
 * Document symbols, the Structure view and the CLI read the same items (never change them).
 */
export function outline(analysis: Analysis): readonly OutlineItem[] {
  let items = outlines.get(analysis);
  if (!items) outlines.set(analysis, (items = buildOutline(analysis.model, analysis.structure, analysis.template, analysis.numbering)));
  return items;
}
