// A long prose span is read in sentence-aligned segments kept by their text (text/segments.ts):
// on the seed's scraped draft, generated drafts and seeded one-line drafts full of what sits near
// a cut (URLs, placeholders, ellipses, brackets, spaced characters), the findings are those of
// reading each span whole, on a first analysis and after edits that reuse the segments kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeModel, buildTemplateSet, countLength, DEFAULT_CONFIG, NumberingMemo, proseLength, RULES, wordProcessorCount, writtenLength, type Analysis } from '../../server/src/core/index.js';
import { parseState, updateState } from '../../server/src/core/incremental/update.js';
import { SEGMENTING, segmentCuts } from '../../server/src/core/text/segments.js';
import { generateScrapedDraft } from '../../bench/generate.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

const TEMPLATES = buildTemplateSet();

const shape = (a: Analysis) => a.findings.map((f) => ({ rule: f.ruleId, start: f.start, end: f.end, message: f.message, fixes: f.fixes?.map((x) => x.edits) }));

function whole<T>(run: () => T): T {
  const saved = SEGMENTING.minSpan;
  SEGMENTING.minSpan = Infinity;
  try {
    return run();
  } finally {
    SEGMENTING.minSpan = saved;
  }
}

/** Fragments that sit near a cut in scraped text, and the marks between them. */
const FRAGMENTS = [
  '全市政协系统认真学习贯彻', '2020 年以来', '截止 2020年6月', '约100人左右', '二0二0年', '20年3月', '10～20%', '的的', 'the the',
  '全 面 从 严', 'XXX 同志', 'X 个乡镇', '……', '……等', '。。。', '(试行)', '(一)', '1.', '详见http://www.example.gov.cn/a.htm,请', 'a@b.cn',
  '“加强领导', '确保落实”', '《决定》', '再接再励', '布署', '第一,', '一是', '其次,', 'APP 平台', 'Hello, world', '已阅读 5 页,还剩 3 页未读',
  '公号文秘稿子整理', '错误!未找到引用源。', '是(shi)(shi)', '某某', 'TODO', '___', '□□', '今天召开会议', '问题解决好',
  // What a check reads back along its line from: a list of names, a Roman X, an English quotation.
  '张三 李四 王五', 'X. 加强工作', '“Wait', 'Really...”', '　　一、总体要求', '进行第三项',
  // A half-width bracket that opens before a sentence end and closes after it, across a cut.
  '(试行草案。', '附后)', '(见附件', '另发)。',
];
const JOINS = ['。 ', '！ ', '？ ', '，', '、', ' ', '。', '；', ': ', '。\u3000', '。 ', '：“', '”。 '];

function fuzzDraft(seed: number, length: number): string {
  let state = seed;
  const next = (n: number) => (state = (state * 48271) % 2147483647) % n;
  let out = '';
  while (out.length < length) out += FRAGMENTS[next(FRAGMENTS.length)]! + JOINS[next(JOINS.length)]!;
  return out;
}

const DRAFTS: [string, string][] = [
  ['the seed\'s scraped speech', pastedSpeech(SEED_FIRST_SPEECH)],
  ...[1, 2, 3].map((seed): [string, string] => [`generated draft ${seed}`, generateScrapedDraft(40_000, seed)]),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((seed): [string, string] => [`fuzzed draft ${seed}`, pastedSpeech(fuzzDraft(seed, 12_000))]),
  ['brackets across cuts with no blank before them', pastedSpeech(unspacedBrackets())],
];

/** Long runs of Chinese with no blank, and half-width brackets open before `。 ` and closed after it, one after an ASCII word. */
function unspacedBrackets(): string {
  const run = '今天召开全市基层党建工作推进会议研究部署下一阶段重点任务'.repeat(20);
  return [`${run}abc(试行草案。 附后)`, `${run}(见附件。 另发),加强领导`, `${run}x(一)。 确保落实)`].join('').repeat(3);
}

test('cuts fall after a sentence end, before its whitespace, segments at least minSegment long', () => {
  const s = `${'今天召开会议。'.repeat(100)} ${'问题解决好。 '.repeat(200)}`;
  const cuts = segmentCuts(s);
  assert.ok(cuts.length > 3, String(cuts.length));
  assert.equal(cuts[0], 0);
  assert.equal(cuts[cuts.length - 1], s.length);
  for (const cut of cuts.slice(1, -1)) assert.ok('。！？'.includes(s[cut - 1]!) && /\s/.test(s[cut]!), `cut at ${cut}`);
  for (let k = 1; k + 1 < cuts.length - 1; k++) assert.ok(cuts[k + 1]! - cuts[k]! >= SEGMENTING.minSegment);
  assert.deepEqual(segmentCuts('今天召开会议。 '.repeat(20)), [0, 160], 'a short span is whole');
});

