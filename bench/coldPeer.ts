/**
 * markdownlint's first lint in a fresh Node process: the cold peer of "first open on a fresh
 * server". The first-open target compares a cold server with markdownlint warmed up; this shows
 * what the same cold start costs markdownlint itself, timed in the same run. Loading markdownlint
 * is not counted, only its first `lint` of the text (as the server's start is not counted either).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIRST_LINT = `
const { lint } = require('markdownlint/sync');
const text = require('node:fs').readFileSync(process.argv[1], 'utf8');
const t0 = performance.now();
lint({ strings: { doc: text } });
process.stdout.write(String(performance.now() - t0));
`;

/** Milliseconds of markdownlint's first lint of `text`, one fresh process per run. */
export function markdownlintFirstLints(text: string, runs: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'podium-bench-'));
  try {
    const file = join(dir, 'speech.md');
    writeFileSync(file, text);
    return Array.from({ length: runs }, () => {
      const run = spawnSync(process.execPath, ['-e', FIRST_LINT, file], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
      const ms = Number(run.stdout);
      if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`markdownlint's first lint failed: ${run.stderr.slice(0, 300)}`);
      return ms;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
