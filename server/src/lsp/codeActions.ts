import { CodeAction, CodeActionKind, CodeActionTriggerKind, type CodeActionParams } from 'vscode-languageserver/node';
import { localize, MESSAGES } from '../core/index.js';
import { createPodiumService, RENUMBER_TITLE } from '../service/index.js';
import { toTextEdit, type DiagnosticData } from '../convert.js';
import { PodiumRenumberAll } from '../protocol.js';
import { workspaceFileKind } from '../workspaceFiles.js';
import type { Session } from './session.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.podium`;
export const RENUMBER_KIND = PodiumRenumberAll.kind;

const service = createPodiumService();

/**
 * Quick fixes come from the fixes each diagnostic carries (the service's `quickFixes`, sent in
 * `diagnostic.data`); fix-all and renumbering from the service over the document's analysis.
 * Titles follow the speech's language, as its diagnostics do.
 */
export async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const doc = session.documents.get(uri);
  if (!doc) return [];
  session.lastUri = uri;
  const only = params.context.only;
  // VS Code asks on its own at every cursor move (the light bulb), which shows no source actions:
  // fix-all and renumbering (whole-document work) are built only when asked for, or on request.
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic && !only;
  const wants = (kind: string) => (!only && !(automatic && kind !== CodeActionKind.QuickFix)) || !!only?.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'podium') continue;
      const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
      fixes.forEach((fix, i) => {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: { changes: { [uri]: fix.edits } } });
      });
    }
  }
  if (workspaceFileKind(doc)) return actions;
  const speech = await session.speech(uri);
  if (!speech) return actions;
  const lang = speech.analysis.model.lang;
  if (wants(FIX_ALL_KIND)) {
    const { edit } = service.fixAll(speech.analysis, speech.speech);
    if (edit) actions.push({ title: localize(MESSAGES.fixAll, lang), kind: FIX_ALL_KIND, edit: { changes: { [uri]: [toTextEdit(doc, edit)] } } });
  }
  if (wants(RENUMBER_KIND)) {
    const edits = service.renumber(speech.analysis);
    if (edits.length) actions.push({ title: RENUMBER_TITLE[lang], kind: RENUMBER_KIND, edit: { changes: { [uri]: edits.map((e) => toTextEdit(doc, e)) } } });
  }
  return actions;
}
