import { after, test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerHarness, uriOf } from './harness.js';
import { generateSpeech } from '../../bench/generate.js';

// The server loads its bundle through a V8 code cache (server/src/node/codeCache.ts) in the folder
// PODIUM_CODE_CACHE names; servers spawned here inherit it.
const root = mkdtempSync(join(tmpdir(), 'podium-code-cache-test-'));
const saved = process.env['PODIUM_CODE_CACHE'];
after(() => {
  if (saved === undefined) delete process.env['PODIUM_CODE_CACHE'];
  else process.env['PODIUM_CODE_CACHE'] = saved;
  rmSync(root, { recursive: true, force: true });
});

const TEXT = generateSpeech(8_000, 9);

/** A fresh server in `dir`: open the speech, return its diagnostics, shut down. */
async function run(dir: string): Promise<unknown> {
  process.env['PODIUM_CODE_CACHE'] = dir;
  const server = new ServerHarness();
  try {
    await server.initialize();
    const { diagnostics } = await server.open(uriOf('code-cache.speech.md'), TEXT);
    return diagnostics;
  } finally {
    await server.shutdown();
  }
}

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

test('the first server writes a code cache, the next ones use it, a damaged one is replaced', async () => {
  const dir = join(root, 'cache');
  const first = await run(dir);
  assert.equal(caches(dir).length, 1, 'one cache file after the first server');
  const file = join(dir, caches(dir)[0]!);
  const written = readFileSync(file);

  assert.deepEqual(await run(dir), first, 'same diagnostics from the cached bundle');
  assert.ok(readFileSync(file).equals(written), 'an accepted cache is not written again');

  const damaged = Buffer.from(written);
  for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 256; i++) damaged[i]! ^= 0x5a;
  writeFileSync(file, damaged);
  assert.deepEqual(await run(dir), first, 'a damaged cache is ignored, not run');
  const rewritten = readFileSync(file);
  assert.ok(!rewritten.equals(damaged), 'and written again');
  assert.ok(createHash('sha256').update(rewritten.subarray(32)).digest().equals(rewritten.subarray(0, 32)), 'whole: its bytes match their digest');
});

test('a cache folder others may write to is not used', { skip: process.platform === 'win32' && 'POSIX permissions' }, async () => {
  const dir = join(root, 'shared');
  mkdirSync(dir);
  chmodSync(dir, 0o777);
  const diagnostics = await run(dir);
  assert.ok(Array.isArray(diagnostics));
  assert.deepEqual(caches(dir), []);
});

test('PODIUM_CODE_CACHE=off: no cache anywhere, same diagnostics', async () => {
  assert.deepEqual(await run('off'), await run(join(root, 'cache')));
});
