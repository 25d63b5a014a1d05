import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, cleanUpText, restoreParagraphs, wordsOf } from '../../server/src/core/index.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

const SEED = pastedSpeech(SEED_FIRST_SPEECH);

/** The body's paragraphs (blank-line separated), front matter left out. */
function paragraphs(text: string): string[] {
  return text.slice(text.indexOf('---', 3) + 3).split(/\r?\n\r?\n/).map((p) => p.trim()).filter(Boolean);
}

test('the seed: salutation on its own line, a paragraph where each one ended, none where a line merely wrapped', () => {
  const restored = restoreParagraphs(SEED);
  const ps = paragraphs(restored.text);
  assert.equal(ps[1], '同志们:');
  assert.ok(ps[0]!.startsWith('2020 年上半年在基层党建述职会上的讲话稿'), 'the title run into the salutation is a paragraph of its own');
  const starts = ['这次会议,', '2020 年以来,', '在看到工作成绩的同时,', '管党治党,', '第一,坚持从严治党', '第二,突出问题导向', '第三,紧扣服务主题', '同志们,全区高质量发展'];
  assert.deepEqual(ps.slice(2).map((p) => starts.find((s) => p.startsWith(s)) ?? p.slice(0, 12)), starts);
  assert.equal(ps.length, 10);
  assert.equal(restored.breaks, 9);
  assert.equal(restored.breaksInLines, 9, 'the seed was one line');
  assert.ok(restored.salutation);
  // Full lines that happened to end with 。: the paragraph goes on.
  for (const wrapped of ['有的村书记', '在机关事业单位', '在社区探索']) assert.ok(!ps.some((p) => p.startsWith(wrapped)), wrapped);
});

test('the seed: wrap blanks inside words go, the words stay, other blanks are left to cjk-spacing', () => {
  const { text, joined } = restoreParagraphs(SEED);
  assert.ok(joined > 50);
  assert.equal(wordsOf(text), wordsOf(SEED));
  assert.ok(text.includes('省、市委有关要求落实情况'), '有关 要求 wrapped at a line end');
  assert.ok(text.includes('理清工作思路'));
  assert.ok(text.includes('X 乡镇党委'), 'a blank beside a Latin letter is cjk-spacing\'s call');
});

test('the seed restored with headings: Podium sees the title, the salutation and three parts', () => {
  const { text, headings } = restoreParagraphs(SEED, { headings: true });
  assert.equal(headings, 4);
  assert.match(text, /^# 2020 年上半年在基层党建述职会上的讲话稿 3910 字范文$/m);
  assert.match(text, /^## 第一,坚持从严治党,落实落靠责任$/m);
  assert.match(text, /^做好新形势下党的建设各项工作,迫在眉睫。/m);
  const analysis = analyze(text);
  assert.ok(analysis.structure.salutation, 'salutation recognised');
  assert.equal(text.slice(analysis.structure.salutation.start, analysis.structure.salutation.end), '同志们:');
  const parts = analysis.structure.parts.map((p) => p.heading.title ?? '');
  for (const heading of ['第一,坚持从严治党', '第二,突出问题导向', '第三,紧扣服务主题']) assert.ok(parts.some((p) => p.startsWith(heading)), `${heading} is a part: ${parts.join(' | ')}`);
  assert.ok(analysis.structure.closing, 'the closing paragraph is recognised');
  const missing = analysis.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message);
  assert.ok(!missing.some((m) => m.includes('称呼') || /salutation/i.test(m)), missing.join('\n'));
  const before = analyze(SEED).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.message);
  assert.ok(before.some((m) => m.includes('称呼')), 'the raw paste had no salutation Podium could see');
});

test('restoring twice changes nothing the second time, before and after cleanup', () => {
  for (const options of [{}, { headings: true }]) {
    const once = restoreParagraphs(SEED, options).text;
    assert.equal(restoreParagraphs(once, options).text, once);
    const cleaned = cleanUpText(once, (t) => analyze(t).findings).text;
    assert.equal(restoreParagraphs(cleaned, options).text, cleaned);
  }
});

test('lines wrapped by newlines: a short line or an indented next line ends a paragraph', () => {
  const wrap = (p: string, first: number, width: number) => {
    const lines = [p.slice(0, first)];
    for (let i = first; i < p.length; i += width) lines.push(p.slice(i, i + width));
    return lines;
  };
  const p1 = '这是第一段的内容，它很长，需要折成好几行才能放下，我们来看一看恢复得对不对。这句话恰好写满了一整行，末尾一个句号好。';
  const p2 = '第二段另起一行，首行缩进两格所以短了两个字，后面还有一些内容来凑满几行文字，到这里结束。';
  const p3 = '第三段只有一行。';
  const p4 = '第四段也写得很长，让这一页有足够多的整行，量得出行宽，量出来以后才好判断哪里是段落的结尾，哪里只是折行。';
  const body = [p1, p2, p3, p4].flatMap((p) => wrap(p, 18, 20)).join('\n');
  assert.equal(wrap(p1, 18, 20).at(-1)!.length, 20, 'the first paragraph ends on a full line');
  const { text, breaks } = restoreParagraphs(`---\nlang: zh-CN\n---\n\n${body}\n`);
  assert.deepEqual(paragraphs(text), [p1, p2, p3, p4]);
  assert.equal(breaks, 3);
});

