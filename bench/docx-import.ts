/**
 * Word import timings, run by bench/docx.ts: the 30 KB and 500 KB bench speeches exported to .docx
 * by Podium, then imported in-process (`importDocx`, as the server runs it for the editor: what a
 * writer waits for after the command) and as a whole `podium import` process, beside pandoc
 * converting the same .docx to Markdown as a whole process, in the same rounds. Targets (issue 12):
 * in-process import faster than pandoc's whole process; the whole podium process within 2× pandoc's.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/index.js';
import { exportSpeech } from '../server/src/docx/export/index.js';
import { importDocx } from '../server/src/docx/import/index.js';
import { generateSpeech } from './generate.js';

export interface ImportRow { measure: string; size: string; median: number | undefined; compared: string; target: string; met: string }

const SIZES = [
  { label: '30 KB', bytes: 30_000, runs: 15 },
  { label: '500 KB', bytes: 500_000, runs: 5 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function processTime(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const t = performance.now() - t0;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return t;
}

export async function importRows(dir: string, cli: string, pandoc: boolean): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for (const size of SIZES) {
    const { bytes } = await exportSpeech(analyze(generateSpeech(size.bytes, 7)), { layout: 'official' });
    const file = join(dir, `bench-${size.bytes}.docx`);
    writeFileSync(file, bytes);
    const draft = new Uint8Array(readFileSync(file));
    await importDocx(draft); // loads fflate and fast-xml-parser, warms the JIT
    const inProcess: number[] = [];
    const podium: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      const t0 = performance.now();
      await importDocx(draft, { fileName: 'bench.docx' });
      inProcess.push(performance.now() - t0);
      podium.push(processTime(process.execPath, [cli, 'import', '--force', '-o', join(dir, 'imported.speech.md'), file]));
      if (pandoc) peer.push(processTime('pandoc', [file, '-f', 'docx', '-t', 'markdown', '-o', join(dir, 'pandoc.md')]));
    }
    const p = pandoc ? median(peer) : undefined;
    const label = `${size.label} speech (${bytes.length.toLocaleString('en')} bytes .docx)`;
    const inMs = median(inProcess);
    const procMs = median(podium);
    rows.push({ measure: 'Import, in-process (`importDocx`, as the server runs it)', size: label, median: inMs, compared: p ? `${(inMs / p).toFixed(2)}× pandoc's process` : 'pandoc absent', target: '< pandoc process', met: p ? verdict(inMs < p) : 'n/a' });
    rows.push({ measure: 'Import, whole `podium import` process (findings printed)', size: label, median: procMs, compared: p ? `${(procMs / p).toFixed(2)}× pandoc's process` : 'pandoc absent', target: '≤ 2× pandoc process', met: p ? verdict(procMs <= 2 * p) : 'n/a' });
    if (p !== undefined) rows.push({ measure: 'pandoc docx → markdown, whole process', size: label, median: p, compared: '', target: '', met: '' });
  }
  return rows;
}
