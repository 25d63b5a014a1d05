// VS Code's client forks the server with V8's serialization (protocol.ts, IPC_SERIALIZATION): the
// same conversation over Node IPC with JSON and with V8's format must get the same answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, CompletionRequest, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { IPC_SERIALIZATION, PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { ServerHarness, uriOf } from './harness.js';

const SPEECH = [
  '---',
  'title: 在全市政协系统党建工作推进会上的讲话',
  'template: promotion-meeting',
  '---',
  '',
  '# 在全市政协系统党建工作推进会上的讲话',
  '',
  '同志们：',
  '',
  '今天召开全市政协系统党建工作推进会,主要任务是总结交流经验，部署下步工作。2020 年以来，全 市 政协系统做了XXX件实事。',
  '',
  '## 一、提高政治站位',
  '',
  '加强政协党的建设，是坚持和加强党对人民政协全面领导的必然要求，要再接再励。',
  '',
  '## 三、突出工作重点',
  '',
  '同志们，我的讲话完了，谢谢大家！',
  '',
].join('\n');

/** What a VS Code session asks of one speech, every answer as JSON would carry it (V8's format also keeps `undefined` members). */
async function conversation(serialization: 'json' | 'advanced'): Promise<unknown[]> {
  const server = new ServerHarness([], { ipc: serialization });
  try {
    await server.initialize('zh-cn', undefined, { completesDiagnostics: true });
    const uri = uriOf('ipc.speech.md');
    const textDocument = { uri };
    const opened = await server.open(uri, SPEECH);
    assert.ok(opened.diagnostics.length >= 6, `a speech with problems: ${opened.diagnostics.map((d) => d.code)}`);
    const fixable = opened.diagnostics.filter((d) => d.code === 'punctuation-width' || d.code === 'word-usage');
    const answers: unknown[] = [
      opened,
      await server.request(DocumentSymbolRequest.method, { textDocument }),
      await server.request(CodeActionRequest.method, { textDocument, range: fixable[0]!.range, context: { diagnostics: fixable } }),
      await server.request(CodeActionRequest.method, { textDocument, range: opened.diagnostics[0]!.range, context: { diagnostics: [], only: ['source.fixAll'] } }),
      await server.request(HoverRequest.method, { textDocument, position: { line: 11, character: 4 } }),
      await server.request(CompletionRequest.method, { textDocument, position: { line: 7, character: 0 } }),
      await server.request(PodiumSpeechInfoRequest.method, { uri }),
      await server.change(uri, [{ range: opened.diagnostics.find((d) => d.code === 'punctuation-width')!.range, text: '，' }]),
    ];
    const same = answers.map((a) => JSON.parse(JSON.stringify(a ?? null)) as Record<string, unknown>);
    delete same[6]!['resultId']; // a server's own prefix: differs between any two servers
    return same;
  } finally {
    await server.shutdown();
  }
}

test('over Node IPC, V8\'s serialization gets the answers JSON gets', async () => {
  assert.equal(IPC_SERIALIZATION, 'advanced');
  const json = await conversation('json');
  const v8 = await conversation('advanced');
  assert.deepEqual(v8, json);
  // The conversation said something: fixes offered, the edit's diagnostics one fewer.
  const fixes = json[2] as { title: string }[];
  assert.ok(fixes.some((f) => f.title.includes('，')), JSON.stringify(fixes));
  const before = (json[0] as { diagnostics: unknown[] }).diagnostics.length;
  assert.equal((json[7] as { diagnostics: unknown[] }).diagnostics.length, before - 1);
});
