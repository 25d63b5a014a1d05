import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

// Transport only: stdio, IPC or a socket, as the command line asks (`--stdio`, `--node-ipc`).
startServer(createConnection(ProposedFeatures.all));
