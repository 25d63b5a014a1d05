import { join } from 'node:path';
import { runWithCodeCache } from './node/codeCache.js';

// server/out/server.js: loads the language server (server/out/server-main.js, from serverMain.ts)
// through V8's code cache, so a fresh server neither compiles its bundle nor the analysis again.
runWithCodeCache(join(__dirname, 'server-main.js'));
