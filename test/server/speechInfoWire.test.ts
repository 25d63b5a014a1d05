// The Structure view's answer carries its ranges as four numbers (PodiumSpeechInfoRequest.WireRange):
// decoded, each is the LSP range of what it names in the document, CRLF and astral characters included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { ServerHarness, uriOf } from './harness.js';

const TEXT = [
  '---', 'title: 在全区基层党建工作推进会上的讲话', 'template: review-meeting', '---', '',
  '同志们：', '', '今天召开会议，XXX 同志作了报告。', '',
  '## 一、成绩与特点', '', '𠀀𠀀一是领导重视。二是 X 个乡镇党委完成了整改。', '',
  '## 二、存在的问题', '', '某某同志指出，问题还不少。', '',
  '## 三、下步工作意见', '', '一要提高认识。二要狠抓落实。', '',
].join('\r\n');

test('speechInfo ranges decode to the document\'s own positions (CRLF, astral characters)', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize();
    const uri = uriOf('speech-info-wire.speech.md');
    await server.open(uri, TEXT);
    const wire = await server.request<PodiumSpeechInfoRequest.Result>(PodiumSpeechInfoRequest.method, { uri });
    for (const r of wire.statistics.placeholders) assert.ok(Array.isArray(r) && r.length === 4, 'four numbers on the wire');
    const info = PodiumSpeechInfoRequest.decode(wire);
    const doc = TextDocument.create(uri, 'speech', 1, TEXT);
    const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => doc.getText(r);
    assert.deepEqual(info.statistics.placeholders.map(at), ['XXX', 'X', '某某']);
    const parts = info.outline.flatMap((n) => (n.kind === 'title' ? n.children : [n])).filter((n) => n.kind === 'part');
    assert.deepEqual(parts.map((p) => at(p.selectionRange)), ['## 一、成绩与特点', '## 二、存在的问题', '## 三、下步工作意见']);
    const problems = info.sections.find((s) => s.id === 'problems')!;
    assert.ok(at(problems.range!).startsWith('## 二、存在的问题'), at(problems.range!));
    assert.ok(!at(problems.range!).includes('## 三'), 'the section ends before the next one');
  } finally {
    await server.shutdown();
  }
});
