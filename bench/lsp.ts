/**
 * A bare LSP client for timing the built server (the test harness hides the pid), over stdio as
 * other editors talk to it, or over node IPC as VS Code's client does (`fork`, `--node-ipc`, V8's
 * serialization: IPC_SERIALIZATION in protocol.ts).
 */
import { IPC_SERIALIZATION, PodiumSpeechInfoRequest, SERVER_NODE_OPTIONS, type InitializationOptions } from '../server/src/protocol.js';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, IPCMessageReader, IPCMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  ShutdownRequest, ExitNotification, ConfigurationRequest, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(import.meta.dirname, '..', 'server', 'out', 'server.js');

export type Transport = 'stdio' | 'ipc';

export class BenchClient {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly spawnedAt = performance.now();
  /** Called with every publishDiagnostics and the time it arrived. */
  onDiagnostics: (p: PublishDiagnosticsParams, at: number) => void = () => {};
  #waiters: { uri: string; version: number; resolve: (at: number) => void }[] = [];
  readonly #heldInfo = new Map<string, PodiumSpeechInfoRequest.Full>();

  /** `server`: a bundled server script; Podium's by default. */
  /** `env`: added to the server's environment (`PODIUM_CODE_CACHE=off` to time a start without the code cache). */
  constructor(server = SERVER, readonly transport: Transport = 'stdio', env: Record<string, string> = {}) {
    // Started as the extension starts it (same Node options); over IPC the way vscode-languageclient forks it.
    const execArgv = [...SERVER_NODE_OPTIONS, ...profileArgs()];
    const options = { env: { ...process.env, ...env } };
    if (transport === 'ipc') {
      this.child = fork(server, ['--node-ipc', `--clientProcessId=${process.pid}`], { ...options, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: IPC_SERIALIZATION });
      this.connection = createProtocolConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    } else {
      this.child = spawn(process.execPath, [...execArgv, server, '--stdio'], { ...options, stdio: ['pipe', 'pipe', 'inherit'] });
      this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const at = performance.now();
      this.onDiagnostics(p, at);
      this.#waiters = this.#waiters.filter((w) => {
        if (w.uri !== p.uri || (p.version ?? 0) < w.version) return true;
        w.resolve(at);
        return false;
      });
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    this.connection.listen();
  }

  /** Milliseconds from spawn to the initialize result. */
  async initialize(): Promise<number> {
    // Over IPC the client is VS Code's, which adds each diagnostic's source and rule link itself
    // (client/src/diagnosticLinks.ts); other editors, over stdio, get them from the server.
    const initializationOptions: InitializationOptions = this.transport === 'ipc' ? { completesDiagnostics: true } : {};
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null, initializationOptions,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    const ready = performance.now() - this.spawnedAt;
    await this.connection.sendNotification(InitializedNotification.type, {});
    return ready;
  }

  /** Resolves with the arrival time of diagnostics for `version` or later. */
  published(uri: string, version: number): Promise<number> {
    return new Promise((resolve) => this.#waiters.push({ uri, version, resolve }));
  }

  /** Opens a document; resolves with milliseconds from didOpen to its first diagnostics. */
  async open(uri: string, text: string): Promise<number> {
    const done = this.published(uri, 1);
    const t0 = performance.now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'speech', version: 1, text } });
    return (await done) - t0;
  }

  /**
   * `podium/speechInfo`: what the status bar and the Structure view ask after each edit. As the
   * extension's client does (client/src/speechInfo.ts), it names the answer it holds and builds
   * the whole from what changed; `whole`: ask without one.
   */
  async speechInfo(uri: string, whole = false): Promise<PodiumSpeechInfoRequest.Full | null> {
    const held = whole ? undefined : this.#heldInfo.get(uri);
    const answer = await this.connection.sendRequest(PodiumSpeechInfoRequest.type, { uri, ...(held ? { previousResultId: held.resultId } : {}) });
    if (!answer) return null;
    const full = PodiumSpeechInfoRequest.resolve(held, answer);
    if (!full) throw new Error(`speechInfo sent a delta on ${PodiumSpeechInfoRequest.isDelta(answer) ? answer.base : '?'}, not on the answer held`);
    this.#heldInfo.set(uri, full);
    return full;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Peak resident set (VmHWM) of the server process, in MB. */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
  }

  async close(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}

/**
 * `PODIUM_BENCH_PROFILE=<dir>`: each server the bench starts writes a V8 CPU profile there when it
 * exits. `PODIUM_BENCH_NODE_ARGS`: more Node options for the servers (`--trace-gc`), space-separated.
 */
function profileArgs(): string[] {
  const dir = process.env['PODIUM_BENCH_PROFILE'];
  const extra = process.env['PODIUM_BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  return [...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []), ...extra];
}
