import { buildOutline, type Analysis, type OutlineItem } from '../core/index.js';

/**
 * The speech's outline: title, salutation, opening, parts with sub-parts, closing, numbered points.
 * Document symbols, the Structure view and the CLI read the same items.
 */
export function outline(analysis: Analysis): OutlineItem[] {
  return buildOutline(analysis.model, analysis.structure, analysis.template, analysis.numbering);
}
