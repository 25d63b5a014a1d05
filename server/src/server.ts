import { DidChangeConfigurationNotification, type Connection } from 'vscode-languageserver/node';
import { createPodiumService } from './service/index.js';
import { toCompletionItem, toDocumentSymbol, toHover } from './convert.js';
import { WarmUp } from './warmUp.js';
import { TemplatesWatcher } from './templatesWatcher.js';
import {
  PodiumCleanUpRequest, PodiumExportDocxRequest, PodiumImportDocxRequest, PodiumRenumberAll, PodiumRestoreParagraphsRequest,
  PodiumSpeechInfoRequest, PodiumTemplatesRequest, PodiumTrustNotification,
} from './protocol.js';
import { workspaceFileKind } from './workspaceFiles.js';
import { Session } from './lsp/session.js';
import { initialize } from './lsp/initialize.js';
import { DiagnosticsPublisher } from './lsp/publish.js';
import { codeActions } from './lsp/codeActions.js';
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
  const templatesWatcher = new TemplatesWatcher(connection, () => session.client.registersWatchers);

  connection.onInitialize((params) => initialize(session, params));
  connection.onInitialized(() => {
    warmUp.start();
    if (session.client.registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'podium' });
    void templatesWatcher.update();
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
    void templatesWatcher.update();
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
  connection.onRequest(PodiumSpeechInfoRequest.type, async ({ uri, previousResultId }) => {
    await queue.settled(uri); // the diagnostics of an edit go out first
    return requests.speechInfo(session, await session.speech(uri), previousResultId);
  });
  connection.onRequest(PodiumExportDocxRequest.type, (params) => requests.exportDocx(connection, session, params));
  connection.onRequest(PodiumImportDocxRequest.type, (params) => requests.importDocx(session, params));

  documents.listen(connection);
  connection.listen();
}
