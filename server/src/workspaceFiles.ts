import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadTemplate, parseConfigFile, RULES, type Lang, type Message } from './core/index.js';
import { pathOf, type SettingsStore } from './settings.js';

/**
 * `.podium.yaml` and template files are checked too; returns undefined for a speech.
 * Problems go on the offending key, in the editor's language (these files have no speech language).
 */
export function workspaceFileDiagnostics(doc: TextDocument, _settings: SettingsStore, uiLang: Lang): Diagnostic[] | undefined {
  const path = pathOf(doc.uri) ?? doc.uri;
  let problems: readonly { message: Message; start: number; end: number }[];
  let code: string;
  if (/(^|[\\/])\.podium\.ya?ml$/.test(path)) {
    problems = parseConfigFile(doc.getText(), RULES.map((r) => r.id)).problems;
    code = 'config';
  } else if (/[\\/]\.podium[\\/]templates[\\/][^\\/]+\.ya?ml$/.test(path)) {
    problems = loadTemplate(doc.getText(), path).problems;
    code = 'template';
  } else {
    return undefined;
  }
  return problems.map((p) => ({
    range: { start: doc.positionAt(p.start), end: doc.positionAt(Math.max(p.end, p.start + 1)) },
    severity: DiagnosticSeverity.Error,
    code,
    source: 'podium',
    message: p.message[uiLang],
  }));
}
