import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES, buildTemplateSet, parseConfigFile, type ConfigFile, type TemplateFile, type TemplateSet } from '../core/index.js';
import { readTextWithoutBom } from './speechFiles.js';

export const CONFIG_FILE = '.podium.yaml';
export const DEFAULT_TEMPLATES_FOLDER = '.podium/templates';
const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface WorkspaceSettings {
  readonly root: string | undefined;
  readonly configPath: string | undefined;
  readonly configFile: ConfigFile | undefined;
  readonly templates: TemplateSet;
}

/** Nearest folder at or above `from` that holds `.podium.yaml` or `.podium/`. */
export function findWorkspaceRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE)) || existsSync(join(dir, '.podium'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads `.podium.yaml` and the workspace templates; unreadable files become problems, not exceptions. */
export function loadWorkspace(root: string | undefined, templatesFolder?: string): WorkspaceSettings {
  if (!root) return { root, configPath: undefined, configFile: undefined, templates: buildTemplateSet() };
  const configPath = join(root, CONFIG_FILE);
  const configFile = existsSync(configPath) ? parseConfigFile(readText(configPath), RULES.map((r) => r.id)) : undefined;
  const folder = join(root, templatesFolder ?? configFile?.templatesFolder ?? DEFAULT_TEMPLATES_FOLDER);
  const files: TemplateFile[] = listTemplates(folder).map((path) => ({ path, text: readText(path) }));
  return { root, configPath: configFile ? configPath : undefined, configFile, templates: buildTemplateSet(files) };
}

export function listTemplates(folder: string): string[] {
  try {
    return readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(folder, f))
      .filter((p) => statSync(p).isFile());
  } catch {
    return [];
  }
}

export function readText(path: string): string {
  try {
    if (statSync(path).size > MAX_TEMPLATE_BYTES) return '';
    return readTextWithoutBom(path);
  } catch {
    return '';
  }
}
