import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { ServerHarness, uriOf } from './harness.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize('en');
});
after(() => server.shutdown());

async function symbols(name: string, text: string): Promise<DocumentSymbol[]> {
  const uri = uriOf(name);
  await server.open(uri, text);
  return server.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
}

test('every heading appears under its own text, the recognised section as its detail', async () => {
  const [title] = await symbols('keynote.speech.md', readFileSync(join(EXAMPLES, 'keynote.speech.md'), 'utf8'));
  const names = title!.children!.map((c) => c.name);
  assert.ok(names.includes('Homes people can afford'), names.join(' | '));
  const conclusion = title!.children!.find((c) => c.name === 'Conclusion');
  assert.ok(conclusion, `the closing heading keeps its text: ${names.join(' | ')}`);
  assert.equal(conclusion.detail, 'Closing');
  assert.ok(!names.includes('Closing'), 'no Podium name where the writer wrote a heading');
});

test('parts without a heading get Podium\'s names', async () => {
  const text = ['---', 'title: 讲话', 'template: review-meeting', '---', '', '同志们：', '', '今天召开这次会议。', '', '## 一、工作取得的成效', '', '成效明显。', '', '同志们，我的讲话完了，谢谢大家！', ''].join('\n');
  const [title] = await symbols('paragraph-closing.speech.md', text);
  const names = title!.children!.map((c) => c.name);
  assert.deepEqual([names[0], names.at(-1)], ['称呼', '结束语'], names.join(' | '));
  assert.ok(names.includes('一、工作取得的成效'));
});
