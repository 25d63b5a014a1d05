#!/usr/bin/env node
// Takes the README's screenshots in a real VS Code (code-server + headless Chromium, the
// runner's host): the Explorer's Speech Structure view, diagnostics and the status bar.
//   npm run build && node test/vscode/screenshots.mjs [--out images]
// Waits on what the workbench shows (selectors), never on fixed sleeps. Chinese text needs a CJK
// font for Chromium (apt-get install fonts-wqy-microhei, or fonts-noto-cjk), or it shows boxes.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertChromium, defaultChromium } from './host/browser.mjs';
import { ensureCodeServer } from './host/code-server.mjs';
import { freePort, killAllGroups, log, spawnGroup, sleep } from './host/util.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { values: opt } = parseArgs({ options: { out: { type: 'string', default: join(root, 'images') } } });
const SPEECH = 'review-meeting.speech.md';

const runDir = mkdtempSync(join(tmpdir(), 'podium-shots-'));
let browser;
try {
  const executablePath = defaultChromium();
  assertChromium(executablePath);
  const cs = await ensureCodeServer(join(root, '.vscode-test'), process.env.CODE_SERVER_VERSION || '4.100.3');
  const workspace = join(runDir, 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  // A draft with work left: placeholders and a missing section, 20 minutes for the speaker.
  writeFileSync(join(workspace, SPEECH), draft());
  const dirs = Object.fromEntries(['ud', 'ext', 'xdg-config', 'xdg-data', 'xdg-cache', 'tmp'].map((d) => [d, join(runDir, d)]));
  Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));
  mkdirSync(join(dirs.ud, 'User'), { recursive: true });
  writeFileSync(join(dirs.ud, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'update.mode': 'none', 'chat.disableAIFeatures': true, 'workbench.colorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false, 'window.commandCenter': false, 'workbench.tips.enabled': false,
    'editor.fontSize': 15, 'editor.wordWrap': 'on', 'breadcrumbs.enabled': true,
  }, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'], XDG_CACHE_HOME: dirs['xdg-cache'], TMPDIR: dirs.tmp, EXTENSIONS_GALLERY: '{}' };
  const authority = `127.0.0.1:${await freePort()}`;
  spawnGroup(cs.nodeBin, [cs.entry, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', '--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext,
    '--config', join(runDir, 'config.yaml'), '--bind-addr', authority], { env, logFile: join(runDir, 'server.log') });
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(`http://${authority}/healthz`)).ok) break; } catch { /* not yet */ }
    await sleep(200); // polling a port that is not open yet: there is no event to wait on
  }
  const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${root}`], ['skipWelcome', 'true']];
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], handleSIGTERM: false });
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });

  // Open the draft through Quick Open, as a user would.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(SPEECH);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SPEECH}"]`);
  await page.keyboard.press('Enter');
  const status = page.locator('.statusbar-item', { hasText: 'to fill' });
  await status.waitFor({ timeout: 60_000 });
  await page.waitForSelector('.squiggly-warning, .squiggly-error', { timeout: 30_000 });

  // Show the Speech Structure view (expanded) and fold away the file tree.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Explorer: Focus on Speech Structure View');
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
  await page.locator('.pane-header', { hasText: 'Speech Structure' }).waitFor();
  const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: /workspace/i });
  if (await folders.count()) await folders.first().click();
  await page.locator('.monaco-list-row', { hasText: 'Speaking time' }).first().waitFor();
  await page.mouse.move(700, 400);
  await page.screenshot({ path: join(opt.out, 'screenshot-structure.png') });
  log(`wrote ${join(opt.out, 'screenshot-structure.png')}`);

  // Diagnostics in the Problems panel.
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row');
  await page.screenshot({ path: join(opt.out, 'screenshot-problems.png') });
  log(`wrote ${join(opt.out, 'screenshot-problems.png')}`);
  await page.keyboard.press('Control+Shift+M');

  // The status bar's tooltip with the statistics.
  await status.hover();
  const hover = page.locator('.workbench-hover, .monaco-hover:not(.hidden)', { hasText: 'Speaking time' }).first();
  await hover.waitFor({ timeout: 15_000 });
  const box = await hover.boundingBox();
  const clip = { x: 840, y: 560, width: 600, height: 300 };
  if (box) Object.assign(clip, { x: Math.max(0, Math.min(box.x - 40, 1440 - clip.width)), y: Math.max(0, Math.min(box.y - 20, 860 - clip.height)) });
  await page.screenshot({ path: join(opt.out, 'screenshot-statusbar.png'), clip });
  log(`wrote ${join(opt.out, 'screenshot-statusbar.png')}`);

  // The same speech with VS Code's display language set to Chinese (no language pack can be had
  // here, so VS Code's own words stay English; the extension's follow the language).
  const zh = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  await zh.addInitScript(() => {
    Object.defineProperty(globalThis, '_VSCODE_NLS_LANGUAGE', { configurable: true, get: () => 'zh-cn', set: () => {} });
  });
  await zh.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await zh.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  await zh.keyboard.press('Control+P');
  await zh.waitForSelector('.quick-input-widget input');
  await zh.keyboard.type(SPEECH);
  await zh.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${SPEECH}"]`);
  await zh.keyboard.press('Enter');
  await zh.locator('.statusbar-item', { hasText: '处待填' }).waitFor({ timeout: 60_000 });
  await zh.keyboard.press('Control+Shift+P');
  await zh.keyboard.type('讲话稿结构');
  await zh.waitForSelector('.quick-input-list .monaco-list-row');
  await zh.keyboard.press('Enter');
  const zhFolders = zh.locator('.pane-header[aria-expanded="true"]', { hasText: /workspace/i });
  if (await zhFolders.count()) await zhFolders.first().click();
  await zh.locator('.monaco-list-row', { hasText: '讲话时长' }).first().waitFor({ timeout: 30_000 });
  await zh.waitForSelector('.squiggly-warning, .squiggly-error', { timeout: 30_000 });
  await zh.mouse.move(700, 400);
  await zh.screenshot({ path: join(opt.out, 'screenshot-structure-zh.png') });
  log(`wrote ${join(opt.out, 'screenshot-structure-zh.png')}`);
} finally {
  await browser?.close().catch(() => {});
  await killAllGroups();
  rmSync(runDir, { recursive: true, force: true });
}

