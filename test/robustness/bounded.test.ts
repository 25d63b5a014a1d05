/**
 * Costly shapes at about 1 MB, each analysed (as `podium lint` does) in a child process whose
 * heap is capped: it must finish. The cap is the child's baseline heap plus about 50 bytes per
 * input byte; memory caps are deterministic enough to assert, time is not (see `npm run bench`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIZE = 1_000_000;
const MEASURE = fileURLToPath(new URL('./measure.ts', import.meta.url));
// The child's heap after loading the analysis and tsx: about 16 MB.
const BASELINE_MB = 16;
const capFor = (bytesPerUnit: number) => Math.ceil(BASELINE_MB + (bytesPerUnit * SIZE) / 2 ** 20);

function analyseCapped(shape: string, capMb: number): void {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${capMb}`, '--import', 'tsx', MEASURE, 'podium', shape, String(SIZE)], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${shape}: did not finish under a ${capMb} MB heap (${r.signal ?? r.status})\n${r.stderr.slice(-600)}`);
}

describe('costly inputs are bounded in memory', () => {
  // Before chunks had a size bound, a million blank lines took 1.6 GB.
  for (const shape of ['blank lines', 'blank lines after a list item', 'blank lines inside a fence', 'an open HTML comment', 'quote markers', 'table rows', 'paragraph lines']) {
    it(`${shape}, 1 MB: under 50 bytes a unit above baseline`, () => analyseCapped(shape, capFor(50)));
  }
  // A block a line (333,000 headings, each with an empty-section finding; 90,000 HTML blocks):
  // the model, the structure and the findings cost about 1 KB a block, so these shapes are held
  // to a looser bound (the headings took 1.5 GB before).
  for (const shape of ['## headings', 'HTML comments']) {
    it(`${shape}, 1 MB (a block a line): under 500 bytes a unit`, () => analyseCapped(shape, capFor(500)));
  }
});
