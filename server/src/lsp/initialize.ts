import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { COMPLETION_TRIGGERS } from '../service/index.js';
import { PodiumRenumberAll, type InitializationOptions } from '../protocol.js';
import { pathOf } from '../settings.js';
import { FIX_ALL_KIND, RENUMBER_KIND } from './codeActions.js';
import type { Session } from './session.js';

/** What the server offers, whatever the client. */
const RESULT: InitializeResult = {
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    documentSymbolProvider: { label: 'Podium' },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, RENUMBER_KIND], resolveProvider: false },
    hoverProvider: true,
    executeCommandProvider: { commands: [PodiumRenumberAll.command] },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
  },
  serverInfo: { name: 'podium', version: '0.1.0' },
};

/**
 * The handshake: what the client says about itself (language, trust, workspace folders, what it
 * lets the server pull or register) goes into the session; the answer is the server's offer.
 */
export function initialize(session: Session, params: InitializeParams): InitializeResult {
  const { settings, client } = session;
  const workspace = params.capabilities.workspace;
  session.uiLang = params.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  settings.canPull = !!workspace?.configuration;
  client.registersConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
  client.registersWatchers = settings.canPull && !!workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  settings.trusted = options.workspaceTrusted !== false;
  client.completesDiagnostics = options.completesDiagnostics === true;
  settings.workspaceFolders = [...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.rootUri ? [params.rootUri] : [])]
    .map((uri) => pathOf(uri)).filter((p): p is string => !!p);
  return RESULT;
}
