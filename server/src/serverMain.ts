import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

// Transport only: stdio, IPC or a socket, as the command line asks (`--stdio`, `--node-ipc`).
const connection = createConnection(ProposedFeatures.all);
// A failed promise somewhere (a client that rejects a request) must not take the server down.
process.on('unhandledRejection', (reason) => connection.console.error(`podium: unhandled rejection: ${String(reason)}`));
startServer(connection);
