// What a word segmenter would cost word-usage (README, word-usage: why context rules instead).
// Run: node --import tsx bench/segmenter.ts. Measures jieba-wasm (WebAssembly, one build for every
// platform): its size beside the server bundle, its load and first-cut time in a fresh process,
// and its segmentation speed against word-usage's own scan of the same text.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSpeech } from '../server/src/core/index.js';
import { generateSpeech } from './generate.js';
import { scanWords, wordMatcher } from '../server/src/core/rules/proofreading/wordList.js';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('jieba-wasm'));
const wasm = join(pkg, 'jieba_rs_wasm_bg.wasm');
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const bundle = join(import.meta.dirname, '..', 'server', 'out', 'server.js');
console.log(`jieba-wasm .wasm: ${kb(statSync(wasm).size)} (gzip ${kb(gzipSync(readFileSync(wasm)).length)}); server bundle: ${kb(statSync(bundle).size)}`);

// Load and first cut in a fresh Node, as the server would pay at start-up (median of 5).
const probe = `const t0=performance.now();const j=require(${JSON.stringify(require.resolve('jieba-wasm'))});const t1=performance.now();j.cut('加强基层党组织建设',true);const t2=performance.now();console.log(JSON.stringify([t1-t0,t2-t1]))`;
const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })) as [number, number]);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`jieba-wasm require: ${median(runs.map((r) => r[0])).toFixed(1)} ms; first cut (dictionary): ${median(runs.map((r) => r[1])).toFixed(1)} ms`);

// Segmenting a speech versus word-usage's scan (a fresh parse, so no block is cached).
const jieba = require('jieba-wasm') as { cut(text: string, hmm?: boolean): string[] };
jieba.cut('预热词典', true);
const time = (f: () => void) => {
  const samples = Array.from({ length: 5 }, () => { const t0 = performance.now(); f(); return performance.now() - t0; });
  return median(samples).toFixed(1);
};
for (const size of [30_000, 500_000]) {
  const speech = generateSpeech(size);
  const body = speech.slice(speech.indexOf('\n---', 3) + 4);
  const model = parseSpeech(speech);
  const matcher = wordMatcher([], true)!;
  const scanAll = () => { for (const b of model.blocks) for (const t of b.texts) scanWords(speech.slice(t.start, t.end), matcher); };
  scanAll();
  console.log(`${size / 1000} KB: jieba-wasm cut of the text ${time(() => jieba.cut(body, true))} ms; word-usage's scan of every block (nothing cached) ${time(scanAll)} ms`);
}
