// Opens the VS Code web workbench in headless Chromium (Debian's package, driven by
// playwright-core: no browser download), relays the workbench's and the extension
// host's log, and resolves with the exit code the workbench hands to
// window.codeAutomationExit when the extension tests are done.
import { existsSync } from 'node:fs';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { RunnerError } from './util.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export const defaultChromium = () => process.env.CHROMIUM || '/usr/lib/chromium/chromium';

export function assertChromium(path) {
  if (existsSync(path)) return;
  throw new RunnerError([
    `no browser to host the VS Code workbench: ${path} does not exist.`,
    '  Get one of:',
    '  - Debian/Ubuntu: apt-get install chromium   (or run .ci/run, which installs all test dependencies)',
    '  - any Chromium/Chrome: set CHROMIUM=/path/to/the/browser/binary',
    '  - a desktop VS Code that @vscode/test-electron can download: PODIUM_VSCODE=electron',
  ].join('\n'));
}

let browser;

/** Closes the browser if one is open (signal handlers and timeouts call this). */
export async function closeBrowser() {
  const b = browser; browser = undefined;
  if (b) await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
}

/**
 * @param {{url: string, executablePath: string, onLog: (line: string) => void, locale?: string}} opts
 * @returns {Promise<number>} the extension host's exit code (0: the test index's run() resolved)
 */
export async function runInWorkbench({ url, executablePath, onLog, locale }) {
  browser = await chromium.launch({
    executablePath, headless: true, args: CHROMIUM_ARGS,
    // the runner owns signals: it closes the browser itself, then kills code-server
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const page = await browser.newPage();
  let done;
  const exited = new Promise((resolve) => { done = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => done(Number(code)));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    onLog(type === 'info' || type === 'log' ? text : `[${type}] ${text}`);
  });
  page.on('pageerror', (e) => onLog(`[pageerror] ${e.message}`));
  // A display language without a language pack (none can be downloaded here): the workbench takes
  // its language from this global, and hands it to the extension host as vscode.env.language;
  // VS Code's own strings stay English, the extension's follow the language.
  if (locale) {
    await page.addInitScript((lang) => {
      Object.defineProperty(globalThis, '_VSCODE_NLS_LANGUAGE', { configurable: true, get: () => lang, set: () => {} });
    }, locale);
  }
  page.on('crash', () => done(3));
  await page.goto(url);
  const code = await exited;
  await closeBrowser();
  return code;
}
