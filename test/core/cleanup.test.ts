import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyEdits, cleanUpText, CLEANUP_RULES, fixAllText, isCleanupFix, RULES, wordsOf, type Finding } from '../../server/src/core/index.js';
import { RESIDUE_RULES } from '../../server/src/core/cleanup/policy.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

// These tests run against whichever proofreading rules are registered: each promise holds for any set.
const registered = RULES.filter((r) => CLEANUP_RULES.has(r.id)).map((r) => r.id);
console.log(`cleanup rules registered: ${registered.join(', ') || 'none'}`);

const findingsOf = (text: string) => analyze(text).findings;
const clean = (text: string) => cleanUpText(text, findingsOf);

/** The text with only the residue rules' fixes applied: the words cleanup may remove. */
function withoutResidue(text: string): string {
  return fixAllText(text, (t) => findingsOf(t).filter((f) => RESIDUE_RULES.has(f.ruleId)), undefined, 8).text;
}

/** Listed rules' fixes that the word guard refused: a rule that promised only marks and spaces broke it. */
function refused(text: string): Finding[] {
  return findingsOf(text).filter((f) => CLEANUP_RULES.has(f.ruleId) && f.fixes?.length && !isCleanupFix(f, text));
}

const SEED = pastedSpeech(SEED_FIRST_SPEECH);

test('the seed pasted raw: cleanup changes no word of the speech, only marks, spaces and residue', () => {
  const result = clean(SEED);
  assert.equal(wordsOf(result.text), wordsOf(withoutResidue(SEED)));
  if (registered.some((id) => id !== 'indented-paragraph')) assert.ok(result.edit, 'the raw seed has something for the registered rules to clean');
});

test('the seed after cleanup: nothing left that cleanup rules can fix with certainty', () => {
  const { text } = clean(SEED);
  const fixable = findingsOf(text).filter((f) => CLEANUP_RULES.has(f.ruleId) && f.fixes?.length);
  assert.deepEqual(fixable.map((f) => `${f.ruleId}@${f.start}: ${f.message}`), []);
  assert.deepEqual(refused(SEED).map((f) => `${f.ruleId}: ${JSON.stringify(SEED.slice(f.start, f.end))}`), [], 'a cleanup rule offered a fix that changes words');
});

test('cleanup applied twice changes nothing the second time', () => {
  const once = clean(SEED);
  const twice = clean(once.text);
  assert.equal(twice.edit, undefined);
  assert.deepEqual(twice.changed, []);
});

test('the one edit turns the old text into the new, and the counts add up to the fixes applied', () => {
  const result = clean(SEED);
  assert.equal(result.edit ? applyEdits(SEED, [result.edit]) : SEED, result.text);
  for (const { rule, count } of result.changed) {
    assert.ok(CLEANUP_RULES.has(rule), `${rule} is not a cleanup rule`);
    assert.ok(count > 0);
  }
  assert.deepEqual(result.left.map((f) => f.start), findingsOf(result.text).map((f) => f.start));
});

test('placeholders of the seed survive cleanup', () => {
  const before = findingsOf(SEED).filter((f) => f.ruleId === 'placeholder').length;
  const after = clean(SEED).left.filter((f) => f.ruleId === 'placeholder').length;
  assert.ok(before > 0);
  assert.equal(after, before);
});

// Enumerators, decimals, times, ratios and placeholders, in a draft full of things to clean.
const MARKED = pastedSpeech([
  '同志们:',
  '',
  '今天召开会议 ,主要任务是部署工作。。',
  '',
  '## 一、提高认识 , 加强领导',
  '',
  '（一）统一思想.要把思想统一到部署上来,确保 X 项任务完成,增长 12.5% 。',
  '',
  '(1)会议时间为 10:30,比分 3:2,规模 1,000 人。',
  '',
  '1. 第一项工作,由 [X] 同志负责 ;',
  '2. 第二项工作 ,由XXX负责...',
  '',
  '二、抓好落实 。见 https://www.gov.cn/a,b.html 。',
].join('\n'));
const PROTECTED = /^\d+\.(?=\s)|\d+\.\d+|\d+:\d+|\d{1,3}(?:,\d{3})+|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\d+\)|\[X\]|X+|https?:\/\/\S+?(?=\s)/gm;

test('enumerators, numbers, placeholders and URLs are untouched', () => {
  const { text } = clean(MARKED);
  assert.deepEqual(text.match(PROTECTED), MARKED.match(PROTECTED));
  assert.equal(wordsOf(text), wordsOf(withoutResidue(MARKED)));
  assert.equal(clean(text).edit, undefined);
});

test('CRLF and a BOM stay as they were; only what changed is inside the edit', () => {
  const crlf = '\uFEFF' + pastedSpeech(SEED_FIRST_SPEECH, 'review-meeting', '\r\n');
  const { text, edit } = clean(crlf);
  assert.ok(text.startsWith('\uFEFF---\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no lone LF');
  if (edit) assert.ok(edit.start > crlf.indexOf('---\r\n\r\n'), 'front matter untouched');
});

test('an English speech is left alone', () => {
  const english = '---\nlang: en\n---\n\nLadies and gentlemen, thank you (all) for coming; it is 10:30 now.\n';
  assert.equal(clean(english).edit, undefined);
});

test('a rule turned off is not applied', () => {
  const off = Object.fromEntries(registered.map((id) => [id, 'off' as const]));
  const result = cleanUpText(SEED, (t) => analyze(t, { config: { rules: off, placeholderPatterns: [], rates: { 'zh-CN': 200, en: 130 } } }).findings);
  assert.equal(result.edit, undefined);
});
