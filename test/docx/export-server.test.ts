/** `podium/exportDocx` against the built server over stdio, as the editor's command uses it. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ServerHarness } from '../server/harness.js';
import { example, openDocx, paragraphs, style } from './export-helpers.js';

interface Result { base64: string; warnings: { kind: string; message: string; line?: number }[]; layout: string }

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  // The harness answers every configuration section with this object: `podium.export` reads it.
  server.settings = { layout: 'reading', fonts: { body: '仿宋' } };
  await server.initialize('en');
});
after(() => server.shutdown());

test('exports the open document as the editor has it, with the editor\'s export settings', async () => {
  const uri = 'file:///w/review.speech.md';
  const text = example('review-meeting');
  await server.open(uri, text);
  await server.change(uri, [{ text: text.replace('同志们：', '同志们：\n\n尚未保存的一句话。') }]);
  const result = await server.request<Result>('podium/exportDocx', { uri });
  assert.equal(result.layout, 'reading');
  const docx = openDocx(Buffer.from(result.base64, 'base64'));
  assert.ok(paragraphs(docx).some(([, t]) => t === '尚未保存的一句话。'));
  assert.match(JSON.stringify(style(docx, 'Normal')), /"w:eastAsia":"仿宋"/);
  const official = await server.request<Result>('podium/exportDocx', { uri, layout: 'official' });
  assert.equal(official.layout, 'official', 'the layout asked for wins over the setting');
});

test('warnings come in the editor\'s language; a document the server lacks needs its text', async () => {
  const uri = 'file:///w/problems.speech.md';
  assert.equal(await server.request<Result | null>('podium/exportDocx', { uri }), null);
  const result = await server.request<Result>('podium/exportDocx', { uri, text: example('with-problems') });
  assert.ok(result.warnings.some((w) => w.kind === 'placeholder' && /^Line \d+ \(placeholder\): /.test(w.message)), JSON.stringify(result.warnings));
  assert.ok(paragraphs(openDocx(Buffer.from(result.base64, 'base64'))).length > 5);
});
