#!/usr/bin/env node
// Runs the Mocha suites of test/vscode/ inside a real VS Code.
//
//   node test/vscode/run.mjs [--vsix podium.vsix | --extension DIR] [--suite DIR] [--grep PATTERN] [--locale zh-cn] [--timeout S] [--keep]
//
// Hosts (env PODIUM_VSCODE):
//   code-server (default)  VS Code 1.100 as code-server from npm, installed on first use into
//                          .vscode-test/, its workbench opened in headless Chromium (CHROMIUM,
//                          default /usr/lib/chromium/chromium: apt-get install chromium).
//   electron               a desktop VS Code downloaded by @vscode/test-electron (VSCODE_VERSION),
//                          or VSCODE_EXECUTABLE; needs a display (xvfb-run -a).
// --vsix installs a packaged extension instead of loading the working tree, and runs
// test/vscode/vsix-suite/ unless --suite says otherwise. --extension loads another extension
// folder than the repo root (default) as the development extension.
// Other env: CODE_SERVER_VERSION (4.100.3), PODIUM_VSCODE_TIMEOUT (seconds, whole run incl. install,
// default 900), PODIUM_VSCODE_VERBOSE=1 (relay the whole workbench log, not only the extension host's).
// Exit status: 0 all tests passed; 1 tests failed or none ran; 2 setup error (no host…); 124 timeout.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { closeBrowser, defaultChromium } from './host/browser.mjs';
import { killAllGroups, killAllGroupsSync, log, RunnerError } from './host/util.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const t0 = Date.now();

const { values: opt } = parseArgs({ options: {
  vsix: { type: 'string' }, extension: { type: 'string' }, suite: { type: 'string' }, grep: { type: 'string' },
  timeout: { type: 'string' }, locale: { type: 'string' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
} });
if (opt.help) { process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 17).join('\n') + '\n'); process.exit(0); }

const hostKind = process.env.PODIUM_VSCODE || 'code-server';
const timeoutS = Number(opt.timeout ?? process.env.PODIUM_VSCODE_TIMEOUT ?? 900);
const verbose = process.env.PODIUM_VSCODE_VERBOSE === '1';
const cacheDir = join(root, '.vscode-test');
let runDir;

async function finish(code, why) {
  if (why) process.stderr.write(`\n[test:vscode] ${code === 0 ? '' : 'FAILED: '}${why}\n`);
  await closeBrowser();
  await killAllGroups();
  if (runDir && (opt.keep || ((code === 1 || code === 124) && process.env.CI !== 'true'))) log(`run dir kept: ${runDir}`);
  else if (runDir) rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('exit', killAllGroupsSync);
for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) process.on(sig, () => finish(128 + n, `stopped by ${sig}`));
setTimeout(() => finish(124, `timed out after ${timeoutS} s (PODIUM_VSCODE_TIMEOUT / --timeout); a hung test never reports back`), timeoutS * 1000).unref();

/** Bundles index.ts + *.test.ts of a suite folder into test/out/vscode/<name>/ (vscode and mocha stay external). */
async function bundleSuite(suiteDir) {
  const outdir = join(root, 'test/out/vscode', basename(suiteDir));
  const entryPoints = readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(suiteDir, f));
  if (!entryPoints.some((f) => f.endsWith('index.ts'))) throw new RunnerError(`${suiteDir} has no index.ts`);
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ entryPoints, outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
  return join(outdir, 'index.js');
}

async function main() {
  const vsix = opt.vsix && resolve(opt.vsix);
  if (vsix && !existsSync(vsix)) throw new RunnerError(`no such vsix: ${vsix}`);
  const extDir = resolve(opt.extension ?? root);
  if (!vsix && !existsSync(join(extDir, 'package.json'))) throw new RunnerError(`${extDir}/package.json is missing`);
  const main = !vsix && JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8')).main;
  if (main && !existsSync(resolve(extDir, main)) && !existsSync(resolve(extDir, `${main}.js`))) {
    throw new RunnerError(`${resolve(extDir, main)} is missing: run \`npm run build\` first`);
  }
  const suiteDir = resolve(opt.suite ?? join(here, vsix ? 'vsix-suite' : 'suite'));
  const testsIndex = await bundleSuite(suiteDir);

  runDir = mkdtempSync(join(tmpdir(), 'podium-vscode-'));
  const workspace = join(runDir, 'workspace');
  cpSync(join(here, 'workspace'), workspace, { recursive: true });
  let devPath = extDir;
  if (vsix) { // the packaged extension is installed; a stub takes the development-extension slot the test API needs
    devPath = join(runDir, 'stub-extension');
    mkdirSync(devPath);
    writeFileSync(join(devPath, 'package.json'), JSON.stringify({ name: 'podium-vsix-test-stub', publisher: 'podium-test', version: '0.0.0', engines: { vscode: '*' } }));
  }
  const resultsFile = join(runDir, 'results.json');
  const env = { PODIUM_TEST_RESULTS: resultsFile, PODIUM_REPO_ROOT: root, PODIUM_TEST_EXTENSIONS_DIR: join(runDir, 'ext'), ...(opt.grep ? { MOCHA_GREP: opt.grep } : {}) };
  const common = { cacheDir, runDir, extensionDevelopmentPath: devPath, extensionTestsPath: testsIndex, workspace, vsix, env, locale: opt.locale };
  log(`suite ${suiteDir.replace(root + '/', '')} on ${hostKind}${vsix ? ` with ${vsix}` : ''}`);

  let code;
  if (hostKind === 'electron') {
    const { runElectron } = await import('./host/electron.mjs');
    code = await runElectron(common);
  } else if (hostKind === 'code-server') {
    const { runWeb } = await import('./host/web.mjs');
    const logFile = join(runDir, 'workbench.log');
    code = await runWeb({ ...common, chromium: defaultChromium(), version: process.env.CODE_SERVER_VERSION || '4.100.3',
      onLog: (line) => { appendFileSync(logFile, line + '\n'); if (verbose || isExtensionHostLine(line)) process.stdout.write(line + '\n'); } });
  } else {
    throw new RunnerError(`unknown PODIUM_VSCODE=${hostKind} (code-server or electron)`);
  }
  return verdict(code, resultsFile);
}

/** Workbench start-up chatter; it stays in workbench.log (PODIUM_VSCODE_VERBOSE=1 shows it). */
const NOISE = /^(Ignoring fetching additional builtin extensions|Creating a socket|Resolv(ing|ed) connection token|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;
const isExtensionHostLine = (line) => !NOISE.test(line);

/** Never pass silently: an exit code 0 also needs a results file saying tests ran and none failed. */
function verdict(code, resultsFile) {
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (!existsSync(resultsFile)) return [code || 1, `no test results (extension host exit ${code}): the suite did not run; see the log above${opt.keep ? '' : ' (--keep keeps the run dir)'}`];
  const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const summary = `vscode-tests: ${r.passes} passed, ${r.failures} failed, ${r.pending} skipped in ${secs} s`;
  if (code === 0 && r.failures === 0 && r.passes > 0) return [0, summary];
  return [code || 1, r.passes === 0 && r.failures === 0 ? `no test ran (${summary})` : summary];
}

main().then(([code, why]) => finish(code, why), (e) => {
  finish(e instanceof RunnerError ? e.exitCode : 2, e instanceof RunnerError ? e.message : (e?.stack ?? String(e)));
});
