import {
  CodeActionKind, DidChangeConfigurationNotification, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, buildOutline, fixAllText, localize, MESSAGES, minimalEdit, sectionSkeleton, speechSkeleton, type Analysis, type Lang } from './core/index.js';
import { codeActions, FIX_ALL_KIND } from './codeActions.js';
import { toDiagnostic, toDocumentSymbol } from './convert.js';
import { AnalysisCache, ValidationQueue } from './documents.js';
import { WarmUp } from './warmUp.js';
import { pathOf, SettingsStore } from './settings.js';
import { TemplatesWatcher } from './templatesWatcher.js';
import { PodiumRenumberAll, PodiumSpeechInfoRequest, PodiumTemplatesRequest, PodiumTrustNotification, type InitializationOptions } from './protocol.js';
import { workspaceFileDiagnostics, workspaceFileKind } from './workspaceFiles.js';
import { numberingHover } from './hover.js';
import { commandUri, RENUMBER_KIND, RENUMBER_TITLE, renumberAction, renumberWorkspaceEdit } from './renumber.js';
import { speechInfo } from './speechInfo.js';
import { exportDocx } from './exportDocx.js';
import { PodiumExportDocxRequest } from './protocol.js';
import { PodiumImportDocxRequest } from './protocol.js';
import { importDocxRequest } from './importDocx.js';
import { COMPLETION_TRIGGERS, completions } from './completion.js';
import { cleanUpDocument, restoreDocument } from './cleanUp.js';
import { PodiumCleanUpRequest, PodiumRestoreParagraphsRequest } from './protocol.js';

