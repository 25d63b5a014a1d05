import * as vscode from 'vscode';
import type { ForkOptions as NodeForkOptions } from 'node:child_process';
import { IPC_SERIALIZATION, SERVER_NODE_OPTIONS, type InitializationOptions } from '../../server/src/protocol.js';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type DocumentSelector, type ErrorHandler, type ForkOptions, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { completeDiagnostics } from './diagnosticLinks.js';

/** How often the server stopped unexpectedly, and how often the user was told. */
export interface CrashCount {
  stops: number;
  reports: number;
}

/** Starts the Podium language server as a Node process beside the extension. */
export function createClient(context: vscode.ExtensionContext, crashes: CrashCount): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // vscode-languageclient passes every fork option on, though its type names only four.
  const fork = (execArgv: string[]): ForkOptions => {
    const options: ForkOptions & Pick<NodeForkOptions, 'serialization'> = { execArgv, serialization: IPC_SERIALIZATION };
    return options;
  };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: fork([...SERVER_NODE_OPTIONS]) },
    debug: { module, transport: TransportKind.ipc, options: fork([...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009']) },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      // Events for a templates folder named later come through the server's own watcher registration.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.podium.yaml'),
        ...templatePatterns().map((pattern) => vscode.workspace.createFileSystemWatcher(pattern)),
      ],
    },
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted, completesDiagnostics: true } satisfies InitializationOptions,
    errorHandler: crashHandler(crashes),
    middleware: {
      handleDiagnostics: completeDiagnostics,
      // A server command run from the palette (podium.renumberAll) gets no arguments: give it the
      // active speech. From the editor's context menu it gets the editor's resource: as a string,
      // the form the server reads (a Uri object would travel as its fields).
      executeCommand: (command, args, next) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (args.length === 0) return next(command, doc?.languageId === 'speech' ? [doc.uri.toString()] : args);
        return next(command, args.map((a) => (a instanceof vscode.Uri ? a.toString() : a)));
      },
    },
  };
  return new LanguageClient('podium', 'Podium', serverOptions, clientOptions);
}

/** Template files live in `.podium/templates/` or the folder `podium.templatesFolder` names. */
function templatePatterns(): string[] {
  const folders = new Set(['.podium/templates', vscode.workspace.getConfiguration('podium').get<string>('templatesFolder') || '.podium/templates']);
  return [...folders].map((f) => `**/${f.replace(/^\.\//, '').replace(/\/+$/, '')}/*.{yaml,yml}`);
}

/** The documents the server checks: speeches, `.podium.yaml` and the template files. */
function documentSelector(): DocumentSelector {
  return [{ language: 'speech' }, { pattern: '**/.podium.yaml' }, ...templatePatterns().map((pattern) => ({ pattern }))];
}

/**
 * A new `podium.templatesFolder` takes effect without a window reload: the client's document
 * selector is fixed once started, so it is set anew and the client restarted (a rare event; the
 * server re-reads the templates and checks every open speech again).
 */
export function followTemplatesFolder(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(async (e) => {
    if (!e.affectsConfiguration('podium.templatesFolder') || !client.isRunning()) return;
    client.clientOptions.documentSelector = documentSelector();
    await client.restart();
  });
}

/**
 * Restart a crashed server, say so once, and stop after 4 crashes in 3 minutes instead of looping
 * (the library default restarts just as often but reports every crash).
 */
function crashHandler(count: CrashCount): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: (_error, _message, errors) => ({ action: (errors ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const now = Date.now();
      count.stops++;
      crashes.push(now);
      while (crashes.length && now - crashes[0]! > 3 * 60_000) crashes.shift();
      if (crashes.length > 4) {
        count.reports++;
        return { action: CloseAction.DoNotRestart, message: vscode.l10n.t('The Podium server stopped 5 times in 3 minutes and will not be restarted. Reload the window to try again.') };
      }
      if (count.reports > 0) return { action: CloseAction.Restart, handled: true };
      count.reports++;
      return { action: CloseAction.Restart, message: vscode.l10n.t('The Podium server stopped unexpectedly and was restarted.') };
    },
  };
}
