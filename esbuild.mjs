// Bundles what ships: the extension client, the language server and the CLI (CommonJS, Node 20).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { renameSync } from 'node:fs';
import { dirname } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--cli`: the command line only (npm pack's prepack, see .npmignore).
const cliOnly = process.argv.includes('--cli');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // remark's packages are ESM with `exports`; prefer their node builds.
  mainFields: ['module', 'main'],
};

/**
 * The client imports server/src/protocol.ts, whose `vscode-languageserver-protocol` would be a
 * second copy beside the language client's own (about 200 KB): resolve it from the client's.
 */
const oneProtocolCopy = {
  name: 'one-protocol-copy',
  setup(build) {
    const resolveDir = dirname(createRequire(import.meta.url).resolve('vscode-languageclient/node'));
    build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, (args) =>
      args.resolveDir === resolveDir ? undefined : build.resolve(args.path, { kind: args.kind, resolveDir }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], plugins: [oneProtocolCopy] },
  // server.js only loads server-main.js through V8's code cache (server/src/node/codeCache.ts).
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/serverMain.ts'], outfile: 'server/out/server-main.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  await Promise.all(contexts.map((c) => c.watch()));
} else if (cliOnly) {
  // Built beside and renamed over server/out/cli.js, so a podium already running from it never
  // reads half a file.
  const cli = builds.at(-1);
  await esbuild.build({ ...common, ...cli, sourcemap: false, outfile: `${cli.outfile}.tmp` });
  renameSync(`${cli.outfile}.tmp`, cli.outfile);
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
