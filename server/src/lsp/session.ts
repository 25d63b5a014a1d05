import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Lang } from '../core/index.js';
import type { SpeechSettings } from '../service/index.js';
import type { PodiumSpeechInfoRequest } from '../protocol.js';
import { AnalysisCache } from '../documents.js';
import { SettingsStore, type DocumentSettings } from '../settings.js';
import { workspaceFileKind } from '../workspaceFiles.js';

/** An open speech with what every provider reads: its settings and its analysis for this version. */
export interface OpenSpeech {
  readonly doc: TextDocument;
  readonly settings: DocumentSettings;
  /** The settings as the service takes them. */
  readonly speech: SpeechSettings;
  readonly analysis: Analysis;
}

/**
 * What the server knows between messages: the open documents, their settings and analyses
 * (documents.ts, settings.ts), the editor's language, and the speech a command without arguments
 * acts on. Handlers ask it for an `OpenSpeech` and hand that to a provider.
 */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache = new AnalysisCache();
  readonly settings: SettingsStore;
  /** The editor's display language: what Podium says about its own UI and settings files. */
  uiLang: Lang = 'en';
  /** The speech last opened, changed, hovered or asked for symbols or actions. */
  lastUri: string | undefined;
  /** The last `podium/speechInfo` answer sent for each speech: the next may send only what changed. */
  readonly speechInfoSent = new Map<string, PodiumSpeechInfoRequest.Full>();
  /**
   * What the client lets the server register, and whether it gives diagnostics their source and
   * rule link itself (read at initialize).
   */
  readonly client = { registersConfiguration: false, registersWatchers: false, completesDiagnostics: false };

  constructor(connection: Connection) {
    this.settings = new SettingsStore(connection);
  }

  /**
   * The open speech at `uri`, analysed; undefined when it is not open or is a workspace file
   * (`.podium.yaml`, a template). `remember`: a command without arguments will act on it.
   */
  async speech(uri: string, remember = false): Promise<OpenSpeech | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || workspaceFileKind(doc)) return undefined;
    if (remember) this.lastUri = uri;
    const settings = await this.settings.get(uri);
    return { doc, settings, speech: speechSettingsOf(settings), analysis: this.cache.get(doc, settings) };
  }

  /** A closed document: its analysis, parse and settings go. */
  forget(uri: string): void {
    this.cache.delete(uri);
    this.settings.forget(uri);
    this.speechInfoSent.delete(uri);
  }

  /** Settings and analyses go (settings or workspace files changed); parses stay. */
  clear(): void {
    this.settings.clear();
    this.cache.clear();
  }
}

function speechSettingsOf(settings: DocumentSettings): SpeechSettings {
  return { config: settings.config, templates: settings.workspace.templates };
}
