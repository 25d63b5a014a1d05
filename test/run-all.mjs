// Runs every suite `npm test` promises, in order, and fails if any fails.
// Unit, fixture, protocol, CLI and robustness tests run under node:test; the real-editor
// suites (Neovim, VS Code, the packaged .vsix) have runners of their own.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureSystem } from '../scripts/setup-system.mjs';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);

// System tools first (Chromium, Neovim, LibreOffice…), installed when missing. A packager without
// them sets PODIUM_TEST_SKIP_SYSTEM=1: the suites that need them are skipped, and said so.
const skipSystem = process.env.PODIUM_TEST_SKIP_SYSTEM === '1';
if (skipSystem) {
  console.log('\n!!! PODIUM_TEST_SKIP_SYSTEM=1: skipping the system set-up and every suite that needs it');
  console.log('!!! (Neovim, VS Code, packaged .vsix, the Word renderer tests): this run proves only the Node suites.\n');
} else if (!ensureSystem()) {
  console.error('[setup] the tests need the tools above; install them or set PODIUM_TEST_SKIP_SYSTEM=1');
  process.exit(1);
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return ['vscode', 'nvim', 'out', 'fixtures'].includes(name) ? [] : testFiles(full);
    return name.endsWith('.test.ts') ? [relative(root, full)] : [];
  }).sort();
}

// The VS Code host comes first: installing it also brings VS Code's own Markdown and YAML
// grammars, which the grammar tests then embed instead of stubs.
const steps = [
  ['Neovim LSP client', 'npm', ['run', '--silent', 'test:nvim'], 'system'],
  ['VS Code (extension development host)', 'npm', ['run', '--silent', 'test:vscode'], 'system'],
  ['VS Code (packaged .vsix)', 'npm', ['run', '--silent', 'test:vsix'], 'system'],
  ['VS Code (Chinese UI)', 'npm', ['run', '--silent', 'test:vscode:zh'], 'system'],
  ['node:test suites', process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...testFiles(join(root, 'test'))]],
].filter(([name]) => only.length === 0 || only.some((o) => name.toLowerCase().includes(o.toLowerCase())))
  .filter(([name, , , needs]) => {
    if (needs === 'system' && skipSystem) console.log(`!!! skipped: ${name}`);
    return !(needs === 'system' && skipSystem);
  });

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  results.push([name, r.status === 0, Math.round((Date.now() - t0) / 1000)]);
}
console.log('\n=== summary');
for (const [name, ok, s] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${s} s)`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