test('segmented findings are those of the whole span', () => {
  for (const [name, text] of DRAFTS) {
    const cuts = Math.max(...text.split('\n').map((l) => segmentCuts(l).length));
    assert.ok(cuts > 3, `${name} is cut (${cuts - 1} segments)`);
    // Read whole first, so that nothing the segmented reading keeps can serve it.
    const expected = whole(() => shape(analyze(text)));
    assert.deepEqual(shape(analyze(text)), expected, name);
    // With a numbering memo, as the server analyses (its block scans are kept, a long span's by segment).
    const asServer = analyzeModel(parseState(text).model, DEFAULT_CONFIG, TEMPLATES, RULES, new NumberingMemo());
    assert.deepEqual(shape(asServer), expected, name);
  }
});

test('after edits, findings built from the segments kept are those of the whole span', () => {
  for (const [name, text] of DRAFTS.slice(0, 4)) {
    let current = text;
    let state = parseState(current);
    const memo = new NumberingMemo();
    analyzeModel(state.model, DEFAULT_CONFIG, TEMPLATES, RULES, memo);
    let seed = name.length;
    for (let edit = 0; edit < 12; edit++) {
      seed = (seed * 48271) % 2147483647;
      const at = current.length / 3 + (seed % Math.floor(current.length / 2));
      const inserted = ['的', '。 ', 'X', ' ', '，', '再接再励'][edit % 6]!;
      current = current.slice(0, at) + inserted + current.slice(at);
      state = updateState(state, current);
      const incremental = shape(analyzeModel(state.model, DEFAULT_CONFIG, TEMPLATES, RULES, memo));
      assert.deepEqual(incremental, whole(() => shape(analyze(current))), `${name}, edit ${edit}`);
    }
  }
});

test('at a cut, checks that look back along their line see what the whole line shows', () => {
  // No space after the filler's 。, so the one place to cut is before each construct.
  const filler = '今天召开全市工作会议，总结上半年工作。'.repeat(110);
  const cases: [string, string][] = [
    ['a list of names after a lost break, ending the paragraph', `${filler} 张三 李四 王五`],
    ['a Roman X after a lost break', `${filler} X. 加强组织领导，确保工作落实。${filler}`],
    ['an English quotation across a lost break', `${filler}他说：“Wait。 Really...”${filler}`],
  ];
  for (const [name, body] of cases) {
    const text = pastedSpeech(body);
    assert.ok(Math.max(...text.split('\n').map((l) => segmentCuts(l).length)) > 2, `${name}: cut`);
    assert.deepEqual(shape(analyze(text)), whole(() => shape(analyze(text))), name);
  }
});

test('lengths counted by segment are those of the whole span, over any stretch and after edits', () => {
  const lengths = (a: Analysis, text: string) => {
    // Stretches inside the long line, and from inside it to the end (one bound in the block).
    const inside = [0.1, 0.3, 0.5, 0.7].map((f) => ({ start: Math.floor(text.length * f), end: Math.floor(text.length * (f + 0.17)) }));
    const toEnd = Array.from({ length: 24 }, (_, k) => ({ start: Math.floor((text.length * (k + 1)) / 26), end: text.length }));
    const stretches = [undefined, ...inside, ...toEnd];
    return stretches.map((s) => [proseLength(a, s), writtenLength(a, s)]);
  };
  for (const [name, text] of DRAFTS.slice(0, 6)) {
    const analysis = analyze(text);
    assert.deepEqual(lengths(analysis, text), whole(() => lengths(analyze(text), text)), name);
    // And those of counting the text itself, from a Han character inside the long line to its end.
    const line = analysis.model.blocks.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    for (let k = 1; k < 24; k++) {
      let start = line.start + Math.floor(((line.end - line.start) * k) / 24);
      while (!/\p{Script=Han}/u.test(text[start]!)) start++;
      const stretch = { start, end: line.end };
      assert.equal(proseLength(analysis, stretch), countLength(text.slice(start, line.end)), `${name}: spoken from ${start}`);
      assert.equal(writtenLength(analysis, stretch), wordProcessorCount(text.slice(start, line.end)), `${name}: written from ${start}`);
    }
    // Typed into: the segments the last analysis counted are reused.
    let state = parseState(text);
    lengths(analyzeModel(state.model, DEFAULT_CONFIG, TEMPLATES, RULES), text);
    const at = Math.floor(text.length / 2);
    for (const inserted of ['的', '。 ', 'Hello world ']) {
      const edited = state.model.text.slice(0, at) + inserted + state.model.text.slice(at);
      state = updateState(state, edited);
      const found = lengths(analyzeModel(state.model, DEFAULT_CONFIG, TEMPLATES, RULES), edited);
      assert.deepEqual(found, whole(() => lengths(analyze(edited), edited)), `${name}, typed ${inserted}`);
    }
  }
});
