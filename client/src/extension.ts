import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, followTemplatesFolder, type CrashCount } from './client.js';
import { registerCommands } from './commands.js';
import { registerCleanUp } from './cleanUp.js';
import { SpeechInfoTracker, type SpeechInfo } from './speechInfo.js';
import { SpeechStatusBar } from './statusBar.js';
import { createStructureView, type StructureRow } from './structureView/index.js';

let client: LanguageClient | undefined;

/** What `activate` returns: read-only views of what the user sees, for the integration tests. */
export interface PodiumApi {
  /** Rows of the Speech Structure view, depth first. */
  structureItems(): StructureRow[];
  /** Whether the Speech Structure view is on screen. */
  structureVisible(): boolean;
  /** The status bar text, or undefined when it is hidden. */
  statusBarText(): string | undefined;
  /** The latest `podium/speechInfo` of the active speech. */
  speechInfo(): SpeechInfo | undefined;
  /** Resolves once the view and status bar show info for `uri` that satisfies `predicate`. */
  whenSpeechInfo(uri: vscode.Uri, predicate?: (info: SpeechInfo) => boolean): Promise<SpeechInfo>;
  /** Milliseconds from `activate` to a started language client and registered views. */
  readonly activationMs: number;
  /** Unexpected server stops so far, and how many of them the user was told about. */
  serverCrashes(): Readonly<CrashCount>;
}

export async function activate(context: vscode.ExtensionContext): Promise<PodiumApi> {
  const started = performance.now();
  const crashes: CrashCount = { stops: 0, reports: 0 };
  client = createClient(context, crashes);
  await client.start();
  const tracker = new SpeechInfoTracker(client);
  const statusBar = new SpeechStatusBar(tracker);
  const structure = createStructureView(tracker, context.globalState);
  context.subscriptions.push(
    tracker, statusBar, structure, followTemplatesFolder(client),
    ...registerCommands(client, tracker),
    ...registerCleanUp(client),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('podium/trust', { trusted: true })),
  );
  void vscode.commands.executeCommand('setContext', 'podium.active', true);
  const activationMs = performance.now() - started;
  return {
    activationMs,
    serverCrashes: () => ({ ...crashes }),
    structureItems: () => structure.rows(),
    structureVisible: () => structure.visible(),
    statusBarText: () => statusBar.text,
    speechInfo: () => tracker.info,
    whenSpeechInfo: (uri, predicate = () => true) => new Promise((resolve) => {
      const matches = (info: SpeechInfo | undefined) => !!info && info.uri === uri.toString() && predicate(info);
      if (matches(tracker.info)) return resolve(tracker.info!);
      const sub = tracker.onDidChange((info) => {
        if (!matches(info)) return;
        sub.dispose();
        resolve(info!);
      });
    }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
