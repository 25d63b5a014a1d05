import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { ServerHarness, uriOf } from './harness.js';
import { generateSpeech } from '../../bench/generate.js';

// VS Code's status bar asks `podium/speechInfo` after edits: asked together with an edit, the
// answer is for that edit's version, and that version's diagnostics are published before it
// (the request waits for them rather than delaying them).
test('speechInfo sent with an edit answers for it, after its diagnostics', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize();
    const uri = uriOf('speech-info-order.speech.md');
    const text = generateSpeech(60_000, 8);
    await server.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > 20 && l.length > 40 && !l.startsWith('#'));
    for (let version = 2; version <= 6; version++) {
      const diagnostics = server.change(uri, [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '的' }]);
      const info = await server.request<PodiumSpeechInfoRequest.Full>(PodiumSpeechInfoRequest.method, { uri });
      assert.equal(info.version, version);
      assert.equal(server.latest.get(uri)?.version, version, 'the diagnostics of the edit came first');
      assert.equal((await diagnostics).version, version);
    }
  } finally {
    await server.shutdown();
  }
});
