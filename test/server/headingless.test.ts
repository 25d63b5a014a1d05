// A speech without headings, through the protocol: its sections found from its paragraphs show in
// the document symbols and in podium/speechInfo, with the diagnostics of a headed speech.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type MarkupContent, type Hover } from 'vscode-languageserver-protocol/node';
import { PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { ServerHarness, uriOf } from './harness.js';

const PARAGRAPHS = [
  '同志们：',
  '这次会议，是对上半年基层党建工作的一次检验，意义重大。',
  '2020年以来，全区基层党建工作取得较好成效，主要有以下特点。一是领导重视。二是疫情防控有力。',
  '在看到成绩的同时，更要看到问题和差距。一是责任落实不到位。二是基础保障不足。',
  '下面，我讲几点意见。第一，坚持从严治党。第二，突出问题导向。',
  '同志们，抓好基层党建责任重大。我的讲话完了，谢谢大家！',
];
const speech = (paragraphs: string[], extra = '') => ['---', 'title: 在基层党建述职会上的讲话', 'template: review-meeting', extra, '---', '', paragraphs.join('\n\n'), ''].filter((l, i) => i !== 3 || l).join('\n');

let server: ServerHarness;
before(async () => {
  server = new ServerHarness();
  await server.initialize('zh-CN');
});
after(() => server.shutdown());

test('the document symbols of a heading-less speech list its recognised sections, each with its range', async () => {
  const uri = uriOf('headingless-symbols.speech.md');
  const text = speech(PARAGRAPHS);
  const { diagnostics } = await server.open(uri, text);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.message), []);
  const [title] = await server.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
  const sections = title!.children!;
  assert.deepEqual(sections.map((s) => s.name), ['称呼', '开场白', '成绩与特点', '问题与不足', '意见与要求', '结束语']);
  const lines = text.split('\n');
  const problems = sections[3]!;
  assert.ok(lines[problems.range.start.line]!.startsWith('在看到成绩的同时'));
  assert.equal(problems.range.end.line, problems.range.start.line, 'the part runs to the paragraph before the next section');
  assert.deepEqual(problems.children!.map((c) => c.name), ['一是责任落实不到位', '二是基础保障不足'], 'numbered points inside it');
});

test('removing a part\'s paragraph makes missing-section name it; speechInfo says which sections were found', async () => {
  const uri = uriOf('headingless-missing.speech.md');
  const { diagnostics } = await server.open(uri, speech(PARAGRAPHS.filter((p) => !p.startsWith('在看到')), 'minutes: 5'));
  assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.message), ['缺少模板“述职会/总结会讲话”要求的章节“问题与不足”。']);
  const info = await server.request<PodiumSpeechInfoRequest.Full>(PodiumSpeechInfoRequest.method, { uri });
  const byId = new Map(info.sections.map((s) => [s.id, s] as const));
  assert.equal(byId.get('problems')!.present, false);
  assert.equal(byId.get('problems')!.recognised, undefined, 'missing, not "not recognised"');
  assert.equal(byId.get('directives')!.present, true);
  assert.equal(byId.get('directives')!.share, 0.6);
  assert.ok(byId.get('directives')!.minutes! > 0);
});

test('a long heading-less speech with too few cues found: nothing missing, the rest not recognised', async () => {
  const uri = uriOf('headingless-unrecognised.speech.md');
  const prose = '这半年，全区上下围绕基层党建工作做了大量工作，各乡镇党委书记亲自抓、带头干，村级组织建设有了新的变化。'.repeat(5);
  const { diagnostics } = await server.open(uri, speech([PARAGRAPHS[0]!, PARAGRAPHS[1]!, prose, prose, PARAGRAPHS[4]!, PARAGRAPHS[5]!]));
  assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.message), []);
  const info = await server.request<PodiumSpeechInfoRequest.Full>(PodiumSpeechInfoRequest.method, { uri });
  assert.deepEqual(info.sections.filter((s) => s.recognised === false).map((s) => s.id), ['achievements', 'problems']);
});

test('the hover of a part heading shows its speaking time and share', async () => {
  const uri = uriOf('heading-time.speech.md');
  const text = ['---', 'title: 讲话', 'template: review-meeting', 'minutes: 10', '---', '', '同志们：', '', '今天召开这次会议。', '', '## 一、工作取得的成效', '', '成效明显。'.repeat(40), ''].join('\n');
  await server.open(uri, text);
  const at = (character: number) => server.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 10, character } });
  const time = '**成绩与特点**：约 0.8 分钟；模板占比 15%，即计划 10 分钟中的约 1.5 分钟';
  const onTitle = await at(8);
  assert.equal((onTitle!.contents as MarkupContent).value, time);
  assert.deepEqual(onTitle!.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 12 } });
  const onNumber = await at(4);
  assert.equal((onNumber!.contents as MarkupContent).value, `**一、** 第 1 点，共 1 点\n\n${time}`, 'the number\'s place, then the time');
  assert.equal(await at(0).then((h) => h && (h.contents as MarkupContent).value), time);
  assert.equal(await server.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: 12, character: 2 } }), null, 'not on its text');
});
