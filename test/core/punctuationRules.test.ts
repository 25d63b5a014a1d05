// punctuation-width, punctuation-pair, punctuation-mark and cjk-spacing on text the fixtures do not
// show: CRLF line endings, astral Han characters, English speeches, and a keystroke's cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyEdits, buildTemplateSet, DEFAULT_CONFIG, RULES as RULES_ALL, type Finding } from '../../server/src/core/index.js';
import { analyzeModel } from '../../server/src/core/analyze.js';
import { parseState, updateState, type ParseState } from '../../server/src/core/incremental/update.js';
import { BlockMemo } from '../../server/src/core/blockCache.js';

const RULES = ['punctuation-width', 'punctuation-pair', 'punctuation-mark', 'cjk-spacing'];
const mine = (text: string): Finding[] => analyze(text).findings.filter((f) => RULES.includes(f.ruleId));
const shown = (text: string) => mine(text).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);

const SPEECH = [
  '---', 'title: 在全市工作会议上的讲话', 'lang: zh-CN', '---', '',
  '同志们:', '',
  '2020 年以来,全 面 从 严治党。。要学习〈学习《决定》〉……等文件', '（有的支部',
  '半年未开会。', '',
].join('\n');

test('CRLF gives the same findings at the same characters as LF', () => {
  const crlf = SPEECH.replace(/\n/g, '\r\n');
  assert.deepEqual(shown(crlf), shown(SPEECH));
  assert.ok(shown(SPEECH).length >= 8);
  // Fixes keep the line endings: applying them changes no line break.
  const fixed = applyEdits(crlf, mine(crlf).flatMap((f) => f.fixes?.[0]?.edits ?? []).filter((e, i, all) => all.findIndex((o) => o.start < e.end && e.start < o.end) === i));
  assert.equal(fixed.split('\r\n').length, crlf.split('\r\n').length);
  assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /[\r\n]/);
});

test('astral Han characters count as Han, and offsets stay UTF-16', () => {
  const text = '---\ntitle: 讲话\nlang: zh-CN\n---\n\n𠀋𠀋 𠀋𠀋,𠀋(试行)。\n';
  const found = mine(text);
  assert.deepEqual(found.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`), ['cjk-spacing  ', 'punctuation-width ,', 'punctuation-width (试行)']);
});

test('an English speech gets none of these findings', () => {
  const text = '---\ntitle: Remarks\nlang: en\n---\n\nThank you... -- he said (quietly),, and 2020 年 “quoted.\n';
  assert.deepEqual(shown(text), []);
});

test('after an edit elsewhere, cached blocks report the same findings, shifted', () => {
  // The incremental parse reuses every block the edit did not touch, with its cache.
  const templates = buildTemplateSet();
  const run = (state: ParseState) => analyzeModel(state.model, DEFAULT_CONFIG, templates, RULES_ALL).findings.filter((f) => RULES.includes(f.ruleId));
  // Enough paragraphs between the edit and the findings for the parse to work in chunks.
  const filler = '要坚持稳中求进，推动高质量发展，确保各项任务落到实处。\n\n'.repeat(400);
  const speech = SPEECH.replace('同志们:\n\n', `同志们:\n\n${filler}`);
  const first = parseState(speech);
  const before = run(first).filter((f) => f.start > speech.indexOf('2020'));
  // A result kept before the edit is still there on the moved blocks after it (not computed again).
  const memo = new BlockMemo<string>();
  first.model.blocks.forEach((b) => memo.get(b, 'test', () => speech.slice(b.start, b.end)));
  const edited = speech.replace('同志们:', '各位同志:');
  const next = updateState(first, edited);
  const kept = next.model.blocks.filter((b) => memo.get(b, 'test', () => 'computed again') === edited.slice(b.start, b.end));
  assert.ok(kept.length > next.model.blocks.length / 2, `${kept.length} of ${next.model.blocks.length} blocks kept their cache`);
  const shift = edited.length - speech.length;
  const after = run(next).filter((f) => f.start > edited.indexOf('2020'));
  assert.deepEqual(after.map((f) => [f.ruleId, f.start - shift, f.end - shift, f.message, f.fixes?.[0]?.edits.map((e) => e.start - shift)]),
    before.map((f) => [f.ruleId, f.start, f.end, f.message, f.fixes?.[0]?.edits.map((e) => e.start)]));
  assert.deepEqual(after.map((f) => f.message), mine(edited).filter((f) => f.start > edited.indexOf('2020')).map((f) => f.message));
});
