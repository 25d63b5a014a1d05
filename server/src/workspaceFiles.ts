import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname } from 'node:path';
import { buildTemplateSet, parseConfigFile, RULES, type Lang, type Message, type TemplateProblem } from './core/index.js';
import { listTemplates, readText } from './node/workspace.js';
import { pathOf } from './settings.js';

/** What a non-speech document is: the workspace config, a template, or nothing of ours (a speech). */
export function workspaceFileKind(doc: TextDocument): 'config' | 'template' | undefined {
  const path = pathOf(doc.uri) ?? doc.uri;
  if (/(^|[\\/])\.podium\.ya?ml$/.test(path)) return 'config';
  // Any other YAML file a client sends is a template: the client selects only the templates
  // folder (`.podium/templates/` or the one `podium.templatesFolder` names).
  if (/\.ya?ml$/i.test(path)) return 'template';
  return undefined;
}

/** A template's own problems, and those it has among its siblings (an `extends` that loops or dangles). */
function templateProblems(doc: TextDocument): readonly TemplateProblem[] {
  const path = pathOf(doc.uri) ?? doc.uri;
  const siblings = pathOf(doc.uri) ? listTemplates(dirname(path)).filter((p) => p !== path) : [];
  const set = buildTemplateSet([...siblings.map((p) => ({ path: p, text: readText(p) })), { path, text: doc.getText() }]);
  return set.problems.get(path) ?? [];
}

/**
 * `.podium.yaml` and template files are checked too; returns undefined for a speech.
 * Problems go on the offending key, in the editor's language (these files have no speech language).
 */
export function workspaceFileDiagnostics(doc: TextDocument, uiLang: Lang): Diagnostic[] | undefined {
  const kind = workspaceFileKind(doc);
  if (!kind) return undefined;
  const problems: readonly { message: Message; start: number; end: number }[] = kind === 'config'
    ? parseConfigFile(doc.getText(), RULES.map((r) => r.id)).problems
    : templateProblems(doc);
  return problems.map((p) => ({
    range: { start: doc.positionAt(p.start), end: doc.positionAt(Math.max(p.end, p.start + 1)) },
    severity: DiagnosticSeverity.Error,
    code: kind,
    source: 'podium',
    message: p.message[uiLang],
  }));
}