/** Wires the language features to a connection; the transport is the caller's. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const cache = new AnalysisCache();
  /** The analysis each document's published diagnostics came from: opening a document requests it twice. */
  const publishedFrom = new Map<string, Analysis>();
  let uiLang: Lang = 'en';
  let canRegisterConfig = false;
  let templatesWatcher: TemplatesWatcher | undefined;
  /** The speech a command without arguments acts on: the one last opened, changed, hovered or asked for symbols. */
  let lastUri: string | undefined;

  const validate = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const s = await settings.get(uri);
      const current = documents.get(uri);
      if (!current || current.version !== doc.version) return; // a newer version is queued
      const special = workspaceFileDiagnostics(doc, uiLang);
      const analysis = special ? undefined : cache.get(doc, s);
      if (analysis && publishedFrom.get(uri) === analysis) return;
      // Findings are in reading order: the cap keeps the first ones, as the writer meets them.
      const diagnostics = special ?? analysis!.findings.slice(0, s.maxProblems).map((f) => toDiagnostic(doc, f, analysis!.model.lang));
      for (const problem of analysis?.patternProblems ?? []) warnPatternOnce(problem.pattern, problem.reason[uiLang]);
      if (analysis) publishedFrom.set(uri, analysis);
      else publishedFrom.delete(uri);
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (error) {
      connection.console.error(`podium: could not check ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  // Idle warm-up after `initialized`, stopped by the first document; then the code cache.
  const warmUp = new WarmUp();
  const queue = new ValidationQueue(validate, warmUp);
  const warnedPatterns = new Set<string>();
  // A refused placeholder pattern is a settings problem: say so once, not on every keystroke.
  const warnPatternOnce = (pattern: string, reason: string) => {
    if (warnedPatterns.has(pattern)) return;
    warnedPatterns.add(pattern);
    const text = localize(MESSAGES.patternIgnored, uiLang, { pattern: JSON.stringify(pattern), reason });
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    uiLang = params.locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
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
    settings.clear();
    cache.clear();
    for (const doc of documents.all()) queue.request(doc.uri);
  };

  documents.onDidOpen((e) => queue.request(e.document.uri));
  documents.onDidChangeContent(async (e) => {
    lastUri = e.document.uri;
    const s = await settings.get(e.document.uri);
    if (s.run === 'onType') queue.request(e.document.uri);
  });
  documents.onDidSave((e) => {
    // Workspace files feed every speech: saving one re-reads them all.
    if (workspaceFileKind(e.document)) revalidateAll();
    else queue.request(e.document.uri);
  });
  documents.onDidClose((e) => {
    queue.cancel(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    publishedFrom.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
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
    const doc = documents.get(textDocument.uri);
    if (!doc || workspaceFileKind(doc)) return null;
    lastUri = doc.uri;
    const analysis = cache.get(doc, await settings.get(doc.uri));
    return buildOutline(analysis.model, analysis.structure, analysis.template, analysis.numbering).map((item) => toDocumentSymbol(doc, item));
  });

  /** Fix-all over the analysis, repeated until nothing certain is left, as one minimal edit. */
  const fixAllEditOf = async (doc: TextDocument) => {
    const s = await settings.get(doc.uri);
    return () => {
      const text = doc.getText();
      const first = cache.get(doc, s);
      const result = fixAllText(text, (t) => (t === text ? first : analyze(t, { config: s.config, templates: s.workspace.templates })).findings);
      const edit = minimalEdit(text, result.text);
      return edit && { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText };
    };
  };

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    lastUri = doc.uri;
    // Titles follow the speech's language, as its diagnostics do; a settings file follows the UI.
    const speechLang = workspaceFileKind(doc) ? uiLang : cache.get(doc, await settings.get(doc.uri)).model.lang;
    const title = localize(MESSAGES.fixAll, speechLang);
    const actions = codeActions(doc, params, { title, edit: workspaceFileKind(doc) ? () => undefined : await fixAllEditOf(doc) });
    const only = params.context.only;
    if (!workspaceFileKind(doc) && (!only || only.some((k) => RENUMBER_KIND === k || RENUMBER_KIND.startsWith(`${k}.`)))) {
      const renumber = renumberAction(doc, cache.get(doc, await settings.get(doc.uri)), speechLang);
      if (renumber) actions.push(renumber);
    }
    return actions;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || workspaceFileKind(doc)) return null;
    lastUri = doc.uri;
    const s = await settings.get(doc.uri);
    return numberingHover(doc, cache.get(doc, s), position, s.config);
  });

  // "Renumber all" from a palette: the argument names the document; without one, the speech last worked on.
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== PodiumRenumberAll.command) return null;
    const doc = documents.get(commandUri(args) ?? lastUri ?? '');
    if (!doc || workspaceFileKind(doc)) return { applied: false };
    const edit = renumberWorkspaceEdit(doc, cache.get(doc, await settings.get(doc.uri)));
    if (!edit) return { applied: true, edits: 0 };
    const result = await connection.workspace.applyEdit({ label: RENUMBER_TITLE[uiLang], edit });
    return { applied: result.applied, edits: edit.changes![doc.uri]!.length };
  });

  connection.onRequest(PodiumTemplatesRequest.type, async ({ uri, locale }) => {
    const lang: Lang = locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : uiLang;
    const ws = uri ? (await settings.get(uri)).workspace : settings.workspaceFor('');
    return [...ws.templates.templates.values()].map((t) => ({
      id: t.id, name: t.name[lang], lang: t.lang, origin: t.origin,
      sections: t.sections.map((s) => ({ id: s.id, label: s.label[lang], required: s.required, kind: s.kind, skeleton: sectionSkeleton(s, t.lang) })),
      skeleton: speechSkeleton(t, t.lang),
      ...(t.description ? { description: t.description[lang] } : {}),
    }));
  });

  // Clean Up Pasted Text and Restore Paragraphs: the client applies the edit, so one undo restores the paste.
  connection.onRequest(PodiumCleanUpRequest.type, async ({ uri }) => {
    const doc = documents.get(uri);
    if (!doc || workspaceFileKind(doc)) return null;
    const s = await settings.get(uri);
    return cleanUpDocument(doc, cache.get(doc, s), s, uiLang);
  });
  connection.onRequest(PodiumRestoreParagraphsRequest.type, ({ uri, headings }) => {
    const doc = documents.get(uri);
    return !doc || workspaceFileKind(doc) ? null : restoreDocument(doc, headings === true, uiLang);
  });

  // Structure view, status bar and completion: each handler delegates to its own file.
  connection.onRequest(PodiumSpeechInfoRequest.type, async ({ uri }) => {
    await queue.settled(uri); // the diagnostics of an edit go out first
    const doc = documents.get(uri);
    if (!doc || workspaceFileKind(doc)) return null;
    const s = await settings.get(uri);
    return speechInfo(doc, cache.get(doc, s), s.config, s.workspace.templates, uiLang);
  });
  // Export to Word: the open speech's analysis, as the editor shows it, unsaved edits included.
  connection.onRequest(PodiumExportDocxRequest.type, async ({ uri, layout, text }) => {
    const doc = documents.get(uri);
    if ((!doc && text === undefined) || (doc && workspaceFileKind(doc))) return null;
    const s = await settings.get(uri);
    const analysis = doc ? cache.get(doc, s) : analyze(text!, { config: s.config, templates: s.workspace.templates });
    return exportDocx(connection, settings.canPull, uri, analysis, s.workspace, layout, uiLang);
  });
  // Import from Word: bytes in, a speech out; the client writes and opens it.
  connection.onRequest(PodiumImportDocxRequest.type, (params) => importDocxRequest(params, uiLang));
  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || workspaceFileKind(doc)) return null;
    const s = await settings.get(doc.uri);
    return completions(doc, position, cache.get(doc, s), s.workspace.templates, uiLang);
  });

  documents.listen(connection);
  connection.listen();
}
