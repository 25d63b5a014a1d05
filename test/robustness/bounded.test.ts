/**
 * Every shape of input in shapes.ts at about 1 MB, analysed (as `podium lint` does) in a child
 * process whose heap is capped: it must finish. The cap is the child's baseline heap plus 50 bytes
 * per input unit, except for the shapes in LOOSER (below, with why). Memory caps are deterministic
 * enough to assert, time is not (see `npm run bench`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SHAPES } from './shapes.js';

const SIZE = 1_000_000;
const MEASURE = fileURLToPath(new URL('./measure.ts', import.meta.url));
// The child's heap after loading the analysis and tsx: about 16 MB.
const BASELINE_MB = 16;
const BYTES_PER_UNIT = 50;
const capFor = (bytesPerUnit: number) => Math.ceil(BASELINE_MB + (bytesPerUnit * SIZE) / 2 ** 20);

/**
 * A block a line, each one kept whole, so the model itself passes 50 bytes a unit: a `##` line (3
 * units) is a block with its cache (96 bytes, one object: core/block.ts), its Part of the structure
 * (72) and its place in two lists (16); a setext heading keeps its text span too (64); a numbered
 * heading or list line adds its numbered point (144 bytes, 40 for its numeral) and its share of a
 * series. (Empty span lists are shared, see blockSpans.ts: that brought `---` and `***` lines under
 * 50.) Findings are no longer the cost (a rule lists 1,000 at most). Held to what they keep now
 * (after a collection: `##` 65, setext 49, titled headings 76, numbered headings 79, ordered items
 * 66, `2.` points 70, speech-like text 51) plus about a third: with a fifth, the collector ran out
 * of room near the cap now and then.
 */
const LOOSER: Readonly<Record<string, number>> = {
  '## headings': 87,
  '=== after text': 66,
  '--- after text': 66,
  'headings with titles': 101,
  'headings numbered 二、': 106,
  'ordered list items': 88,
  'points numbered 2.': 94,
  'speech-like text': 68,
};

function analyseCapped(shape: string, capMb: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${capMb}`, '--import', 'tsx', MEASURE, 'podium', shape, String(SIZE)]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-600)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      try {
        assert.equal(code, 0, `${shape}: did not finish under a ${capMb} MB heap (${signal ?? code})\n${stderr}`);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

// Two children at a time: nested lists and setext underlines still go to remark, slowly.
describe('every shape of input is bounded in memory', { concurrency: 2 }, () => {
  for (const shape of Object.keys(SHAPES)) {
    const bytes = LOOSER[shape] ?? BYTES_PER_UNIT;
    it(`${shape}, 1 MB: under ${bytes} bytes a unit above baseline`, () => analyseCapped(shape, capFor(bytes)));
  }
});
