import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BlockMemo } from '../../server/src/core/blockCache.js';
import { ParsedBlock } from '../../server/src/core/block.js';
import type { Block } from '../../server/src/core/model.js';

const block = (): Block => new ParsedBlock('paragraph', 0, 0, 1, [], []);

/** A memo whose computations are counted. */
function counted<T>(memo: BlockMemo<T>) {
  let calls = 0;
  return {
    get: (b: Block, variant: string, value: T) => memo.get(b, variant, () => (calls++, value)),
    get calls() { return calls; },
  };
}

describe('BlockCache keeps one result per memo and variant', () => {
  it('computes an empty result once, and again only for another variant', () => {
    const m = counted(new BlockMemo<readonly number[]>());
    const b = block();
    assert.deepEqual(m.get(b, 'v', []), []);
    assert.deepEqual(m.get(b, 'v', [9]), []);
    assert.equal(m.calls, 1);
    assert.deepEqual(m.get(b, 'w', [2]), [2]);
    assert.deepEqual(m.get(b, 'w', []), [2]);
    assert.equal(m.calls, 2);
    // Back to the first variant: the other variant's result replaced it.
    assert.deepEqual(m.get(b, 'v', [3]), [3]);
    assert.equal(m.calls, 3);
  });

  it('keeps an empty string as a string', () => {
    const m = counted(new BlockMemo<string>());
    const b = block();
    assert.equal(m.get(b, '', ''), '');
    assert.equal(m.get(b, '', 'x'), '');
    assert.equal(m.calls, 1);
  });

  it('keeps the results of several memos on one block apart', () => {
    const memos = Array.from({ length: 40 }, () => counted(new BlockMemo<readonly number[] | string>()));
    const b = block();
    memos.forEach((m, i) => m.get(b, '', i % 3 === 0 ? [] : i % 3 === 1 ? [i] : String(i)));
    memos.forEach((m, i) => assert.deepEqual(m.get(b, '', 'changed'), i % 3 === 0 ? [] : i % 3 === 1 ? [i] : String(i)));
    // A non-empty result after an empty one, on the same memo, replaces it.
    assert.deepEqual(memos[0]!.get(b, 'x', [7]), [7]);
    assert.deepEqual(memos[0]!.get(b, 'x', []), [7]);
    memos.forEach((m) => assert.equal(m.calls, m === memos[0] ? 2 : 1));
  });

  it('shares nothing between blocks', () => {
    const m = counted(new BlockMemo<readonly number[]>());
    const a = block();
    const b = block();
    m.get(a, '', [1]);
    assert.deepEqual(m.get(b, '', [2]), [2]);
    assert.deepEqual(m.get(a, '', [3]), [1]);
  });
});
