import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, CodeActionTriggerKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerHarness, uriOf } from './harness.js';

// A review-meeting speech that has only its opening: several required sections are missing at
// one place, and a repeated word sits in the text. `source.fixAll.podium` must fix all of it at once.
const SPEECH = [
  '---',
  'title: 在上半年基层党建述职会上的讲话',
  'template: review-meeting',
  '---',
  '',
  '同志们：',
  '',
  '这次会议，是对上半年基层党建工作目标责任落实情况的一次检验检验，意义重大重大。我们要把把不足修正好。',
  '',
].join('\r\n');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize('zh-CN');
});
after(() => server.shutdown());

async function fixAll(uri: string, doc: TextDocument, diagnostics: Diagnostic[]): Promise<CodeAction | undefined> {
  const actions = await server.request<CodeAction[]>(CodeActionRequest.method, {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) },
    context: { diagnostics, only: ['source.fixAll'] },
  });
  return actions.find((a) => a.kind === 'source.fixAll.podium');
}

/** The diagnostics a quick fix is offered for, asked as an editor asks (fixes travel in no diagnostic). */
async function withQuickFixes(uri: string, diagnostics: Diagnostic[]): Promise<Diagnostic[]> {
  const actions = await server.request<CodeAction[]>(CodeActionRequest.method, {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics, only: ['quickfix'] },
  });
  for (const d of diagnostics) assert.equal((d.data as { fixes?: unknown } | undefined)?.fixes, undefined, 'no fixes sent with a diagnostic');
  return diagnostics.filter((d) => actions.some((a) => a.diagnostics?.some((x) => x.message === d.message && x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character)));
}

test('source.fixAll.podium applied once leaves nothing fixable', async () => {
  const uri = uriOf('fixall.speech.md');
  const { diagnostics } = await server.open(uri, SPEECH);
  const fixable = await withQuickFixes(uri, diagnostics);
  assert.ok(fixable.filter((d) => d.code === 'missing-section').length >= 2, `want several missing sections: ${diagnostics.map((d) => d.code)}`);
  assert.ok(fixable.some((d) => d.code === 'repeated-word'));

  const doc = TextDocument.create(uri, 'speech', 1, SPEECH);
  const action = await fixAll(uri, doc, diagnostics);
  assert.ok(action?.edit?.changes?.[uri], 'fix-all offers an edit');
  const edits: TextEdit[] = action.edit.changes[uri]!;
  assert.equal(edits.length, 1, 'one minimal edit, so one undo step');
  const fixed = TextDocument.applyEdits(doc, edits);
  assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(fixed), 'CRLF line endings are kept');

  const after = await server.change(uri, [{ text: fixed }]);
  const left = await withQuickFixes(uri, after.diagnostics);
  assert.deepEqual(left.map((d) => `${d.code} ${d.message}`), [], 'nothing fixable is left');
  const again = await fixAll(uri, TextDocument.create(uri, 'speech', 2, fixed), after.diagnostics);
  assert.equal(again, undefined, 'a second fix-all has nothing to do');
  for (const word of ['这次会议', '检验', '意义重大', '不足修正好']) assert.ok(fixed.includes(word), `kept "${word}"`);
});

test('the light bulb\'s own request (automatic, no kinds asked) gets quick fixes, not the whole-document source actions', async () => {
  const uri = uriOf('fixall-automatic.speech.md');
  const { diagnostics } = await server.open(uri, SPEECH);
  const doc = TextDocument.create(uri, 'speech', 1, SPEECH);
  const ask = (triggerKind: CodeActionTriggerKind | undefined) => server.request<CodeAction[]>(CodeActionRequest.method, {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(SPEECH.length) },
    context: { diagnostics, ...(triggerKind ? { triggerKind } : {}) },
  });
  const automatic = await ask(CodeActionTriggerKind.Automatic);
  assert.ok(automatic.some((a) => a.kind === 'quickfix'), 'quick fixes are offered');
  assert.ok(!automatic.some((a) => a.kind?.startsWith('source.')), `no source action: ${automatic.map((a) => a.kind)}`);
  for (const kind of [CodeActionTriggerKind.Invoked, undefined]) {
    assert.ok((await ask(kind)).some((a) => a.kind === 'source.fixAll.podium'), `asked by the writer (${kind}): fix-all is there`);
  }
});
