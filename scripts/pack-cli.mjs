// Packs the command line as an npm package: `node scripts/pack-cli.mjs [--out <folder>]` prints the
// path of podium-<version>.tgz, which `npm install -g` turns into a `podium` command.
//
// Why a staging folder rather than `npm pack` at the root: the root package.json is the VS Code
// extension manifest. A `files` list there makes vsce refuse to package (it will not combine
// `files` with .vscodeignore), and its runtime `dependencies` (already inside the esbuild bundle)
// would make `npm install -g` fetch them. The staged manifest names only the bundle, has no
// dependencies, and takes its name, version and licence from the root one.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
if (process.env.npm_lifecycle_event === 'prepack') {
  // `npm pack` at the root would pack the extension's sources without the bundle: point to the right command.
  process.stderr.write('podium: the root package is the VS Code extension; pack the command line with `npm run pack:cli`.\n'
    + 'podium：根目录的包是 VS Code 扩展；请用 `npm run pack:cli` 打包命令行工具。\n');
  process.exit(1);
}
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] ?? '.' : '.');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

mkdirSync(out, { recursive: true });
const stage = mkdtempSync(join(tmpdir(), 'podium-pack-'));
try {
  // The same options as esbuild.mjs's CLI build in --production, written here rather than into
  // server/out so that packing never rewrites a bundle another process may be running.
  await esbuild.build({
    entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(stage, 'cli.js'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: false,
    logLevel: 'warning', mainFields: ['module', 'main'],
  });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({
    name: manifest.name,
    version: manifest.version,
    description: nls.description,
    license: manifest.license,
    bin: { podium: 'cli.js' },
    files: ['cli.js'],
    engines: { node: manifest.engines.node },
    repository: manifest.repository,
    keywords: manifest.keywords,
  }, null, 2) + '\n');
  for (const file of ['README.md', 'LICENSE']) copyFileSync(join(root, file), join(stage, file));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }));
  process.stdout.write(join(out, packed.filename) + '\n');
} finally {
  rmSync(stage, { recursive: true, force: true });
}