test('lines of no fixed width are paragraphs, sentence end or not (a copy from Word)', () => {
  const lines = ['在全县工作会议上的讲话', '同志们:', '今天召开会议,我讲三点意见:', '一、深化思想认识,把握重要性', '开展整治是一项重大决策。'];
  const restored = restoreParagraphs(`---\nlang: zh-CN\n---\n\n${lines.join('\n')}\n`);
  assert.deepEqual(paragraphs(restored.text), lines);
  assert.equal(restored.breaksInLines, 0, 'lines a writer broke are no sign of a scraped draft');
});

test('no fixed line width: every sentence end followed by a blank starts a paragraph (a WeChat copy)', () => {
  const { text } = restoreParagraphs('同志们： 今天开会。 会议很重要！ “大家说好不好？” 好。\n');
  assert.deepEqual(text.split('\n\n').map((p) => p.trim()), ['同志们：', '今天开会。', '会议很重要！', '“大家说好不好？”', '好。']);
});

test('salutations in both languages, only at the start', () => {
  assert.equal(restoreParagraphs('各位领导、同志们：今天我们召开会议。\n').text, '各位领导、同志们：\n\n今天我们召开会议。\n');
  assert.equal(restoreParagraphs('Ladies and gentlemen, it is an honour to be here.\n').text, 'Ladies and gentlemen,\n\nit is an honour to be here.\n');
  const later = '今天开会，讨论工作。我要对同志们说：要加油。\n';
  assert.equal(restoreParagraphs(later).text, later);
});

test('a part title run into its text ends its paragraph; a long or punctuated opening does not', () => {
  const run = '下面，我讲六个问题。 一、要准确把握当前经济形势 2020 年，全县上下克难攻坚。\n';
  assert.equal(restoreParagraphs(run).text, '下面，我讲六个问题。\n\n一、要准确把握当前经济形势\n\n2020 年，全县上下克难攻坚。\n');
  const sentence = '一、要准确把握形势。我们 2020 年克难攻坚。\n';
  assert.equal(restoreParagraphs(sentence).text, sentence, 'a blank after a sentence mark inside the part is not a title end');
});

test('part headings only for a series that starts at one', () => {
  const series = '一、提高认识。要统一思想。\n\n二、加强领导。要落实责任。\n';
  assert.equal(restoreParagraphs(series, { headings: true }).text, '## 一、提高认识\n\n要统一思想。\n\n## 二、加强领导\n\n要落实责任。\n');
  assert.equal(restoreParagraphs(series).text, series, 'headings are an option');
  const single = '三、四个方面要注意。\n\n一、二等奖各一名。\n';
  assert.equal(restoreParagraphs(single, { headings: true }).text, single);
});

test('an astral character is one column, and survives a restore', () => {
  const text = '同志们：𠀋𠀋会议开始。 第二段𠀋。\n';
  assert.equal(restoreParagraphs(text).text, '同志们：\n\n𠀋𠀋会议开始。\n\n第二段𠀋。\n');
});

test('CRLF text gets CRLF paragraph breaks; other blocks are untouched', () => {
  const text = '## 一、标题 不动\r\n\r\n```\r\n代码。 不动\r\n```\r\n\r\n第一句。 第二句。\r\n';
  assert.equal(restoreParagraphs(text).text, '## 一、标题 不动\r\n\r\n```\r\n代码。 不动\r\n```\r\n\r\n第一句。\r\n\r\n第二句。\r\n');
});

test('a speech with its paragraphs is left as it is', () => {
  const text = '---\nlang: zh-CN\n---\n\n同志们：\n\n今天开会。会议很重要。\n\n谢谢大家！\n';
  const result = restoreParagraphs(text, { headings: true });
  assert.equal(result.text, text);
  assert.equal(result.breaks + result.joined + result.headings, 0);
  assert.equal(result.salutation, false, 'the salutation was on its own line already');
});

test('long inputs: a 200 KB paragraph of English or of spaced characters comes back with its words', () => {
  for (const text of ['word '.repeat(40_000), '全 面 从 严 '.repeat(25_000), `${SEED_FIRST_SPEECH} `.repeat(40)]) {
    const restored = restoreParagraphs(text, { headings: true });
    assert.equal(wordsOf(restored.text), wordsOf(text));
  }
});
