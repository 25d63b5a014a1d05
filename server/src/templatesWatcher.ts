import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from 'vscode-languageserver/node';
import { DEFAULT_TEMPLATES_FOLDER } from './node/workspace.js';

/**
 * The client watches `.podium/templates/` and the folder `podium.templatesFolder` named when it
 * started. When the setting names another folder later, the server asks the client to watch that
 * one too (dynamic registration), so editing its templates re-checks speeches without a reload.
 */
export class TemplatesWatcher {
  #folder: string | undefined;
  #registration: Promise<Disposable> | undefined;

  /** `canRegister`: asked at each update, since the client says whether it may only at initialize. */
  constructor(private readonly connection: Connection, private readonly canRegister: () => boolean) {}

  /** Reads the setting again and watches its folder (call after initialized and on every settings change). */
  async update(): Promise<void> {
    if (!this.canRegister()) return;
    let folder: unknown;
    try {
      folder = ((await this.connection.workspace.getConfiguration('podium')) as { templatesFolder?: unknown } | null)?.templatesFolder;
    } catch {
      return;
    }
    const clean = typeof folder === 'string' ? folder.replace(/^\.\//, '').replace(/\/+$/, '') : '';
    const next = clean && clean !== DEFAULT_TEMPLATES_FOLDER ? clean : undefined;
    if (next === this.#folder) return;
    this.#folder = next;
    const previous = this.#registration;
    this.#registration = next
      ? this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${next}/*.{yaml,yml}` }] })
      : undefined;
    if (previous) (await previous).dispose();
  }
}
