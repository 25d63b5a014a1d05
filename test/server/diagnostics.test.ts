import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, CodeActionRequest, ShowMessageNotification, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { ServerHarness, uriOf } from './harness.js';
import { RULE_DOCS } from '../../server/src/protocol.js';

const SPEECH = [
  '---',
  'title: 在全市政协系统党建工作推进会上的讲话',
  'template: promotion-meeting',
  'speaker: X',
  '---',
  '',
  '# 在全市政协系统党建工作推进会上的讲话',
  '',
  '各位委员、同志们：',
  '',
  '今天召开全市政协系统党建工作推进会，主要任务是总结交流经验，部署下步工作。',
  '',
  '## 一、提高政治站位，深刻认识加强党建工作的重要意义',
  '',
  '加强政协党的建设，是坚持和加强党对人民政协全面领导的必然要求。',
  '',
  '## 二、突出工作重点，推动党建工作落地见效',
  '',
  '要以市第 X 次党代会精神为统领，抓好各项重点任务。',
  '',
  '同志们，我的讲话完了，谢谢大家！',
  '',
].join('\n');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize();
});
after(() => server.shutdown());

test('diagnostics arrive on open, with source, code, message and exact range', async () => {
  const uri = uriOf('promotion.speech.md');
  const { diagnostics } = await server.open(uri, SPEECH);
  const summary = diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`);
  assert.deepEqual(summary, [
    '2:10-2:27 missing-section',
    '3:9-3:10 placeholder',
    '18:5-18:6 placeholder',
  ]);
  assert.ok(diagnostics.every((d) => d.source === 'podium'));
  assert.ok(diagnostics.every((d) => d.codeDescription?.href === RULE_DOCS), 'each code links to the rules');
  assert.match(String(diagnostics[0]!.message), /组织保障/);
  assert.equal(diagnostics[0]!.severity, 1);
  assert.equal(diagnostics[1]!.severity, 2);
});

test('a client that gives diagnostics their source and rule link (VS Code\'s) gets the same diagnostics without them', async () => {
  const completing = new ServerHarness();
  try {
    await completing.initialize('en', undefined, { completesDiagnostics: true });
    const uri = uriOf('completing.speech.md');
    const lean = (await completing.open(uri, SPEECH)).diagnostics;
    const full = (await server.open(uriOf('full.speech.md'), SPEECH)).diagnostics;
    assert.equal(lean.length, 3);
    assert.ok(lean.every((d) => d.source === undefined && d.codeDescription === undefined), JSON.stringify(lean[0]));
    assert.deepEqual(lean, full.map(({ source: _s, codeDescription: _c, ...rest }) => rest));
    // Their quick fixes are found as the full ones' are.
    const missing = lean.filter((d) => d.code === 'missing-section');
    const actions = (await completing.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: missing[0]!.range, context: { diagnostics: missing },
    })) as { title: string }[];
    assert.ok(actions.some((a) => a.title.includes('组织保障')), actions.map((a) => a.title).join(', '));
    // Settings files' problems carry their source either way: the client's middleware sees them too.
    const config = await completing.open(uriOf('.podium.yaml'), 'bogus: 1\n', 'yaml');
    assert.deepEqual(config.diagnostics.map((d) => d.source), ['podium']);
  } finally {
    await completing.shutdown();
  }
});

test('an edit that fills the placeholder clears its diagnostic; closing clears all', async () => {
  const uri = uriOf('edit.speech.md');
  await server.open(uri, SPEECH);
  // `第 X 次` → `第十二次`: the spaces around a placeholder go with it (else cjk-spacing reports them).
  const { diagnostics } = await server.change(uri, [{ range: { start: { line: 18, character: 4 }, end: { line: 18, character: 7 } }, text: '十二' }]);
  assert.deepEqual(diagnostics.map((d) => d.range.start.line), [2, 3]);
  const closed = await server.close(uri);
  assert.deepEqual(closed.diagnostics, []);
});

test('document symbols give the speech hierarchy with whole-part ranges', async () => {
  const uri = uriOf('symbols.speech.md');
  await server.open(uri, SPEECH);
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols.length, 1);
  const title = symbols[0]!;
  assert.equal(title.name, '在全市政协系统党建工作推进会上的讲话');
  const names = title.children!.map((c) => c.name);
  assert.deepEqual(names.slice(0, 2), ['称呼', '开场白']);
  assert.equal(names.at(-1), '结束语');
  const part = title.children!.find((c) => c.name.startsWith('一、'))!;
  assert.deepEqual([part.range.start.line, part.range.end.line], [12, 14]);
  assert.equal(part.detail, '认识与意义');
});

test('the missing-section quick fix inserts the skeleton', async () => {
  const uri = uriOf('fix.speech.md');
  const { diagnostics } = await server.open(uri, SPEECH);
  const missing = diagnostics.filter((d) => d.code === 'missing-section');
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: missing[0]!.range, context: { diagnostics: missing },
  })) as { title: string; edit?: { changes?: Record<string, { newText: string; range: unknown }[]> } }[];
  const insert = actions.find((a) => a.title.includes('组织保障'))!; // the speech's language, not the UI's
  assert.ok(insert, `no insert action among ${actions.map((a) => a.title).join(', ')}`);
  const edit = insert.edit!.changes![uri]![0]!;
  assert.match(edit.newText, /## 三、强化组织保障/);
  assert.deepEqual(edit.range, { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } });
});

test('settings switch a rule off live', async () => {
  const uri = uriOf('settings.speech.md');
  await server.open(uri, SPEECH);
  await server.changeSettings({ rules: { placeholder: 'off' } });
  const { diagnostics } = await server.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'placeholder'));
  assert.deepEqual(diagnostics.map((d) => d.code), ['missing-section']);
  await server.changeSettings({});
  await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'placeholder'));
});

test('a catastrophic user placeholder pattern is refused with one clear message, and checking goes on', async () => {
  const messages: string[] = [];
  server.connection.onNotification(ShowMessageNotification.method, (p: { message: string }) => { messages.push(String(p.message)); });
  const uri = uriOf('pattern.speech.md');
  await server.changeSettings({ placeholders: { patterns: ['(a+)+$', '〔[^〕]{1,8}〕'] } });
  await server.open(uri, SPEECH + '\n会议时间定于〔时间〕。\n');
  const { diagnostics } = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => String(d.message).includes('〔时间〕')));
  assert.ok(diagnostics.some((d) => d.code === 'placeholder'));
  await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  assert.equal(messages.filter((m) => m.includes('(a+)+$')).length, 1, messages.join('\n'));
  assert.match(messages[0]!, /backtrack catastrophically/);
  await server.changeSettings({});
});

test('.podium.yaml and template files get diagnostics on the offending key', async () => {
  const config = await server.open(uriOf('.podium.yaml'), 'rules:\n  placeholder: loud\nbogus: 1\n', 'yaml');
  assert.deepEqual(config.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`), [
    '1:15 config Severity must be one of error, warning, information, hint, off.',
    '2:0 config Unknown key "bogus".',
  ]);
  // A templates folder named by podium.templatesFolder: the client sends its YAML files, the server checks them.
  const template = await server.open(uriOf('speech-templates/lecture.yaml'), 'id: lecture\nname: 党课\nextends: lecture\n', 'yaml');
  assert.deepEqual(template.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`), [
    '2:9 template "extends: lecture" names no template or leads back to "lecture".',
  ]);
  const broken = await server.open(uriOf('speech-templates/broken.yaml'), 'id: Bad Id\nsections: []\n', 'yaml');
  assert.deepEqual(broken.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`), [
    '0:4 template Template "id" must be lowercase letters, digits and "-".',
  ]);
});

test('podium.maxProblems caps what is published, keeping the first findings in reading order', async () => {
  const uri = uriOf('cap.speech.md');
  await server.changeSettings({ maxProblems: 2 });
  const { diagnostics } = await server.open(uri, SPEECH);
  assert.deepEqual(diagnostics.map((d) => `${d.range.start.line} ${d.code}`), ['2 missing-section', '3 placeholder']);
  await server.changeSettings({});
  await server.diagnostics(uri, (p) => p.diagnostics.length === 3);
});
