import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeModel, NumberingMemo, RULES, type Analysis } from './core/index.js';
import { parseState, updateState, type ParseState } from './core/incremental/update.js';
import type { DocumentSettings } from './settings.js';
import { collectGarbage } from './node/collectGarbage.js';

/** Characters (a megabyte of UTF-8 Chinese or more) from which a first analysis is preceded by a collection. */
const LONG_SPEECH = 350_000;

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
    // Before a very long speech's first analysis, its message's copies go first (node/collectGarbage.ts).
    if (!previous && text.length > LONG_SPEECH) collectGarbage();
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

/** Event-loop turns a run waits at most for the input to go quiet (a flood must not starve it). */
const MAX_QUIET_TURNS = 64;

/**
 * Coalesces validation requests: one run at a time, always on each document's latest text.
 * vscode-jsonrpc hands over one message per event-loop turn, so before each validation the run
 * yields turn by turn until a turn brings no new request: every change already received is
 * applied first, and the versions in between are never analysed.
 */
export class ValidationQueue {
  readonly #pending = new Set<string>();
  #running = false;
  #requests = 0;
  #current: string | undefined;
  readonly #waiters: { uri: string; resolve: () => void }[] = [];

  /** `activity`: told when work arrives and when all of it is done (the idle warm-up listens). */
  constructor(private readonly validate: (uri: string) => Promise<void>, private readonly activity?: { busy(): void; idle(): void }) {}

  request(uri: string): void {
    this.activity?.busy();
    this.#requests++;
    this.#pending.add(uri);
    if (!this.#running) void this.#run();
  }

  cancel(uri: string): void {
    this.#pending.delete(uri);
    this.#wake(uri);
  }

  /**
   * Resolves when the validation of `uri` queued or running now is done (at once when there is
   * none): a request sent with an edit (the status bar's) then waits for that edit's diagnostics
   * instead of delaying them. Later validations are not waited for, so typing cannot starve it.
   */
  settled(uri: string): Promise<void> {
    if (!this.#pending.has(uri) && this.#current !== uri) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ uri, resolve }));
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      while (this.#pending.size > 0) {
        await this.#quiet();
        const uri = this.#pending.values().next().value;
        if (uri === undefined) break;
        this.#pending.delete(uri);
        this.#current = uri;
        try {
          await this.validate(uri);
        } finally {
          this.#current = undefined;
          this.#wake(uri);
        }
      }
    } finally {
      this.#running = false;
      this.activity?.idle();
    }
  }

  #wake(uri: string): void {
    for (const waiter of this.#waiters.filter((w) => w.uri === uri)) {
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  /** Yields until an event-loop turn passes without a new request. */
  async #quiet(): Promise<void> {
    for (let turn = 0; turn < MAX_QUIET_TURNS; turn++) {
      const seen = this.#requests;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.#requests === seen) return;
    }
  }
}
