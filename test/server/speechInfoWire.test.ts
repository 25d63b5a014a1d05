// The Structure view's answer carries its ranges as numbers (server/src/speechInfoWire.ts): decoded,
// each is the LSP range of what it names in the document, CRLF and astral characters included.
// After an edit, the server sends only the rows that changed since the answer the client holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { applyListEdits, decodeOutline, decodeRanges, listEdits, outlineRows, rangeRows } from '../../server/src/speechInfoWire.js';
import { LineIndex } from '../../server/src/core/index.js';
import { linePositionsOf } from '../../server/src/service/index.js';
import { generateScrapedDraft, generateSpeech } from '../../bench/generate.js';
import { ServerHarness, uriOf } from './harness.js';

type Full = PodiumSpeechInfoRequest.Full;
type Answer = PodiumSpeechInfoRequest.Answer;

const TEXT = '\uFEFF' + [
  '---', 'title: 在全区基层党建工作推进会上的讲话', 'template: review-meeting', '---', '',
  '同志们：', '', '今天召开会议，XXX 同志作了报告。', '',
  '## 一、成绩与特点', '', '𠀀𠀀一是领导重视。二是 X 个乡镇党委完成了整改。', '',
  '## 二、存在的问题', '', '某某同志指出，问题还不少。', '',
  '## 三、下步工作意见', '', '一要提高认识。二要狠抓落实。', '',
].join('\r\n');

test('speechInfo ranges decode to the document\'s own positions (BOM, CRLF, astral characters)', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize();
    const uri = uriOf('speech-info-wire.speech.md');
    await server.open(uri, TEXT);
    const wire = await server.request<Full>(PodiumSpeechInfoRequest.method, { uri });
    for (const r of wire.placeholders) assert.ok(Array.isArray(r) && r.length === 4, 'four numbers on the wire');
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

test('list edits rebuild the new list from the old one', () => {
  let seed = 5;
  const random = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
  for (let round = 0; round < 500; round++) {
    const before: [number, string][] = Array.from({ length: random(30) }, () => [random(4), 'a']);
    const after = before.map((row): [number, string] => (random(6) === 0 ? [random(4), 'b'] : row));
    if (random(3) === 0) after.splice(random(after.length + 1), random(4), ...Array.from({ length: random(4) }, (): [number, string] => [random(4), 'c']));
    assert.deepEqual(applyListEdits(before, listEdits(before, after)), after, JSON.stringify({ before, after }));
  }
  assert.deepEqual(listEdits([[1], [2]], [[1], [2]]), [], 'nothing changed, nothing sent');
  assert.equal(applyListEdits([[1]], [{ start: 1, deleteCount: 1, items: [] }]), undefined, 'an edit past the end does not fit');
});

/** Asks as the extension's client does (client/src/speechInfo.ts): naming the answer it holds. */
async function ask(server: ServerHarness, uri: string, held: Full | undefined): Promise<{ answer: Answer; full: Full }> {
  const answer = await server.request<Answer>(PodiumSpeechInfoRequest.method, { uri, ...(held ? { previousResultId: held.resultId } : {}) });
  const full = PodiumSpeechInfoRequest.resolve(held, answer);
  assert.ok(full, 'the delta applies to the answer held');
  return { answer, full };
}

const rowsSent = (answer: Answer) => (PodiumSpeechInfoRequest.isDelta(answer)
  ? { outline: answer.outline.reduce((n, e) => n + e.items.length, 0), placeholders: answer.placeholders.reduce((n, e) => n + e.items.length, 0) }
  : { outline: answer.outline.length, placeholders: answer.placeholders.length });

test('after each edit, the answer built from the changes is the whole answer, and a keystroke sends a few rows', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize();
    const uri = uriOf('speech-info-delta.speech.md');
    const text = generateSpeech(60_000, 4).replace(/\n/g, '\r\n');
    await server.open(uri, text);
    const doc = TextDocument.create(uri, 'speech', 1, text);
    let { full: held, answer } = await ask(server, uri, undefined);
    assert.ok(!PodiumSpeechInfoRequest.isDelta(answer), 'the first answer is whole');
    const whole = rowsSent(answer);
    assert.ok(whole.outline > 100 && whole.placeholders > 50, JSON.stringify(whole));
    const lines = text.split('\r\n');
    const prose = lines.findIndex((l, i) => i > 40 && l.length > 60 && /^[\u4e00-\u9fa5]/.test(l));
    const part = lines.findIndex((l, i) => i > prose && l.startsWith('## '));
    // Typing, a line break, a new numbered point, a new part, placeholders typed and removed, a deleted stretch.
    const edits: [string, TextDocumentContentChangeEvent][] = [
      ['keystroke', { range: { start: { line: prose, character: 5 }, end: { line: prose, character: 5 } }, text: '的' }],
      ['keystroke', { range: { start: { line: prose, character: 6 }, end: { line: prose, character: 6 } }, text: '的' }],
      ['line break', { range: { start: { line: prose, character: 20 }, end: { line: prose, character: 20 } }, text: '\r\n\r\n' }],
      ['point', { range: { start: { line: prose, character: 0 }, end: { line: prose, character: 0 } }, text: '一是新增要点。' }],
      ['part', { range: { start: { line: part, character: 0 }, end: { line: part, character: 0 } }, text: '## 新的一部分\r\n\r\n内容XXX。\r\n\r\n' }],
      ['placeholder', { range: { start: { line: prose + 2, character: 3 }, end: { line: prose + 2, character: 3 } }, text: 'XXX' }],
      ['deletion', { range: { start: { line: prose - 6, character: 0 }, end: { line: part + 3, character: 0 } }, text: '' }],
    ];
    for (const [what, change] of edits) {
      await server.change(uri, [change]);
      TextDocument.update(doc, [change], doc.version + 1);
      const next = await ask(server, uri, held);
      assert.ok(PodiumSpeechInfoRequest.isDelta(next.answer), `${what}: a delta`);
      assert.equal(next.full.version, doc.version);
      const fresh = await server.request<Full>(PodiumSpeechInfoRequest.method, { uri });
      assert.ok(!PodiumSpeechInfoRequest.isDelta(fresh), 'asked without a previous answer: whole');
      assert.deepEqual(PodiumSpeechInfoRequest.decode(next.full), PodiumSpeechInfoRequest.decode(fresh), `${what}: built from the changes = whole`);
      if (what === 'keystroke') {
        const sent = rowsSent(next.answer);
        // The entry typed in, the points after it on its line, the lengths of its part and the title.
        assert.ok(sent.outline <= 12 && sent.placeholders <= 4, `${what}: ${JSON.stringify(sent)} rows sent`);
      }
      // The fresh request was the last answer sent: the client now holds that one.
      held = fresh;
    }
    const again = await ask(server, uri, held);
    assert.deepEqual(rowsSent(again.answer), { outline: 0, placeholders: 0 }, 'asked again for the same version: nothing changed');
    const stale = await server.request<Answer>(PodiumSpeechInfoRequest.method, { uri, previousResultId: 'no such answer' });
    assert.ok(!PodiumSpeechInfoRequest.isDelta(stale), 'an unknown previous answer gets the whole');
    assert.equal(PodiumSpeechInfoRequest.resolve(undefined, again.answer), undefined, 'a delta without the answer it builds on is refused');
  } finally {
    await server.shutdown();
  }
});

