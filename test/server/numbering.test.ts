import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApplyWorkspaceEditRequest, CodeActionRequest, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest,
  type ApplyWorkspaceEditParams, type CodeAction, type Diagnostic, type DocumentSymbol, type InitializeResult, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerHarness, uriOf } from './harness.js';

const SPEECH = [
  '---',
  'title: 在基层党建述职会上的讲话',
  'lang: zh-CN',
  '---',
  '',
  '# 在基层党建述职会上的讲话',
  '',
  '同志们：',
  '',
  '下面，我讲三点意见。',
  '',
  '## 一、坚持从严治党',
  '',
  '一要明确主责。二要严实作风。四要考核问责。',
  '',
  '## 二、存在的问题',
  '',
  '一是抓党建责任落实力度不到位。二是解决深层次问题不够。三是组织制度执行不好。四是党员教育管理有欠缺。',
  '',
  '## 四、突出问题导向',
  '',
  '1、解决软弱涣散问题。',
  '',
  '谢谢大家！',
  '',
].join('\n');

let server: ServerHarness;
let capabilities: InitializeResult['capabilities'];
const applied: ApplyWorkspaceEditParams[] = [];

before(async () => {
  server = new ServerHarness();
  server.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    applied.push(params);
    return { applied: true };
  });
  capabilities = ((await server.initialize('zh-CN')) as InitializeResult).capabilities;
});
after(() => server.shutdown());

function apply(text: string, edits: readonly TextEdit[]): string {
  const doc = TextDocument.create('file:///x', 'speech', 1, text);
  return TextDocument.applyEdits(doc, [...edits]);
}

const numbering = (ds: readonly Diagnostic[]) => ds.filter((d) => String(d.code).startsWith('numbering-'));

test('the server advertises hover, the renumber action kind and the renumberAll command', () => {
  assert.equal(capabilities.hoverProvider, true);
  const kinds = (capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
  assert.ok(kinds.includes('source.renumber.podium'));
  assert.deepEqual(capabilities.executeCommandProvider?.commands, ['podium.renumberAll']);
});

test('numbering diagnostics, their quick fixes, and renumber all', async () => {
  const uri = uriOf('numbering.speech.md');
  const { diagnostics } = await server.open(uri, SPEECH);
  const found = numbering(diagnostics).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);
  // `我讲三点意见` is met by the three parts, so numbering-count stays quiet.
  assert.deepEqual(found, [
    '13:14 numbering-sequence 应为“三要”，实为“四要”。',
    '19:3 numbering-sequence 应为“三、”，实为“四、”。',
    '21:0 numbering-style 应为“1.”，实为“1、”。',
  ]);

  const gap = numbering(diagnostics).find((d) => d.code === 'numbering-sequence' && d.range.start.line === 19)!;
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: gap.range, context: { diagnostics: [gap], only: ['quickfix'] },
  }) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.title), ['重新编号整个序列', '改为“三、”']);
  assert.equal(actions[0]!.isPreferred, true);
  assert.match(apply(SPEECH, actions[0]!.edit!.changes![uri]!), /## 三、突出问题导向/);

  const source = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.renumber'] },
  }) as CodeAction[];
  assert.deepEqual(source.map((a) => [a.title, a.kind]), [['全部重新编号', 'source.renumber.podium']]);
  const renumbered = apply(SPEECH, source[0]!.edit!.changes![uri]!);
  assert.match(renumbered, /一要明确主责。二要严实作风。三要考核问责。/);
  assert.match(renumbered, /## 三、突出问题导向\n\n1\.解决软弱涣散问题。/);

  const result = await server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'podium.renumberAll', arguments: [uri] });
  assert.deepEqual(result, { applied: true, edits: 3 });
  assert.equal(applied.length, 1);
  assert.equal(apply(SPEECH, applied[0]!.edit.changes![uri]!), renumbered);

  await server.change(uri, [{ text: renumbered }]);
  const { diagnostics: after } = await server.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(numbering(after), []);
});

test('hover on an enumerator tells its place and its parent', async () => {
  const uri = uriOf('hover.speech.md');
  await server.open(uri, SPEECH);
  const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 17, character: 16 } });
  assert.ok(hover);
  assert.equal((hover.contents as MarkupContent).value, '**二是** 第 2 点，共 4 点\n\n上级：二、存在的问题');
  assert.deepEqual(hover.range, { start: { line: 17, character: 15 }, end: { line: 17, character: 17 } });
  const none = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 2 } });
  assert.equal(none, null);
});

test('numbered points are children in the document symbols', async () => {
  const uri = uriOf('symbols.speech.md');
  await server.open(uri, SPEECH);
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
  const part = symbols[0]!.children!.find((s) => s.name === '二、存在的问题')!;
  assert.deepEqual(part.children!.map((c) => c.name), ['一是抓党建责任落实力度不到位', '二是解决深层次问题不够', '三是组织制度执行不好', '四是党员教育管理有欠缺']);
});
