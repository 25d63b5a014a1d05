#!/usr/bin/env node
// Makes sure the system tools that `npm test` needs are installed, before any suite runs.
//
//   node scripts/setup-system.mjs [--check]
//
// Each tool is checked first and installed only when missing (apt-get, through sudo when not
// root), with one line saying what and why; a second run installs nothing. Where there is no
// apt-get it stops at once, naming each missing tool and how to get it. --check only reports.
// PODIUM_TEST_SKIP_SYSTEM=1 skips this step (test/run-all.mjs then runs the Node-only suites).
// Exit status: 0 everything present, 1 something missing and not installable.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const debPackage = (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;

/** What the suites need: a Debian package each, how to tell it is there, and which suite needs it. */
export const SYSTEM_NEEDS = [
  { pkg: 'chromium', why: 'hosts VS Code\'s web workbench for the extension tests', present: () => existsSync(process.env.CHROMIUM || '/usr/lib/chromium/chromium'), other: 'Chromium or Chrome, path in CHROMIUM' },
  { pkg: 'ripgrep', why: 'code-server\'s search (seeded instead of a download)', present: () => onPath('rg'), other: 'ripgrep (rg on PATH)' },
  { pkg: 'libkrb5-dev', why: 'builds code-server\'s native kerberos module', present: () => debPackage('libkrb5-dev') || existsSync('/usr/include/gssapi/gssapi.h'), other: 'Kerberos development headers' },
  { pkg: 'build-essential', why: 'compiles code-server\'s native modules', present: () => onPath('make') && onPath('g++'), other: 'make and a C++ compiler' },
  { pkg: 'python3', why: 'node-gyp builds code-server\'s native modules', present: () => onPath('python3'), other: 'Python 3' },
  { pkg: 'neovim', why: 'the second real LSP client', present: () => onPath('nvim'), other: 'Neovim 0.7 or later, or NVIM=path' },
  { pkg: 'libreoffice-writer-nogui', why: 'renders exported .docx files to PDF, as a reader sees them', present: () => onPath('soffice'), other: 'LibreOffice (soffice on PATH)' },
  { pkg: 'poppler-utils', why: 'reads the rendered PDF (pdftotext, pdfinfo, pdffonts)', present: () => onPath('pdftotext') && onPath('pdfinfo'), other: 'Poppler utilities' },
  { pkg: 'fonts-noto-cjk', why: 'a Chinese serif/sans face for the renderer', present: () => debPackage('fonts-noto-cjk') || existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'), other: 'Noto Serif CJK and Noto Sans CJK' },
  { pkg: 'fonts-arphic-ukai', why: 'a 楷体 face for the renderer', present: () => debPackage('fonts-arphic-ukai') || existsSync('/usr/share/fonts/truetype/arphic/ukai.ttc'), other: 'AR PL UKai' },
];

const log = (msg) => process.stderr.write(`[setup] ${msg}\n`);

export function missingNeeds() {
  return SYSTEM_NEEDS.filter((need) => !need.present());
}

/** Installs what is missing; returns true when every need is met afterwards. */
export function ensureSystem({ checkOnly = false } = {}) {
  const missing = missingNeeds();
  if (missing.length === 0) return true;
  if (checkOnly || !onPath('apt-get')) {
    if (!checkOnly) log('no apt-get here: install these yourself, or set PODIUM_TEST_SKIP_SYSTEM=1 to run only the Node suites');
    for (const need of missing) log(`missing ${need.pkg}: ${need.other} (${need.why})`);
    return false;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? [] : ['sudo'];
  if (!root && !onPath('sudo')) {
    log(`not root and no sudo: run as root, or install ${missing.map((n) => n.pkg).join(' ')}`);
    return false;
  }
  for (const need of missing) log(`installing ${need.pkg}: ${need.why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!run(['apt-get', 'update', '-qq'])) log('apt-get update failed; trying the install anyway');
  const ok = run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing.map((n) => n.pkg)]);
  const still = missingNeeds();
  if (!ok || still.length) {
    for (const need of still) log(`still missing ${need.pkg}: ${need.other}`);
    return false;
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(ensureSystem({ checkOnly: process.argv.includes('--check') }) ? 0 : 1);
}
