import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname } from 'node:path';
import type { Lang } from './core/index.js';
import { createPodiumService, type WorkspaceFileKind } from './service/index.js';
import { listTemplates, readText } from './node/workspace.js';
import { pathOf } from './settings.js';
import { DIAGNOSTIC_SOURCE } from './protocol.js';

const service = createPodiumService();

/** What a non-speech document is: the workspace config, a template, or nothing of ours (a speech). */
export function workspaceFileKind(doc: TextDocument): WorkspaceFileKind | undefined {
  return service.workspaceFileKind(pathOf(doc.uri) ?? doc.uri);
}

/**
 * `.podium.yaml` and template files are checked too (a template among the templates beside it
 * on disk); returns undefined for a speech. Problems go on the offending key, in the editor's
 * language (these files have no speech language).
 */
export function workspaceFileDiagnostics(doc: TextDocument, uiLang: Lang): Diagnostic[] | undefined {
  const kind = workspaceFileKind(doc);
  if (!kind) return undefined;
  const path = pathOf(doc.uri) ?? doc.uri;
  const siblings = kind === 'template' && pathOf(doc.uri) ? listTemplates(dirname(path)).filter((p) => p !== path).map((p) => ({ path: p, text: readText(p) })) : [];
  return service.workspaceFileProblems(kind, path, doc.getText(), siblings).map((p) => ({
    range: { start: doc.positionAt(p.start), end: doc.positionAt(Math.max(p.end, p.start + 1)) },
    severity: DiagnosticSeverity.Error,
    code: kind,
    // Always with its source: the VS Code client adds source and rule link only where both are
    // missing (client/src/diagnosticLinks.ts), and these codes name no rule.
    source: DIAGNOSTIC_SOURCE,
    message: p.message[uiLang],
  }));
}
