import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageclient/node';
import { PodiumSpeechInfoRequest } from '../../server/src/protocol.js';

export type SpeechInfo = PodiumSpeechInfoRequest.Result<Range>;
type Full = PodiumSpeechInfoRequest.Full;

const DEBOUNCE_MS = 300;

/**
 * Keeps the `podium/speechInfo` of the active speech editor: asks again when the editor
 * changes, after edits (debounced), and when the server re-publishes diagnostics (settings,
 * `.podium.yaml` or templates changed). The Structure view and the status bar listen to it.
 */
export class SpeechInfoTracker implements vscode.Disposable {
  readonly #client: LanguageClient;
  readonly #emitter = new vscode.EventEmitter<SpeechInfo | undefined>();
  readonly #disposables: vscode.Disposable[] = [];
  #document: vscode.TextDocument | undefined;
  #info: SpeechInfo | undefined;
  /** The last whole answer, as it came: the server then sends only what changed since. */
  #held: Full | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #generation = 0;

  /** Fires with the new info, or undefined when no speech is active. */
  readonly onDidChange = this.#emitter.event;

  constructor(client: LanguageClient) {
    this.#client = client;
    this.#disposables.push(
      this.#emitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.#follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.#document) this.#schedule(); }),
      vscode.workspace.onDidCloseTextDocument((doc) => { if (doc === this.#document) this.#follow(vscode.window.activeTextEditor); }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = this.#document?.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.#schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('podium')) this.#schedule(); }),
    );
    this.#follow(vscode.window.activeTextEditor);
  }

  get document(): vscode.TextDocument | undefined { return this.#document; }
  get info(): SpeechInfo | undefined { return this.#info; }

  /** Info for `document` at its current version, asking the server if what we hold is older. */
  async current(document: vscode.TextDocument): Promise<SpeechInfo | undefined> {
    if (this.#info && this.#info.uri === document.uri.toString() && this.#info.version === document.version) return this.#info;
    const info = await this.#request(document);
    if (document === this.#document && info) this.#publish(info);
    return info;
  }

  /** Asks the server now (the view's refresh; tests). */
  async refresh(): Promise<void> {
    clearTimeout(this.#timer);
    const doc = this.#document;
    const generation = ++this.#generation;
    const info = doc ? await this.#request(doc) : undefined;
    if (generation !== this.#generation) return; // a newer request is on its way
    this.#publish(info);
  }

  #follow(editor: vscode.TextEditor | undefined): void {
    // Focus in a view or panel leaves no active editor: keep showing the last speech.
    if (!editor && this.#document && !this.#document.isClosed) return;
    const doc = editor?.document.languageId === 'speech' ? editor.document : undefined;
    if (doc === this.#document && this.#info) return;
    this.#document = doc;
    // No speech left to follow: the last answer (a long speech's is large) is not kept for nothing.
    if (!doc) this.#held = undefined;
    void this.refresh();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  async #request(document: vscode.TextDocument): Promise<SpeechInfo | undefined> {
    const uri = document.uri.toString();
    try {
      const held = this.#held?.uri === uri ? this.#held : undefined;
      const ask = (params: PodiumSpeechInfoRequest.Params) => this.#client.sendRequest<PodiumSpeechInfoRequest.Answer | null>(PodiumSpeechInfoRequest.method, params);
      let answer = await ask({ uri, ...(held ? { previousResultId: held.resultId } : {}) });
      let full = answer ? PodiumSpeechInfoRequest.resolve(this.#held, answer) : undefined;
      if (answer && !full) {
        // A delta on an answer no longer held (two requests crossed): ask for the whole.
        answer = await ask({ uri });
        full = answer ? PodiumSpeechInfoRequest.resolve(undefined, answer) : undefined;
      }
      if (!full) return undefined;
      this.#held = full;
      return PodiumSpeechInfoRequest.decode(full);
    } catch {
      return undefined; // the server is restarting or the document closed meanwhile
    }
  }

  #publish(info: SpeechInfo | undefined): void {
    this.#info = info;
    this.#emitter.fire(info);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
  }
}
