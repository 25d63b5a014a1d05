import { type CodeAction, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renumberAll, type Analysis, type Lang } from './core/index.js';
import { PodiumRenumberAll } from './protocol.js';

export const RENUMBER_KIND = PodiumRenumberAll.kind;

const TITLE: Record<Lang, string> = { 'zh-CN': '全部重新编号', en: 'Renumber all' };

/** Every series of the document renumbered, as LSP edits. */
export function renumberEdits(doc: TextDocument, analysis: Analysis): TextEdit[] {
  return renumberAll(analysis.numbering).map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export function renumberWorkspaceEdit(doc: TextDocument, analysis: Analysis): WorkspaceEdit | undefined {
  const edits = renumberEdits(doc, analysis);
  return edits.length ? { changes: { [doc.uri]: edits } } : undefined;
}

/** The `source.renumber.podium` action; undefined when every series is already right. */
export function renumberAction(doc: TextDocument, analysis: Analysis, uiLang: Lang): CodeAction | undefined {
  const edit = renumberWorkspaceEdit(doc, analysis);
  return edit && { title: TITLE[uiLang], kind: RENUMBER_KIND, edit };
}

/** The URI a `podium.renumberAll` command names: a string, a `{ uri }`, or nothing (then the caller's guess). */
export function commandUri(args: readonly unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}

export { TITLE as RENUMBER_TITLE };
