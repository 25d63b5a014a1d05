// Before a very long speech's first analysis the server collects the garbage its message left
// (server/src/node/collectGarbage.ts). This process runs without --expose-gc, as a server started
// by another editor's command line may: the collection is asked for all the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectGarbage } from '../../server/src/node/collectGarbage.js';

test('collectGarbage frees what nothing holds, without --expose-gc', () => {
  assert.equal((globalThis as { gc?: unknown }).gc, undefined, 'started without --expose-gc');
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  // About 40 MB of objects, then dropped: only a full collection takes them back at once.
  let held: number[][] | undefined = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 2500 }, (__, j) => i + j + 0.5));
  assert.ok(process.memoryUsage().heapUsed - before > 30 * 2 ** 20, 'the garbage took room');
  held = undefined;
  collectGarbage();
  assert.equal(held, undefined);
  assert.ok(process.memoryUsage().heapUsed - before < 10 * 2 ** 20, `${((process.memoryUsage().heapUsed - before) / 2 ** 20).toFixed(1)} MB left after collecting`);
});
