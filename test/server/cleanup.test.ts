import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PodiumCleanUpRequest, PodiumRestoreParagraphsRequest } from '../../server/src/protocol.js';
import { analyze, cleanUpText, restoreParagraphs } from '../../server/src/core/index.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';
import { ServerHarness, uriOf } from './harness.js';

const SEED = pastedSpeech(SEED_FIRST_SPEECH, 'review-meeting', '\r\n');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize('zh-CN');
});
after(() => server.shutdown());

function apply(text: string, edit: NonNullable<PodiumCleanUpRequest.Result['edit']>): string {
  const doc = TextDocument.create('x', 'speech', 0, text);
  return TextDocument.applyEdits(doc, [edit]);
}

test('podium/cleanUp returns one edit that gives the core cleanup, with counts and a message in the UI language', async () => {
  const uri = uriOf('cleanup.speech.md');
  await server.open(uri, SEED);
  const result = await server.request<PodiumCleanUpRequest.Result>(PodiumCleanUpRequest.method, { uri });
  const expected = cleanUpText(SEED, (t) => analyze(t).findings);
  assert.equal(result.version, 1);
  assert.equal(result.edit ? apply(SEED, result.edit) : SEED, expected.text);
  assert.deepEqual(result.changed, expected.changed);
  assert.equal(result.left, expected.left.length);
  assert.equal(result.paragraphs, restoreParagraphs(SEED).breaksInLines);
  assert.ok(result.paragraphs > 0, 'the raw seed lost its paragraphs');
  assert.match(result.message, /需要您处理|没有遗留问题/);
});

test('podium/restoreParagraphs proposes the restored text and the edit that makes it', async () => {
  const uri = uriOf('restore.speech.md');
  await server.open(uri, SEED);
  const result = await server.request<PodiumRestoreParagraphsRequest.Result>(PodiumRestoreParagraphsRequest.method, { uri, headings: true });
  const expected = restoreParagraphs(SEED, { headings: true });
  assert.equal(result.text, expected.text);
  assert.equal(apply(SEED, result.edit!), expected.text);
  assert.equal(result.breaks, expected.breaks);
  assert.equal(result.headings, 4);
  assert.match(result.message, /^段落：分出 \d+ 个段落/);
});

test('an unknown document gets null, not an error', async () => {
  assert.equal(await server.request(PodiumCleanUpRequest.method, { uri: uriOf('nowhere.speech.md') }), null);
  assert.equal(await server.request(PodiumRestoreParagraphsRequest.method, { uri: uriOf('nowhere.speech.md') }), null);
});
