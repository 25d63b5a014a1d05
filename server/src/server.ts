import {
  CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { createPodiumService, COMPLETION_TRIGGERS } from './service/index.js';
import { toCompletionItem, toDocumentSymbol, toHover } from './convert.js';
import { WarmUp } from './warmUp.js';
import { pathOf } from './settings.js';
import { TemplatesWatcher } from './templatesWatcher.js';
import {
  PodiumCleanUpRequest, PodiumExportDocxRequest, PodiumImportDocxRequest, PodiumRenumberAll, PodiumRestoreParagraphsRequest,
  PodiumSpeechInfoRequest, PodiumTemplatesRequest, PodiumTrustNotification, type InitializationOptions,
} from './protocol.js';
import { workspaceFileKind } from './workspaceFiles.js';
import { Session } from './lsp/session.js';
import { DiagnosticsPublisher } from './lsp/publish.js';
import { codeActions, FIX_ALL_KIND, RENUMBER_KIND } from './lsp/codeActions.js';
import * as requests from './lsp/requests.js';

/**
 * Wires the language features to a connection; the transport is the caller's. Each handler
 * converts LSP params to the service's terms (convert.ts, lsp/) and asks one provider
 * (service/); state lives in the session (documents, settings, analyses).
 */
export function startServer(connection: Connection): void {
  const service = createPodiumService();
  const session = new Session(connection);
  const { documents, settings } = session;
  // Idle warm-up after `initialized`, stopped by the first document; then the code cache.
  const warmUp = new WarmUp();
  const publisher = new DiagnosticsPublisher(connection, session, warmUp);
  const { queue } = publisher;
  let canRegisterConfig = false;
  let templatesWatcher: TemplatesWatcher | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.uiLang = params.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    settings.canPull = !!params.capabilities.workspace?.configuration;
    canRegisterConfig = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    templatesWatcher = new TemplatesWatcher(connection, settings.canPull && !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    settings.trusted = options.workspaceTrusted !== false;
    settings.workspaceFolders = [...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.rootUri ? [params.rootUri] : [])]
      .map((uri) => pathOf(uri)).filter((p): p is string => !!p);
    return {
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
  });

  connection.onInitialized(() => {
    warmUp.start();
    if (canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'podium' });
    void templatesWatcher?.update();
  });

  const revalidateAll = () => {
    session.clear();
    for (const doc of documents.all()) queue.request(doc.uri);
  };

  documents.onDidOpen((e) => queue.request(e.document.uri));
  documents.onDidChangeContent(async (e) => {
    session.lastUri = e.document.uri;
    const s = await settings.get(e.document.uri);
    if (s.run === 'onType') queue.request(e.document.uri);
  });
  documents.onDidSave((e) => {
    // Workspace files feed every speech: saving one re-reads them all.
    if (workspaceFileKind(e.document)) revalidateAll();
    else queue.request(e.document.uri);
  });
  documents.onDidClose((e) => {
    session.forget(e.document.uri);
    publisher.close(e.document.uri);
  });

  connection.onDidChangeConfiguration(() => {
    revalidateAll();
    void templatesWatcher?.update();
  });
  connection.onDidChangeWatchedFiles(revalidateAll);
  connection.onNotification(PodiumTrustNotification.type, ({ trusted }) => {
    settings.trusted = trusted;
    revalidateAll();
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const speech = await session.speech(textDocument.uri, true);
    return speech ? service.outline(speech.analysis).map((item) => toDocumentSymbol(speech.doc, item)) : null;
  });
  connection.onCodeAction((params) => codeActions(session, params));
  connection.onHover(async ({ textDocument, position }) => {
    const speech = await session.speech(textDocument.uri, true);
    return speech ? toHover(speech.doc, service.hover(speech.analysis, speech.doc.offsetAt(position), speech.settings.config)) : null;
  });
  connection.onCompletion(async ({ textDocument, position }) => {
    const speech = await session.speech(textDocument.uri);
    return speech ? service.completions(speech.analysis, position, speech.speech.templates, session.uiLang, new Date(), speech.doc).map(toCompletionItem) : null;
  });
  connection.onExecuteCommand(({ command, arguments: args }) => (command === PodiumRenumberAll.command ? requests.renumberAll(connection, session, args) : null));

  connection.onRequest(PodiumTemplatesRequest.type, (params) => requests.templates(session, params));
  connection.onRequest(PodiumCleanUpRequest.type, async ({ uri }) => requests.cleanUp(session, await session.speech(uri)));
  connection.onRequest(PodiumRestoreParagraphsRequest.type, (params) => requests.restoreParagraphs(session, params));
  connection.onRequest(PodiumSpeechInfoRequest.type, async ({ uri }) => {
    await queue.settled(uri); // the diagnostics of an edit go out first
    return requests.speechInfo(session, await session.speech(uri));
  });
  connection.onRequest(PodiumExportDocxRequest.type, (params) => requests.exportDocx(connection, session, params));
  connection.onRequest(PodiumImportDocxRequest.type, (params) => requests.importDocx(session, params));

  documents.listen(connection);
  connection.listen();
}
