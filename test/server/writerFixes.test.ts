// The quick fixes a writer meets first, over the protocol as any editor asks for them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerHarness, uriOf } from './harness.js';

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize('en');
});
after(() => server.shutdown());

async function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return server.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
}

function applied(text: string, uri: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'speech', 1, text), action.edit!.changes![uri]!);
}

test('a pasted draft without front matter gets one inserted: title, guessed template, today', async () => {
  const uri = uriOf('pasted-draft.speech.md');
  const text = '2020年上半年在基层党建述职会上的讲话\n\n同志们：\n\n这次会议是一次检验。\n\n## 一、工作取得的成效\n\n成效明显。\n\n## 二、存在的问题和不足\n\n问题不少。\n\n## 三、下步工作要求\n\n抓好落实。\n\n同志们，我的讲话完了，谢谢大家！\n';
  const { diagnostics } = await server.open(uri, text);
  const missing = diagnostics.find((d) => d.code === 'front-matter-schema')!;
  const [insert] = await quickFixes(uri, missing);
  assert.equal(insert?.title, '插入前置元数据（标题、模板、日期）', 'titles follow the speech\'s language');
  const fixed = applied(text, uri, insert!);
  assert.match(fixed, /^---\ntitle: 2020年上半年在基层党建述职会上的讲话\ntemplate: review-meeting # 模板由正文推测，请核对\nlang: zh-CN\ndate: \d{4}-\d{2}-\d{2}\n---\n\n# 2020年/, "the title line becomes the # title");
  const after = await server.change(uri, [{ text: fixed }]);
  assert.deepEqual(after.diagnostics.filter((d) => d.code === 'front-matter-schema' || d.code === 'missing-section').map((d) => d.message), []);
});

test('a date written 2020-7-15 and a mistyped key each have their one right fix', async () => {
  const uri = uriOf('typos.speech.md');
  const text = '---\ntitle: 讲话\nspeeker: 张三\ndate: 2020-7-15\n---\n\n同志们：\n\n今天开会。\n';
  const { diagnostics } = await server.open(uri, text);
  const date = diagnostics.find((d) => d.code === 'front-matter-schema' && String(d.message).includes('date'))!;
  const key = diagnostics.find((d) => d.code === 'front-matter-schema' && String(d.message).includes('speeker'))!;
  assert.match(applied(text, uri, (await quickFixes(uri, date))[0]!), /date: 2020-07-15\n/);
  assert.match(applied(text, uri, (await quickFixes(uri, key))[0]!), /\nspeaker: 张三\n/);
});

test('a part out of order is moved to its place, with its text', async () => {
  const uri = uriOf('order.speech.md');
  const text = '---\ntitle: 讲话\ntemplate: review-meeting\n---\n\n同志们：\n\n今天开会。\n\n## 存在的问题\n\n问题不少。\n\n## 取得的成效\n\n成效明显。\n\n## 下步工作要求\n\n抓好落实。\n\n同志们，我的讲话完了，谢谢大家！\n';
  const { diagnostics } = await server.open(uri, text);
  const order = diagnostics.find((d) => d.code === 'section-order')!;
  const move = (await quickFixes(uri, order)).find((a) => a.edit);
  assert.ok(move, 'a move is offered');
  const fixed = applied(text, uri, move);
  assert.ok(fixed.indexOf('## 取得的成效') < fixed.indexOf('## 存在的问题') && fixed.indexOf('问题不少。') > fixed.indexOf('## 存在的问题'), fixed);
  const after = await server.change(uri, [{ text: fixed }]);
  assert.equal(after.diagnostics.filter((d) => d.code === 'section-order').length, 0);
});
