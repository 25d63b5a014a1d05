// Podium's full analysis, with every proofreading rule on, beside AutoCorrect's lint of the same
// text (autocorrect-node, a dev dependency of the bench only), at each size, in one run.
// Target (issue 13): Podium faster than AutoCorrect at every size. Medians of batches; each tool
// warms up on the same text first, so both are timed compiled, not on the JIT's first passes, and
// the two are timed in alternating batches of five.
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

const lines = ['| text | Podium full analysis (all rules) | AutoCorrect lint | ratio | Podium faster | findings (Podium / AutoCorrect) |', '|---|---|---|---|---|---|'];
for (const { label, text, runs } of SIZES) {
  // Short texts warm up longer (as bench/run.ts does): a few rounds leave the tool with more code on the JIT's first passes.
  const warm = text.length <= 50_000 ? 100 : Math.max(2, Math.min(10, Math.round(runs / 4)));
  for (let i = 0; i < warm; i++) { core.analyze(text); autocorrect.lintFor(text, 'speech.md'); }
  const { podium, ac } = timeBoth(text, runs);
  // AutoCorrect gives up on some long texts with a parse error and lints nothing: say so.
  const acResult = autocorrect.lintFor(text, 'speech.md');
  const acFound = acResult.error ? 'parse error: linted nothing' : String(acResult.lines.length);
  const line = `| ${label} (${(utf8Length(text) / 1000).toFixed(0)} KB) | ${podium.toFixed(1)} ms | ${ac.toFixed(1)} ms | ${(podium / ac).toFixed(2)}× | ${acResult.error ? 'n/a' : podium < ac ? 'yes' : 'no'} | ${core.analyze(text).findings.length} / ${acFound} |`;
  lines.push(line);
  console.log(line);
}
const out = join(import.meta.dirname, 'proofreading-results.md');
writeFileSync(out, `# Proofreading bench\n\nNode ${process.version}; medians; load average at the end ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; \`npm run bench\` (bench/proofreading.ts).\n\n${lines.join('\n')}\n`);
console.log(`wrote ${out}`);
