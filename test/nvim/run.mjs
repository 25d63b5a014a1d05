#!/usr/bin/env node
// Runs the Podium language server under headless Neovim (a second real LSP client, Debian's
// neovim 0.7.2 or newer) and checks the diagnostics it receives for a few fixture speeches.
//
//   node test/nvim/run.mjs [--server path/to/server.js]
//
// Env: NVIM (default: nvim on PATH), PODIUM_NVIM_TIMEOUT_MS (per case, default 15000).
// Exit status: 0 all cases passed, 1 a case failed, 2 setup error (no nvim, server not built).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const fixtures = join(root, 'test/vscode/workspace'); // the same speeches the VS Code suites open
const { values: opt } = parseArgs({ options: { server: { type: 'string' } } });
const server = resolve(opt.server ?? join(root, 'server/out/server.js'));
const nvim = process.env.NVIM || 'nvim';
const timeoutMs = Number(process.env.PODIUM_NVIM_TIMEOUT_MS ?? 15000);

/** 0-based line and byte column (what Neovim reports) of the first occurrence of `needle` in a fixture. */
function positionOf(file, needle) {
  const text = readFileSync(join(fixtures, file), 'utf8');
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, col: Buffer.byteLength(before[before.length - 1], 'utf8') };
}

const CASES = [
  { name: 'placeholder and missing section', file: 'review-problems.speech.md',
    // the column checks the server's UTF-16 positions after CJK text
    expect: [{ code: 'placeholder', message: 'XXX', ...positionOf('review-problems.speech.md', 'XXX') },
      { code: 'missing-section', message: '问题与不足' }] },
  { name: 'clean 述职会 speech', file: 'review-clean.speech.md', none: true },
];

function fail(msg, code = 2) { process.stderr.write(`[test:nvim] FAILED: ${msg}\n`); process.exit(code); }

const probe = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) fail(`cannot run ${nvim}: install Neovim (apt-get install neovim, or run .ci/run) or set NVIM`);
if (!existsSync(server)) fail(`${server} is missing: run \`npm run build\` first`);
process.stderr.write(`[test:nvim] ${probe.stdout.split('\n')[0]}, server ${server.replace(root + '/', '')}\n`);

function runCase(c, i) {
  const home = join(homeRoot, `case-${i}`);
  const payload = { cmd: [process.execPath, server, '--stdio'], file: join(fixtures, c.file), root: fixtures,
    expect: c.expect ?? [], none: c.none ?? false, timeout_ms: timeoutMs };
  const env = { ...process.env, PODIUM_NVIM_CASE: JSON.stringify(payload),
    // Neovim writes lsp.log, shada and swap files under these: keep them out of the home folder
    XDG_CACHE_HOME: join(home, 'cache'), XDG_STATE_HOME: join(home, 'state'), XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
  const args = ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'check.lua')}`];
  return new Promise((resolvePromise) => {
    const child = spawn(nvim, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child.pid);
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const guard = setTimeout(() => { output += `\nNVIM-LSP: killed after ${timeoutMs + 10000} ms\n`; try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, timeoutMs + 10000);
    child.on('close', (code, signal) => { clearTimeout(guard); children.delete(child.pid); resolvePromise({ code: code ?? (signal ? 124 : 1), output }); });
  });
}

const homeRoot = mkdtempSync(join(tmpdir(), 'podium-nvim-'));
const children = new Set();
process.on('exit', () => {
  for (const pid of children) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  rmSync(homeRoot, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGPIPE']) process.on(sig, () => process.exit(130));
let failed = 0;
const t0 = Date.now();
for (const [i, c] of CASES.entries()) {
  const home = join(homeRoot, `case-${i}`);
  const { code, output } = await runCase(c, i);
  const ok = code === 0 && /NVIM-LSP: PASS/.test(output);
  if (!ok) failed++;
  process.stdout.write(`${ok ? '✔' : '✘'} nvim: ${c.name}\n` + output.replace(/\r/g, '').split('\n').filter(Boolean).map((l) => `    ${l}\n`).join(''));
  if (!ok) {
    process.stdout.write(`    (nvim exit ${code})\n`);
    const lspLog = join(home, 'cache/nvim/lsp.log');
    if (existsSync(lspLog)) process.stdout.write(readFileSync(lspLog, 'utf8').split('\n').slice(-30).map((l) => `    lsp.log: ${l}\n`).join(''));
  }
}
process.stdout.write(`nvim-tests: ${CASES.length - failed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
process.exit(failed ? 1 : 0);
