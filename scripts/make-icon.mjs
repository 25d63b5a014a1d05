// Draws images/icon.png (128×128): a lectern with a microphone and a speech's lines, rendered
// from SVG by headless Chromium (CHROMIUM, default /usr/lib/chromium/chromium).
import { chromium } from 'playwright-core';
import { join } from 'node:path';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#c62828"/><stop offset="1" stop-color="#8e1b1b"/></linearGradient>
    <linearGradient id="wood" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#f6d28b"/><stop offset="1" stop-color="#e0a84a"/></linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#bg)"/>
  <path d="M78 34 Q90 22 96 30" stroke="#fbe9c6" stroke-width="4" fill="none" stroke-linecap="round"/>
  <rect x="92" y="22" width="12" height="9" rx="4" fill="#fbe9c6" transform="rotate(35 98 26)"/>
  <path d="M24 44 L104 44 L98 58 L30 58 Z" fill="url(#wood)"/>
  <rect x="36" y="28" width="40" height="18" rx="2" fill="#ffffff"/>
  <rect x="41" y="33" width="30" height="2.6" rx="1.3" fill="#c62828"/>
  <rect x="41" y="39" width="22" height="2.6" rx="1.3" fill="#9e9e9e"/>
  <path d="M40 58 L88 58 L84 106 L44 106 Z" fill="url(#wood)"/>
  <rect x="34" y="104" width="60" height="8" rx="3" fill="#f6d28b"/>
  <circle cx="64" cy="80" r="9" fill="#fff3d6" stroke="#c62828" stroke-width="3"/>
  <path d="M64 74 l1.8 3.8 4.2.5 -3.1 2.9.8 4.1 -3.7-2.1 -3.7 2.1.8-4.1 -3.1-2.9 4.2-.5z" fill="#c62828"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(import.meta.dirname, '../images/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
