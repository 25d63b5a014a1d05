import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, IPCMessageReader, IPCMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
  ConfigurationRequest, DidChangeConfigurationNotification,
  type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import type { InitializationOptions } from '../../server/src/protocol.js';

export const SERVER = join(import.meta.dirname, '..', '..', 'server', 'out', 'server.js');

/** How long a test waits for the server before failing instead of hanging (the machines are shared and slow). */
export const WAIT_LIMIT_MS = 60_000;

/**
 * How the harness talks to the server: over stdio as other editors do, or over Node IPC as VS
 * Code's client does, with JSON or V8's serialization (protocol.ts, IPC_SERIALIZATION).
 */
export type HarnessTransport = 'stdio' | { ipc: 'json' | 'advanced' };

/** The built server, spoken to as an editor would. */
export class ServerHarness {
  readonly connection: ProtocolConnection;
  readonly #child: ChildProcess;
  readonly #waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void; cancel: () => void }[] = [];
  #shuttingDown = false;
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Answers to `workspace/configuration` (section `podium`). */
  settings: Record<string, unknown> = {};
  stderr = '';
  exited: number | null = null;
  #versions = new Map<string, number>();

  constructor(args: readonly string[] = [], transport: HarnessTransport = 'stdio') {
    this.#child = transport === 'stdio'
      ? spawn(process.execPath, [SERVER, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
      : fork(SERVER, ['--node-ipc', ...args], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: transport.ipc });
    this.#child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.#child.on('exit', (code) => {
      this.exited = code ?? -1;
      // An exit the test asked for leaves unanswered waits unanswered; any other exit fails them.
      for (const w of this.#waiters.splice(0)) {
        if (this.#shuttingDown) w.cancel();
        else w.reject(new Error(`server exited (${this.exited}) while waiting for diagnostics of ${w.uri}\n${this.stderr}`));
      }
    });
    this.connection = transport === 'stdio'
      ? createProtocolConnection(new StreamMessageReader(this.#child.stdout!), new StreamMessageWriter(this.#child.stdin!))
      : createProtocolConnection(new IPCMessageReader(this.#child), new IPCMessageWriter(this.#child));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.latest.set(p.uri, p);
      for (const w of [...this.#waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.#waiters.splice(this.#waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.listen();
  }

  /** `options`: the initializationOptions a client sends (protocol.ts). */
  async initialize(locale = 'en', rootPath?: string, options?: InitializationOptions): Promise<unknown> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: rootPath ? pathToFileURL(rootPath).href : null, locale, initializationOptions: options,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /**
   * Resolves with the next diagnostics for `uri` that pass `test` (already published ones count).
   * Rejects when the server exits or after WAIT_LIMIT_MS: a guard against a hang, not a speed check.
   */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.latest.get(uri);
    if (seen && test(seen)) return Promise.resolve(seen);
    if (this.exited !== null) return Promise.reject(new Error(`server has exited (${this.exited})\n${this.stderr}`));
    return new Promise((resolve, reject) => {
      const waiter = {
        uri, test,
        resolve: (p: PublishDiagnosticsParams) => { clearTimeout(timer); resolve(p); },
        reject: (e: Error) => { clearTimeout(timer); reject(e); },
        cancel: () => clearTimeout(timer),
      };
      const timer = setTimeout(() => {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        reject(new Error(`no matching diagnostics for ${uri} within ${WAIT_LIMIT_MS / 1000} s; last: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.code))}\n${this.stderr}`));
      }, WAIT_LIMIT_MS);
      this.#waiters.push(waiter);
    });
  }

  /** A request with the same hang guard as the diagnostics waiters. */
  request<R>(method: string, params: unknown): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method}: no answer within ${WAIT_LIMIT_MS / 1000} s\n${this.stderr}`)), WAIT_LIMIT_MS);
    });
    return Promise.race([this.connection.sendRequest<R>(method, params), limit]).finally(() => clearTimeout(timer));
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'speech'): Promise<PublishDiagnosticsParams> {
    this.#versions.set(uri, 1);
    this.latest.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return this.diagnostics(uri, (p) => p.version === undefined || p.version === 1);
  }

  /** Applies changes and waits for the diagnostics of the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return this.diagnostics(uri, (p) => p.version === version);
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    this.latest.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return this.diagnostics(uri);
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { podium: settings } });
  }

  async shutdown(): Promise<void> {
    this.#shuttingDown = true;
    for (const w of this.#waiters.splice(0)) w.cancel();
    if (this.exited === null) {
      const exited = new Promise((r) => this.#child.once('exit', r));
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        this.#child.kill();
      }
      await exited;
    }
    this.connection.dispose();
  }
}

export function uriOf(name: string): string {
  return pathToFileURL(join('/tmp/podium-test', name)).href;
}