function draft() {
  return `---
title: 在上半年基层党建述职会上的讲话
template: review-meeting
speaker: 区委书记
date: 2025-07-15
minutes: 20
---

# 在上半年基层党建述职会上的讲话

同志们：

这次会议，是对上半年基层党建工作目标责任以及省、市委有关要求落实情况的一次检验，是直面问题的剖析，是进一步理清工作思路的“会诊”，也是一次严肃的党内政治生活，意义重大。今天，利用大半天时间，X 个乡镇党委分别汇报了党建工作落实情况。

## 一、上半年基层党建工作取得的成效

2020 年以来，全区基层党建工作取得较好成效，主要有以下特点。一是领导重视程度越来越高。通过逐级签定责任状明确了任务、传导了压力。二是全力开展疫情防控。做好党建引领工作，就是在打基础，积攒“红利”。三是重点任务有序推进。查找失联党员 X 人，X 个党组织完成了换届整改。四是基础保障得到加强。投入 XXX 万元完成了社区活动场所建设。

## 三、下步工作的几点意见

管党治党，重在基础，基础不牢，地动山摇。下面，我讲三点意见。

### （一）坚持从严治党，落实落靠责任

一要明确主责。抓好基层党建是各党（工）委书记的主业、主责。二要严实作风。抓基层党建不能推一推动一动，必须实打实地抓。三要考核问责。用好考核这把标尺。

### （二）突出问题导向，丰富党建内涵

一要解决基层党组织软弱涣散问题。二要解决基层党组织带头人队伍薄弱问题。三要解决某某社区组织生活不规范问题。

同志们，抓好基层党建工作，责任重大、使命光荣。让我们以更加饱满的热情、更加务实的作风，推动全区基层党建工作再上新台阶。我的讲话完了，谢谢大家！
`;
}
