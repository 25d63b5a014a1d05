import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeItem, headingTimeAt, itemAt, type Analysis, type PodiumConfig } from './core/index.js';

/**
 * Hover on an enumerator: where it stands in its series (`第 2 点，共 4 点`) and its parent; on a
 * part's heading (with `config`, for the speaking rate): the part's speaking time and its share,
 * after the enumerator's place when the heading's number is hovered.
 */
export function numberingHover(doc: TextDocument, analysis: Analysis, position: Position, config?: PodiumConfig): Hover | null {
  const offset = doc.offsetAt(position);
  const item = itemAt(analysis.numbering, offset);
  const time = config ? headingTimeAt(analysis, config, offset) : undefined;
  const span = item ?? time;
  if (!span) return null;
  const value = [item && describeItem(analysis.model.text, item, analysis.model.lang), time?.markdown].filter(Boolean).join('\n\n');
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) },
  };
}
