// podium.words and podium.residue: the editor's lists reach word-usage and paste-residue live.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ServerHarness, uriOf } from './harness.js';

const SPEECH = [
  '---',
  'title: 在全区重点项目推进会上的讲话',
  'template: generic',
  'lang: zh-CN',
  '---',
  '',
  '同志们：',
  '',
  '我们要认真学习贯彻习总书记重要讲话精神，这是老秘稿库整理一次动员大会。',
  '',
].join('\n');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize();
});
after(() => server.shutdown());

test('podium.words and podium.residue add to the built-in lists, and taking them away clears the findings', async () => {
  const uri = uriOf('proofreading-settings.speech.md');
  await server.open(uri, SPEECH);
  await server.changeSettings({
    words: [{ wrong: '习总书记', right: '习近平总书记', note: '规范称谓' }, { wrong: '放管服', right: '放管服改革' }, 'not an entry'],
    residue: ['老秘稿库整理', 'x'],
  });
  const mine = (d: { code?: unknown }) => d.code === 'word-usage' || d.code === 'paste-residue';
  const { diagnostics } = await server.diagnostics(uri, (p) => p.diagnostics.filter(mine).length === 2);
  assert.deepEqual(diagnostics.filter(mine).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`), [
    '8:9 word-usage 应为“习近平总书记”，实为“习总书记”（规范称谓）。',
    '8:22 paste-residue 混入正文的水印：“老秘稿库整理”。',
  ]);
  await server.changeSettings({});
  await server.diagnostics(uri, (p) => !p.diagnostics.some(mine));
});
