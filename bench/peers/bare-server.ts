// The floor under Podium's server: vscode-languageserver keeping documents in sync and publishing
// an empty diagnostics list for each version, bundled and started the way Podium's server is. The
// bench times its `initialize` and its keystroke round trip beside Podium's. With
// PODIUM_BENCH_REPLAY=<file> it publishes the diagnostics listed there instead (JSON, as Podium
// published them for the text as opened): what delivering that many costs, with no analysis.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const replay = process.env['PODIUM_BENCH_REPLAY'];
const diagnostics: Diagnostic[] = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as Diagnostic[]) : [];
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) => {
  document.getText(); // what any checker reads first
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});
documents.listen(connection);
connection.listen();
