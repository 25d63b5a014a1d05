import { CodeAction, CodeActionKind, CodeActionTriggerKind, type CodeActionParams, type Range } from 'vscode-languageserver/node';
import type { Finding } from '../core/index.js';
import { localize, MESSAGES } from '../core/index.js';
import { createPodiumService, RENUMBER_TITLE } from '../service/index.js';
import { toRange, toTextEdit } from '../convert.js';
import { DIAGNOSTIC_SOURCE, PodiumRenumberAll } from '../protocol.js';
import { workspaceFileKind } from '../workspaceFiles.js';
import type { OpenSpeech, Session } from './session.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.podium`;
export const RENUMBER_KIND = PodiumRenumberAll.kind;

const service = createPodiumService();

/**
 * Quick fixes are the service's `quickFixes` of the finding a diagnostic was published from, looked
 * up in the document's analysis when asked (diagnostics do not carry them: a long draft's thousand
 * diagnostics would send their fixes on every keystroke); fix-all and renumbering come from the
 * service over the same analysis. Titles follow the speech's language, as its diagnostics do.
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
  if (workspaceFileKind(doc)) return actions;
  const speech = await session.speech(uri);
  if (!speech) return actions;
  const lang = speech.analysis.model.lang;
  if (wants(CodeActionKind.QuickFix)) {
    const published = publishedFindings(speech);
    for (const diagnostic of params.context.diagnostics) {
      // Without a source only from a client that adds it itself (protocol.ts, completesDiagnostics).
      if (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // A diagnostic of an older version matches nothing: the editor asks again with the new ones.
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      const finding = published.get(keyOf(diagnostic.code, diagnostic.range, message));
      if (!finding) continue;
      service.quickFixes(finding, lang).forEach((fix, i) => {
        const edits = fix.edits.map((e) => toTextEdit(speech.doc, e));
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: { changes: { [uri]: edits } } });
      });
    }
  }
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

// The findings published for an analysis, by what a diagnostic shows of them: built once per
// analysis, as the editor asks at every cursor move.
const publishedByAnalysis = new WeakMap<object, Map<string, Finding>>();

function publishedFindings({ doc, settings, analysis }: OpenSpeech): Map<string, Finding> {
  let found = publishedByAnalysis.get(analysis);
  if (!found) {
    found = new Map();
    for (const f of service.findings(analysis, settings.maxProblems)) {
      if (f.fixes?.length) found.set(keyOf(f.ruleId, toRange(doc, f), f.message), f);
    }
    publishedByAnalysis.set(analysis, found);
  }
  return found;
}

function keyOf(code: number | string | undefined, range: Range, message: string): string {
  return `${code}\u0000${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}\u0000${message}`;
}
