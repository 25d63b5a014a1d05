import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeModel, NumberingMemo, RULES, type Analysis } from './core/index.js';
import { parseState, updateState, type ParseState } from './core/incremental/update.js';
import type { DocumentSettings } from './settings.js';

/**
 * One analysis per (uri, version, settings): symbols, code actions and diagnostics share it.
 * Each document keeps its last parse: a new version re-parses only the chunks an edit touched
 * (core/incremental), then the rules run over the whole model.
 */
export class AnalysisCache {
  readonly #entries = new Map<string, { version: number; settings: DocumentSettings; analysis: Analysis }>();
  readonly #parses = new Map<string, ParseState>();
  readonly #memos = new Map<string, NumberingMemo>();

  get(doc: TextDocument, settings: DocumentSettings): Analysis {
    const hit = this.#entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settings === settings) return hit.analysis;
    const text = doc.getText();
    const previous = this.#parses.get(doc.uri);
    const parsed = previous ? updateState(previous, text) : parseState(text);
    this.#parses.set(doc.uri, parsed);
    let memo = this.#memos.get(doc.uri);
    if (!memo) this.#memos.set(doc.uri, (memo = new NumberingMemo()));
    const analysis = analyzeModel(parsed.model, settings.config, settings.workspace.templates, RULES, memo);
    this.#entries.set(doc.uri, { version: doc.version, settings, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
    this.#parses.delete(uri);
    this.#memos.delete(uri);
  }

  /** Drops analyses (settings changed); parses do not depend on settings and stay. */
  clear(): void {
    this.#entries.clear();
  }
}

/**
 * Coalesces validation requests: changes that arrive while the server is busy collapse
 * into one run on the latest text, so a fast typist never builds a queue.
 */
export class ValidationQueue {
  readonly #pending = new Set<string>();
  #scheduled = false;

  constructor(private readonly validate: (uri: string) => Promise<void>) {}

  request(uri: string): void {
    this.#pending.add(uri);
    if (this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate lets every message already read from the stream apply first.
    setImmediate(() => void this.#flush());
  }

  cancel(uri: string): void {
    this.#pending.delete(uri);
  }

  async #flush(): Promise<void> {
    const uris = [...this.#pending];
    this.#pending.clear();
    this.#scheduled = false;
    for (const uri of uris) await this.validate(uri);
  }
}
