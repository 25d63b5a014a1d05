import { CodeAction, CodeActionKind, type CodeActionParams, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.podium`;

/** What fix-all would do to the document: one edit from the core's fix-all, or nothing to fix. */
export interface FixAllAction {
  readonly title: string;
  readonly edit: () => TextEdit | undefined;
}

/** Quick fixes come from the fixes each diagnostic carries; fix-all from the analysis (core/fixes). */
export function codeActions(doc: TextDocument, params: CodeActionParams, fixAll: FixAllAction): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'podium') continue;
      const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
      fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: { changes: { [doc.uri]: fix.edits } },
        });
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edit = fixAll.edit();
    if (edit) actions.push({ title: fixAll.title, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } });
  }
  return actions;
}
