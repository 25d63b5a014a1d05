// Podium's full analysis, with every proofreading rule on, beside AutoCorrect's lint of the same
// text (autocorrect-node, a dev dependency of the bench only), at each size, in one run.
// Target (issue 13): Podium faster than AutoCorrect at every size. Medians of batches; each tool
// warms up on the same text for seconds (warmUp), so both are timed at their steady speed, not
// on the JIT's first passes, and the two are timed in alternating batches of five.
//   node --import tsx bench/proofreading.ts [--quick]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { generateScrapedDraft, generateSpeech, utf8Length } from './generate.js';
import { loadShippedCore } from './shipped.js';

const quick = process.argv.includes('--quick');
const core = loadShippedCore();
const autocorrect = createRequire(import.meta.url)('autocorrect-node') as { lintFor(text: string, file: string): { lines: unknown[]; error: string } };

const SIZES = [
  { label: '5 KB speech', text: generateSpeech(5_000), runs: 200 },
  { label: '30 KB speech', text: generateSpeech(30_000), runs: 100 },
  { label: '500 KB speech', text: generateSpeech(500_000), runs: quick ? 5 : 15 },
  { label: '500 KB scraped one-line draft', text: generateScrapedDraft(500_000), runs: quick ? 5 : 15 },
  { label: '5 MB speech', text: generateSpeech(5_000_000), runs: quick ? 2 : 5 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Times both tools in batches of five, alternating, so load and garbage fall on both alike (as bench/run.ts does). */
function timeBoth(text: string, runs: number): { podium: number; ac: number } {
  const podium: number[] = [];
  const ac: number[] = [];
  const time = (fn: () => void, into: number[]) => {
    const t0 = performance.now();
    fn();
    into.push(performance.now() - t0);
  };
  for (let done = 0; done < runs; done += 5) {
    for (let i = 0; i < 5; i++) time(() => core.analyze(text), podium);
    for (let i = 0; i < 5; i++) time(() => autocorrect.lintFor(text, 'speech.md'), ac);
  }
  return { podium: median(podium), ac: median(ac) };
}

/**
 * Runs both tools on `text`, alternating, for `WARM_MS` (and at least twice each), so that both
 * are timed at their steady speed. V8 goes on optimising an analysis for seconds: at 5 KB, after
 * the 100 rounds (about 0.1 s) this bench used to give it, Podium took 1.4× its steady time, and
 * reached it after about 3 s; AutoCorrect is native code, steady from the start.
 */
function warmUp(text: string): void {
  const started = performance.now();
  for (let round = 0; round < 2 || performance.now() - started < WARM_MS; round++) {
    core.analyze(text);
    autocorrect.lintFor(text, 'speech.md');
  }
}

const WARM_MS = quick ? 1_500 : 4_000;

/** Milliseconds, with two decimals below 10 ms (a 5 KB speech takes under one). */
const msText = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

const lines = ['| text | Podium full analysis (all rules) | AutoCorrect lint | ratio | Podium faster | findings (Podium / AutoCorrect) |', '|---|---|---|---|---|---|'];
for (const { label, text, runs } of SIZES) {
  warmUp(text);
  const { podium, ac } = timeBoth(text, runs);
  // AutoCorrect gives up on some long texts with a parse error and lints nothing: say so.
  const acResult = autocorrect.lintFor(text, 'speech.md');
  const acFound = acResult.error ? 'parse error: linted nothing' : String(acResult.lines.length);
  const line = `| ${label} (${(utf8Length(text) / 1000).toFixed(0)} KB) | ${msText(podium)} | ${msText(ac)} | ${(podium / ac).toFixed(2)}× | ${acResult.error ? 'n/a' : podium < ac ? 'yes' : 'no'} | ${core.analyze(text).findings.length} / ${acFound} |`;
  lines.push(line);
  console.log(line);
}
const out = join(import.meta.dirname, 'proofreading-results.md');
writeFileSync(out, `# Proofreading bench\n\nNode ${process.version}; medians; load average at the end ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; \`npm run bench\` (bench/proofreading.ts). Before each row both tools run on its text, alternating, for ${WARM_MS / 1000} s, so that both are timed at their steady speed; then they are timed in alternating batches of five.\n\n${lines.join('\n')}\n`);
console.log(`wrote ${out}`);
