import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the Podium language server as a Node process beside the extension. */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'speech' },
      { pattern: '**/.podium.yaml' },
      { pattern: '**/.podium/templates/*.{yaml,yml}' },
    ],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.podium.yaml'),
        vscode.workspace.createFileSystemWatcher('**/.podium/templates/*.{yaml,yml}'),
      ],
    },
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    middleware: {
      // A server command run from the palette (podium.renumberAll) gets no arguments: give it the active speech.
      executeCommand: (command, args, next) => {
        const doc = vscode.window.activeTextEditor?.document;
        return next(command, args.length === 0 && doc?.languageId === 'speech' ? [doc.uri.toString()] : args);
      },
    },
  };
  return new LanguageClient('podium', 'Podium', serverOptions, clientOptions);
}
