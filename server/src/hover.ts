import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeItem, itemAt, type Analysis } from './core/index.js';

/** Hover on an enumerator: where it stands in its series (`第 2 点，共 4 点`) and its parent. */
export function numberingHover(doc: TextDocument, analysis: Analysis, position: Position): Hover | null {
  const item = itemAt(analysis.numbering, doc.offsetAt(position));
  if (!item) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: describeItem(analysis.model.text, item, analysis.model.lang) },
    range: { start: doc.positionAt(item.start), end: doc.positionAt(item.end) },
  };
}
