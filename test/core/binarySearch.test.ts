/**
 * The one binary search (server/src/core/text/lowerBound.ts) and its users: line lookup and the
 * longest increasing run section-order keeps, checked against plain linear answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBound } from '../../server/src/core/text/lowerBound.js';
import { LineIndex } from '../../server/src/core/text/lines.js';
import { longestIncreasing } from '../../server/src/core/rules/section-order.js';
import { rng } from '../../bench/generate.js';

describe('lowerBound and its users', () => {
  it('lowerBound finds the first index where the predicate holds, or n', () => {
    const xs = [1, 3, 3, 5, 8];
    for (let x = 0; x <= 9; x++) assert.equal(lowerBound(xs.length, (i) => xs[i]! >= x), xs.findIndex((v) => v >= x) === -1 ? xs.length : xs.findIndex((v) => v >= x), `x=${x}`);
    assert.equal(lowerBound(0, () => true), 0);
  });

  it('LineIndex.positionAt agrees with a linear scan of line starts (\\r\\n, \\n, lone \\r)', () => {
    const text = 'a\r\nbb\n\rccc\r\r\nd\n';
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
    }
    const index = new LineIndex(text);
    for (let offset = -1; offset <= text.length + 1; offset++) {
      const at = Math.max(0, Math.min(offset, text.length));
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
      assert.deepEqual(index.positionAt(offset), { line, character: at - starts[line]! }, `offset ${offset}`);
    }
  });

  it('longestIncreasing keeps a longest strictly increasing subsequence', () => {
    const random = rng(7);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: Math.floor(random() * 9) }, () => Math.floor(random() * 6));
      const kept = [...longestIncreasing(values)].sort((a, b) => a - b);
      for (let k = 1; k < kept.length; k++) assert.ok(values[kept[k - 1]!]! < values[kept[k]!]!, `${values}: ${kept}`);
      assert.equal(kept.length, bruteForceLength(values), `${values}`);
    }
  });
});

function bruteForceLength(values: readonly number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    const picked = values.filter((_, i) => mask & (1 << i));
    if (picked.every((v, k) => k === 0 || picked[k - 1]! < v)) best = Math.max(best, picked.length);
  }
  return best;
}
