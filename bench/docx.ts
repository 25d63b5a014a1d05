/**
 * Word round trip timings (part of `npm run bench`): Podium's export of the 30 KB and 500 KB bench
 * speeches in-process (the analysis done, as the editor has it: what a writer waits for after the
 * command) and as a whole `podium export` process, beside pandoc converting the same Markdown to
 * .docx as a whole process, in the same run. Medians. Prints a table and writes bench/docx-results.md.
 * Targets (issue 12): in-process export faster than pandoc's whole process; the whole podium
 * process within 2× pandoc's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../server/src/core/index.js';
import { exportSpeech } from '../server/src/docx/export/index.js';
import { generateSpeech, utf8Length } from './generate.js';
import { importRows } from './docx-import.js';

const ROOT = join(import.meta.dirname, '..');
// PODIUM_BENCH_CLI names another build of the CLI (the working tree's may be rebuilt meanwhile).
const CLI = process.env['PODIUM_BENCH_CLI'] ?? join(ROOT, 'server', 'out', 'cli.js');
const SIZES = [
  { label: '30 KB', bytes: 30_000, runs: 15 },
  { label: '500 KB', bytes: 500_000, runs: 5 },
];

interface Row { measure: string; size: string; median: number | undefined; compared: string; target: string; met: string }
const rows: Row[] = [];
const ms = (x: number | undefined) => (x === undefined ? '' : (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function processTime(cmd: string, args: string[], findingsAllowed = false): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const t = performance.now() - t0;
  // podium lint exits 1 when it finds errors; that is a result, not a failure.
  if (r.error || (r.status !== 0 && !(findingsAllowed && r.status === 1))) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return t;
}

function pandocVersion(): string | undefined {
  const r = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

async function exportRows(dir: string, pandoc: boolean): Promise<void> {
  for (const size of SIZES) {
    const text = generateSpeech(size.bytes, 7);
    const file = join(dir, `bench-${size.bytes}.speech.md`);
    writeFileSync(file, text);
    const analysis = analyze(text);
    await exportSpeech(analysis, { layout: 'official' }); // loads docx and warms the JIT
    const inProcess: number[] = [];
    const podium: number[] = [];
    const peer: number[] = [];
    const lint: number[] = [];
    // Rounds alternate between the tools, so a busy moment of the machine is shared between them.
    for (let i = 0; i < size.runs; i++) {
      const t0 = performance.now();
      await exportSpeech(analysis, { layout: 'official' });
      inProcess.push(performance.now() - t0);
      podium.push(processTime(process.execPath, [CLI, 'export', '--force', '-o', join(dir, 'podium.docx'), file]));
      // The floor every podium process pays: Node's start-up, loading the core and a cold analysis.
      lint.push(processTime(process.execPath, [CLI, 'lint', '--format', 'json', file], true));
      if (pandoc) peer.push(processTime('pandoc', [file, '-f', 'markdown', '-o', join(dir, 'pandoc.docx')]));
    }
    const p = pandoc ? median(peer) : undefined;
    const label = `${size.label} (${utf8Length(text).toLocaleString('en')} bytes)`;
    const inMs = median(inProcess);
    const procMs = median(podium);
    rows.push({ measure: 'Export, in-process (analysis done, as the editor runs it)', size: label, median: inMs, compared: p ? `${(inMs / p).toFixed(2)}× pandoc's process` : 'pandoc absent', target: '< pandoc process', met: p ? verdict(inMs < p) : 'n/a' });
    rows.push({ measure: 'Export, whole `podium export` process', size: label, median: procMs, compared: p ? `${(procMs / p).toFixed(2)}× pandoc's process` : 'pandoc absent', target: '≤ 2× pandoc process', met: p ? verdict(procMs <= 2 * p) : 'n/a' });
    rows.push({ measure: '`podium lint`, whole process (the floor: Node start-up, core load, a cold analysis)', size: label, median: median(lint), compared: p ? `${(median(lint) / p).toFixed(2)}× pandoc's process` : '', target: '', met: '' });
    if (p !== undefined) rows.push({ measure: 'pandoc md → docx, whole process', size: label, median: p, compared: '', target: '', met: '' });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'podium-bench-docx-'));
  const version = pandocVersion();
  if (!version) console.error('bench/docx: pandoc not found; its rows are left out (Debian: apt-get install pandoc)');
  await exportRows(dir, !!version);
  rows.push(...await importRows(dir, CLI, !!version));
  const table = ['| measure | size | median | compared | target | met |', '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.size} | ${ms(r.median)} | ${r.compared} | ${r.target} | ${r.met} |`)].join('\n');
  console.log(table);
  writeFileSync(join(ROOT, 'bench', 'docx-results.md'), `# Word export and import timings

Generated by \`npm run bench\` (bench/docx.ts) on ${new Date().toISOString().slice(0, 10)}.

Machine: ${cpus().length} CPUs, ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version}, ${process.platform} ${process.arch}; ${version ?? 'pandoc absent'}; load average at the end ${loadavg()[0]!.toFixed(1)}.

Corpus: bench/generate.ts (seed 7). Medians of wall-clock milliseconds; each round runs every tool once. The podium process is the built server/out/cli.js.

${table}
`);
}

void main();
