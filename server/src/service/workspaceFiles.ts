import { buildTemplateSet, parseConfigFile, RULES, type Message, type Span, type TemplateFile } from '../core/index.js';

/** A file of the workspace that is not a speech: its `.podium.yaml`, or a template. */
export type WorkspaceFileKind = 'config' | 'template';

/** What a file is by its path (or URI): the workspace config, a template, or undefined for a speech. */
export function workspaceFileKind(path: string): WorkspaceFileKind | undefined {
  if (/(^|[\\/])\.podium\.ya?ml$/.test(path)) return 'config';
  // Any other YAML file an editor sends is a template: the client selects only the templates
  // folder (`.podium/templates/` or the one `podium.templatesFolder` names).
  if (/\.ya?ml$/i.test(path)) return 'template';
  return undefined;
}

/** A problem in a workspace file, at offsets of its text, in every language. */
export interface FileProblem extends Span {
  readonly message: Message;
}

/**
 * A workspace file's problems: `.podium.yaml`'s keys and values, or a template's own problems and
 * those it has among its `siblings` (an `extends` that loops or dangles).
 */
export function workspaceFileProblems(kind: WorkspaceFileKind, path: string, text: string, siblings: readonly TemplateFile[] = []): readonly FileProblem[] {
  if (kind === 'config') return parseConfigFile(text, RULES.map((r) => r.id)).problems;
  return buildTemplateSet([...siblings, { path, text }]).problems.get(path) ?? [];
}
