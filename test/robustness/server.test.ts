/** The live server under random edit storms: it keeps answering and ends where a fresh analysis ends. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { analyze, LineIndex } from '../../server/src/core/index.js';
import { toDiagnostic } from '../../server/src/convert.js';
import { ServerHarness, uriOf } from '../server/harness.js';
import { generateSpeech } from '../../bench/generate.js';
import { apply, editor, randomBytes } from './edits.js';

function expected(uri: string, text: string) {
  const doc = TextDocument.create(uri, 'speech', 1, text);
  const analysis = analyze(text);
  // Fix titles follow the speech's language, as the server sends them.
  return analysis.findings.map((f) => toDiagnostic(doc, f));
}

describe('server under random edits', () => {
  let h: ServerHarness;
  before(async () => {
    h = new ServerHarness();
    await h.initialize('en');
  });
  after(() => h.shutdown());

  for (const seed of [1, 2, 3]) {
    it(`bursts of incremental edits end in a fresh analysis's diagnostics (seed ${seed})`, async () => {
      const uri = uriOf(`fuzz-${seed}.speech.md`);
      const next = editor(seed);
      let text = generateSpeech(6_000, seed);
      await h.open(uri, text);
      for (let burst = 0; burst < 40; burst++) {
        let last: Promise<unknown> = Promise.resolve();
        for (let k = 0; k < 1 + (burst % 8); k++) {
          const e = next(text);
          const lines = new LineIndex(text);
          const range = { start: lines.positionAt(e.start), end: lines.positionAt(e.end) };
          text = apply(text, e);
          // Not awaited: the server may coalesce these versions and publish only the last.
          last = h.change(uri, [{ range, text: e.text }]);
        }
        const published = (await last) as { diagnostics: unknown[] };
        assert.deepEqual(published.diagnostics, expected(uri, text), `after burst ${burst}`);
      }
      await h.close(uri);
    });
  }

  it('random byte strings, whole-text replacements, and it still answers', async () => {
    const uri = uriOf('bytes.speech.md');
    let text = randomBytes(1, 3000);
    await h.open(uri, text);
    for (let i = 0; i < 60; i++) {
      text = randomBytes(1000 + i, 500 + i * 50);
      const published = await h.change(uri, [{ text }]);
      assert.deepEqual(published.diagnostics, expected(uri, text));
    }
    const symbols = await h.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    assert.equal(h.exited, null);
    await h.close(uri);
  });
});
