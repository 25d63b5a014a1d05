import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.podium`;

/** Quick fixes come from the fixes each diagnostic carries; fix-all takes the first fix of each. */
export function codeActions(doc: TextDocument, params: CodeActionParams, published: readonly Diagnostic[], fixAllTitle: string): CodeAction[] {
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
    const edits = fixAllEdits(doc, published);
    if (edits.length) actions.push({ title: fixAllTitle, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
  }
  return actions;
}

/** First fix of every diagnostic, skipping any that overlaps one already taken. */
function fixAllEdits(doc: TextDocument, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as DiagnosticData | undefined)?.fixes?.[0];
    if (!fix) continue;
    const spans = fix.edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }));
    if (spans.some((s) => taken.some((t) => s.start < t.end && s.end > t.start || (s.start === s.end && s.start === t.start)))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  return edits;
}