test('typing into a pasted draft\'s one long line sends the rows at the caret, not every row after it on the line', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize();
    const uri = uriOf('speech-info-draft.speech.md');
    const text = generateScrapedDraft(30_000, 2);
    await server.open(uri, text);
    const doc = TextDocument.create(uri, 'speech', 1, text);
    let { full: held } = await ask(server, uri, undefined);
    const lines = text.split('\n');
    const line = lines.reduce((longest, l, i) => (l.length > lines[longest]!.length ? i : longest), 0);
    const onLine = PodiumSpeechInfoRequest.decode(held).statistics.placeholders.filter((r) => r.start.line === line);
    assert.ok(onLine.length > 50, `placeholders on the draft's line: ${onLine.length}`);
    // Near the line's start, in its middle, and a deletion: each moves every placeholder after it.
    for (const character of [3, Math.floor(lines[line]!.length / 2), -1]) {
      const change: TextDocumentContentChangeEvent = character < 0
        ? { range: { start: { line, character: 10 }, end: { line, character: 12 } }, text: '' }
        : { range: { start: { line, character }, end: { line, character } }, text: '的' };
      await server.change(uri, [change]);
      TextDocument.update(doc, [change], doc.version + 1);
      const next = await ask(server, uri, held);
      const sent = rowsSent(next.answer);
      assert.ok(sent.placeholders <= 2 && sent.outline <= 12, `at ${character}: ${JSON.stringify(sent)} rows sent`);
      const fresh = await server.request<Full>(PodiumSpeechInfoRequest.method, { uri });
      assert.deepEqual(PodiumSpeechInfoRequest.decode(next.full), PodiumSpeechInfoRequest.decode(fresh), `at ${character}: built from the changes = whole`);
      const placeholders = PodiumSpeechInfoRequest.decode(fresh).statistics.placeholders.map((r) => doc.getText(r));
      assert.ok(placeholders.length > 50 && placeholders.every((p) => /X|×|某/.test(p)), `decoded ranges still name placeholders: ${placeholders.slice(0, 8)}`);
      held = fresh;
    }
  } finally {
    await server.shutdown();
  }
});

test('rows encode and decode back to the same ranges: several on a line, ranges over lines, a selection on another line', () => {
  const text = '甲乙丙丁戊己庚辛\r\n壬癸𠀀子丑寅卯\n辰巳午未\n\n申酉戌亥';
  const lines = new LineIndex(text);
  const doc = TextDocument.create('file:///rows', 'speech', 1, text);
  let seed = 3;
  const random = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
  const at = (offset: number) => doc.positionAt(offset);
  for (let round = 0; round < 200; round++) {
    // Spans in document order by start, as the answer lists them; any lengths, any lines.
    const starts = Array.from({ length: 1 + random(8) }, () => random(text.length + 1)).sort((a, b) => a - b);
    const spans = starts.map((start) => ({ start, end: Math.min(text.length, start + random(14)) }));
    const decoded = decodeRanges(rangeRows(spans, linePositionsOf(lines)));
    assert.deepEqual(decoded, spans.map((s) => ({ start: at(s.start), end: at(s.end) })), JSON.stringify(spans));
    const entries = spans.map((s, i) => {
      const selectionStart = Math.min(s.end, s.start + random(8));
      return { depth: 0, kind: 'part' as const, name: `p${i}`, detail: undefined, sectionId: undefined, length: 0, ...s, selectionStart, selectionEnd: Math.min(s.end, selectionStart + random(6)) };
    });
    const nodes = decodeOutline(outlineRows(entries, linePositionsOf(lines)));
    assert.deepEqual(nodes.map((n) => [n.range, n.selectionRange]),
      entries.map((e) => [{ start: at(e.start), end: at(e.end) }, { start: at(e.selectionStart), end: at(e.selectionEnd) }]), JSON.stringify(entries));
  }
});
