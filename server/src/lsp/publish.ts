import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { localize, MESSAGES, type Analysis } from '../core/index.js';
import { createPodiumService } from '../service/index.js';
import { toDiagnostic } from '../convert.js';
import { ValidationQueue } from '../documents.js';
import { workspaceFileDiagnostics } from '../workspaceFiles.js';
import type { Session } from './session.js';

const service = createPodiumService();

/**
 * Publishes each document's findings (the service's `findings`, capped) as diagnostics, through a
 * queue that always checks the latest text; settings files get their own problems.
 */
export class DiagnosticsPublisher {
  readonly queue: ValidationQueue;
  /** The analysis each document's published diagnostics came from: opening a document requests it twice. */
  readonly #publishedFrom = new Map<string, Analysis>();
  readonly #warnedPatterns = new Set<string>();

  constructor(private readonly connection: Connection, private readonly session: Session, activity: { busy(): void; idle(): void }) {
    this.queue = new ValidationQueue((uri) => this.#validate(uri), activity);
  }

  /** A closed document: nothing queued, nothing shown. */
  close(uri: string): void {
    this.queue.cancel(uri);
    this.#publishedFrom.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async #validate(uri: string): Promise<void> {
    const { documents, settings, cache, uiLang } = this.session;
    const complete = !this.session.client.completesDiagnostics;
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const s = await settings.get(uri);
      const current = documents.get(uri);
      if (!current || current.version !== doc.version) return; // a newer version is queued
      const special = workspaceFileDiagnostics(doc, uiLang);
      const analysis = special ? undefined : cache.get(doc, s);
      if (analysis && this.#publishedFrom.get(uri) === analysis) return;
      const diagnostics = special ?? service.findings(analysis!, s.maxProblems).map((f) => toDiagnostic(doc, f, complete));
      for (const problem of analysis?.patternProblems ?? []) this.#warnPatternOnce(problem.pattern, problem.reason[uiLang]);
      if (analysis) this.#publishedFrom.set(uri, analysis);
      else this.#publishedFrom.delete(uri);
      await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (error) {
      this.connection.console.error(`podium: could not check ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** A refused placeholder pattern is a settings problem: said once, not on every keystroke. */
  #warnPatternOnce(pattern: string, reason: string): void {
    if (this.#warnedPatterns.has(pattern)) return;
    this.#warnedPatterns.add(pattern);
    const message = localize(MESSAGES.patternIgnored, this.session.uiLang, { pattern: JSON.stringify(pattern), reason });
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}
