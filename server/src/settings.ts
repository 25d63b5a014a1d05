import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_CONFIG, mergeConfig, SEVERITY_SETTINGS, type ConfigLayer, type PodiumConfig, type SeveritySetting } from './core/index.js';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceSettings } from './node/workspace.js';
import type { PodiumSettings } from './protocol.js';
import { residueFromSettings, wordsFromSettings } from './core/proofreadingLists.js';

export const DEFAULT_MAX_PROBLEMS = 1000;

export interface DocumentSettings {
  readonly config: PodiumConfig;
  readonly workspace: WorkspaceSettings;
  readonly run: 'onType' | 'onSave';
  /** The most diagnostics published for one document (cSpell's maxNumberOfProblems, for the same reasons). */
  readonly maxProblems: number;
}

/** Settings per document: VS Code's `podium.*` under the workspace's `.podium.yaml`; cached until either changes. */
export class SettingsStore {
  readonly #cache = new Map<string, Promise<DocumentSettings>>();
  readonly #workspaces = new Map<string, WorkspaceSettings>();
  canPull = false;
  trusted = true;
  /** The editor's workspace folders (paths): the root of a speech with no `.podium.yaml` or `.podium/` above it. */
  workspaceFolders: readonly string[] = [];

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<DocumentSettings> {
    let entry = this.#cache.get(uri);
    if (!entry) {
      entry = this.#load(uri);
      this.#cache.set(uri, entry);
    }
    return entry;
  }

  /** Forget everything (settings or workspace files changed). */
  clear(): void {
    this.#cache.clear();
    this.#workspaces.clear();
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }


  async #load(uri: string): Promise<DocumentSettings> {
    let client: PodiumSettings = {};
    if (this.canPull) {
      try {
        client = ((await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'podium' })) ?? {}) as PodiumSettings;
      } catch {
        client = {};
      }
    }
    const workspace = this.workspaceFor(uri, client.templatesFolder);
    const fromClient: ConfigLayer = {
      rules: cleanRules(client.rules),
      placeholderPatterns: this.trusted ? (client.placeholders?.patterns ?? []).filter((p) => typeof p === 'string') : [],
      rates: cleanRates(client.rates),
      words: wordsFromSettings(client.words),
      residue: residueFromSettings(client.residue),
    };
    const fromFile = workspace.configFile?.config ?? {};
    const config = mergeConfig(DEFAULT_CONFIG, fromClient, this.trusted ? fromFile : { ...fromFile, placeholderPatterns: [] });
    const maxProblems = typeof client.maxProblems === 'number' && client.maxProblems >= 1 ? Math.floor(client.maxProblems) : DEFAULT_MAX_PROBLEMS;
    return { config, workspace, run: client.run === 'onSave' ? 'onSave' : 'onType', maxProblems };
  }

  workspaceFor(uri: string, templatesFolder?: string): WorkspaceSettings {
    // Without a .podium.yaml or .podium/ above it, a speech belongs to its editor workspace folder,
    // so a podium.templatesFolder set in the editor's settings alone is found there.
    const root = rootOf(uri) ?? this.#folderOf(uri);
    const key = `${root ?? ''}\u0000${templatesFolder ?? ''}`;
    let ws = this.#workspaces.get(key);
    if (!ws) {
      ws = loadWorkspace(root, templatesFolder || undefined);
      this.#workspaces.set(key, ws);
    }
    return ws;
  }

  #folderOf(uri: string): string | undefined {
    const path = pathOf(uri);
    if (!path) return undefined;
    return this.workspaceFolders.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
  }
}

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function rootOf(uri: string): string | undefined {
  const path = pathOf(uri);
  return path ? findWorkspaceRoot(dirname(path)) : undefined;
}

function cleanRules(rules: Record<string, string> | undefined): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) out[id] = value as SeveritySetting;
  }
  return out;
}

function cleanRates(rates: PodiumSettings['rates']): ConfigLayer['rates'] {
  const out: Record<string, number> = {};
  for (const [lang, value] of Object.entries(rates ?? {})) {
    if ((lang === 'zh-CN' || lang === 'en') && typeof value === 'number' && value > 0) out[lang] = value;
  }
  return out;
}
