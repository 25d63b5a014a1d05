// The default host: VS Code 1.100 as code-server (server + Node extension host) with
// its web workbench opened in headless Chromium. Works where no desktop VS Code can be
// downloaded; the tests still run in VS Code's real Node extension host.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, payloadFlags } from './code-server.mjs';
import { runInWorkbench, assertChromium } from './browser.mjs';
import { freePort, log, run, RunnerError, sleep, spawnGroup } from './util.mjs';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  // The web workbench saves a changed file after a second by default (desktop VS Code does not):
  // a test's typing was sometimes saved into a fixture before its revert, and a later test read it.
  'files.autoSave': 'off',
};

/**
 * @param {{cacheDir: string, runDir: string, extensionDevelopmentPath: string, extensionTestsPath: string,
 *   workspace: string, vsix?: string, env: Record<string, string>, chromium: string, version: string,
 *   onLog: (line: string) => void}} o
 * @returns {Promise<number>} the extension host's exit code
 */
export async function runWeb(o) {
  assertChromium(o.chromium); // before a 2-minute install that could not be used anyway
  const cs = await ensureCodeServer(o.cacheDir, o.version);
  const dirs = Object.fromEntries(['ud', 'ext', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp']
    .map((d) => [d, join(o.runDir, d)]));
  Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));
  mkdirSync(join(dirs.ud, 'User'), { recursive: true });
  writeFileSync(join(dirs.ud, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // Everything code-server writes stays in the run dir; the variables also reach the extension host.
  const env = {
    ...process.env, ...o.env,
    XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'], XDG_CACHE_HOME: dirs['xdg-cache'], TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{}', // no gallery lookups
  };
  const args = [cs.entry, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--user-data-dir', dirs.ud,
    '--extensions-dir', dirs.ext, '--config', join(o.runDir, 'config.yaml'), ...payloadFlags(cs.csDir),
    ...(o.locale ? ['--locale', o.locale] : [])];
  const serverLog = join(o.runDir, 'server.log');

  if (o.vsix) {
    const t = Date.now();
    const code = await run(cs.nodeBin, [...args, '--install-extension', o.vsix], { env, logFile: serverLog });
    if (code !== 0) throw new RunnerError(`cannot install ${o.vsix} (exit ${code}):\n${readFileSync(serverLog, 'utf8')}`);
    log(`installed ${o.vsix} in ${Date.now() - t} ms`);
  }

  const authority = `127.0.0.1:${await freePort()}`;
  const t0 = Date.now();
  const server = spawnGroup(cs.nodeBin, [...args, '--bind-addr', authority], { env, logFile: serverLog });
  let serverExit;
  server.once('exit', (code, signal) => { serverExit = `code-server exited (${code ?? signal})`; });
  await waitHealthy(authority, () => serverExit, serverLog);
  log(`code-server ${cs.about} ready on ${authority} in ${Date.now() - t0} ms`);

  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(o.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(o.extensionTestsPath.replace(/\.js$/, ''))],
    ['skipWelcome', 'true'],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const code = await runInWorkbench({ url, executablePath: o.chromium, onLog: o.onLog, locale: o.locale });
  log(`extension host exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s (server start + workbench + tests)`);
  if (serverExit) log(`${serverExit}; its log: ${serverLog}`);
  return code;
}

async function waitHealthy(authority, exited, serverLog) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (exited()) throw new RunnerError(`${exited()}:\n${readFileSync(serverLog, 'utf8')}`);
    try { if ((await fetch(`http://${authority}/healthz`)).ok) return; } catch { /* not yet */ }
    await sleep(200);
  }
  throw new RunnerError(`code-server not ready after 60 s:\n${readFileSync(serverLog, 'utf8')}`);
}
