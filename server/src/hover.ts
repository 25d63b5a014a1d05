import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeItem, headingTimeAt, itemAt, type Analysis, type PodiumConfig } from './core/index.js';

/**
 * Hover on an enumerator: where it stands in its series (`第 2 点，共 4 点`) and its parent; on a
 * part's heading (with `config`, for the speaking rate): the part's speaking time and its share.
 */
export function numberingHover(doc: TextDocument, analysis: Analysis, position: Position, config?: PodiumConfig): Hover | null {
  const offset = doc.offsetAt(position);
  const item = itemAt(analysis.numbering, offset);
  if (!item) return config ? headingHover(doc, analysis, offset, config) : null;
  return {
    contents: { kind: MarkupKind.Markdown, value: describeItem(analysis.model.text, item, analysis.model.lang) },
    range: { start: doc.positionAt(item.start), end: doc.positionAt(item.end) },
  };
}

function headingHover(doc: TextDocument, analysis: Analysis, offset: number, config: PodiumConfig): Hover | null {
  const time = headingTimeAt(analysis, config, offset);
  if (!time) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: time.markdown },
    range: { start: doc.positionAt(time.start), end: doc.positionAt(time.end) },
  };
}
