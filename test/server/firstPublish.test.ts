import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ServerHarness, uriOf } from './harness.js';
import { generateScrapedDraft, generateSpeech } from '../../bench/generate.js';

/**
 * The first diagnostics a fresh server publishes for a speech are the whole list: a later
 * re-analysis of the same text (settings re-sent) publishes exactly the same, and nothing is
 * published in between (no partial list replaced a moment later, whatever the warm-up does).
 */
for (const [name, text] of [['speech', generateSpeech(30_000, 6)], ['one-line draft', generateScrapedDraft(30_000, 6)]] as const) {
  test(`first publish on a fresh server is final (${name})`, async () => {
    const server = new ServerHarness();
    try {
      const uri = uriOf(`first-publish-${name.replace(/\W/g, '-')}.speech.md`);
      // Every publish for the speech, as the harness records it.
      const published: PublishDiagnosticsParams[] = [];
      const record = server.latest.set.bind(server.latest);
      server.latest.set = (key, value) => {
        if (key === uri) published.push(value);
        return record(key, value);
      };
      await server.initialize();
      const first = await server.open(uri, text);
      assert.ok(first.diagnostics.length > 0, 'the speech has findings to compare');
      // A request answered after the open: anything the server meant to publish for it is out by now.
      await server.request(DocumentSymbolRequest.method, { textDocument: { uri } });
      assert.equal(published.length, 1, 'one publish for the opened version');
      const again = server.diagnostics(uri, (p) => p !== first);
      await server.changeSettings({});
      const second = await again;
      assert.deepEqual(second.diagnostics, first.diagnostics);
      assert.equal(published.length, 2);
    } finally {
      await server.shutdown();
    }
  });
}
