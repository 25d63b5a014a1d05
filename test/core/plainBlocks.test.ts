/**
 * Plain prose and simple headings are built without remark (parse/plainBlocks.ts): on real
 * speeches and on every edge of what counts as plain, the blocks must be exactly remark's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseChunk, parseMarkdown } from '../../server/src/core/parse/markdown.js';
import { listBlocks, plainBlocks } from '../../server/src/core/parse/plainBlocks.js';
import { parseSpeech } from '../../server/src/core/parse/index.js';
import { generateScrapedDraft, generateSpeech } from '../../bench/generate.js';

const ROOT = join(import.meta.dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : /\.(md|txt)$/.test(name) ? [full] : [];
  });
}

/** remark's blocks for a text without front matter, parsed whole. */
const remarkBlocks = (text: string) => parseMarkdown(text, 0, false).blocks;

describe('plain blocks', () => {
  it('edge cases: the same blocks as remark, or left to remark', () => {
    const cases = [
      'abc  \n\n下一段', 'abc \nd', 'a\nb', 'a\r\nb\r\n', '## 标题', '## 标题 \n', '##  标题\n', '#\t标题\n', '###### 六\n',
      '## 标题\n正文\n## 二\n', '　　同志们：\n\n　　今天召开会议。\n', 'a\tb\n', 'x\n\n\n\ny', 'a!b\n', 'a~~b~~\n',
      '同志们：\n大家好。', '一、总体要求\n\n（一）提高认识。', '第一，加强领导。\n第二，狠抓落实。',
      '2020年以来，成效明显。', '2020 年以来\n2021 年', '前文\n2020年', '1年来', '12345678901. 不是列表', '1.5倍', '2)', '1.', '10) 十',
      // Each of these must go to remark, and parseSpeech must still agree with it.
      'a  \nb', 'a\\\nb', '*强调*', '**加粗**', 'a_b_c', '[链接](http://x)', '<b>粗</b>', '&amp;', '`代码`',
      '- 一\n- 二', '1. 一\n2. 二', '> 引文', '    缩进', '标题\n===', '标题\n---', '## 标题 ##', '## 标题 {#intro}',
      '#标题', '##', '####### 七', 'a\rb', '\u3000\u3000正文\n\n---\n\n后文', '```\n代码\n```', '| a | b |', '[x]: http://y',
      // Empty headings, and `===` or `---` under a plain paragraph (setext), are built directly; the rest goes to remark.
      '##\n', '## \n', '##\t\n', 'a\n##\nb\n', '##\n##\n', '#\n', '###### \n', '####### \n', '## #\n', '##\r\n',
      'a\n-\n', 'a\n---\n', 'a\n--- \n', '第一行\n第二行\n------\n\n正文', '标题 {#intro}\n---\n', 'a\n- - -\n', 'a\n-- -\n', '\n---\n', 'a\n---\n---\n',
      'a\n===\n', 'a  \n===  \n', '第一部分\n第二行\n===\n\n正文', '标题 {#intro}\n===\n', 'a\n=\n', 'a\n===\nb\n===\n', 'a\tb \n==\t\n',
      '标题\r\n===\r\n正文\r\n', 'p\n\n===\n', 'a\n== =\n', 'a\n===x\n', '## h\n===\n', 'a  \nb\n===\n', 'a\n===\n===\n', 'a\n ===\n', '- a\n===\n',
    ];
    for (const text of cases) {
      const direct = plainBlocks(text, 0, 0, text.length);
      if (direct) assert.deepEqual(direct, remarkBlocks(text), JSON.stringify(text));
      assert.deepEqual(parseSpeech(text).blocks, remarkBlocks(text), JSON.stringify(text));
    }
  });

  it('takes the plain ones and refuses the rest', () => {
    const taken = (t: string) => plainBlocks(t, 0, 0, t.length) !== undefined;
    for (const t of ['同志们：\n\n今天召开会议。', '## 一、总体要求\n\n正文。', 'a \nb', '结尾  ', '2020年以来，成效明显。', '标题\n===', '第一行\n第二行\n===\n\n正文', '标题\n---', '##\n##\n', '## ']) assert.ok(taken(t), t);
    for (const t of ['a  \nb', '*强调*', '- 一', '1. 一', '> 引文', '    缩进', 'a\n- - -', '\n===', 'a\n== =', '## 标题 ##', '#标题', 'a\rb', '&amp;', 'a\t\nb', '1.5倍', '2) 二']) assert.ok(!taken(t), t);
  });

  it('real and generated speeches: parseSpeech gives remark\'s blocks, and most are built directly', () => {
    const texts = [
      ...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles('/work/shared/seeds'),
    ].filter((f) => { try { return statSync(f).isFile(); } catch { return false; } }).map((f) => readFileSync(f, 'utf8'));
    texts.push(generateSpeech(60_000, 3), generateScrapedDraft(30_000, 3), generateSpeech(20_000, 4).replace(/\n/g, '\r\n'));
    let direct = 0;
    let total = 0;
    for (const text of texts) {
      const model = parseSpeech(text);
      const body = text.slice(model.bodyStart);
      const expected = parseMarkdown(body, model.bodyStart, false).blocks;
      assert.deepEqual(model.blocks, expected, text.slice(0, 60));
      // How much of the prose skipped remark: the interval test on each block's own text.
      for (const b of expected) {
        total++;
        if (plainBlocks(text, 0, b.start, b.end)) direct++;
      }
    }
    assert.ok(direct > total / 2, `only ${direct} of ${total} blocks are plain`);
  });
});

describe('front matter without remark', () => {
  it('the yaml node and the blocks after it are remark-frontmatter\'s', () => {
    const cases = [
      '---\ntitle: a\n---\n\nbody', '---\r\ntitle: a\r\nb: 2\r\n---\r\nbody', '---\n---\nx', '---  \ntitle: a\n---\t\n\nx', '---\ntitle: a\n---',
      '---\n\ntitle: a\n\n---\n# h', '---\ntitle: a\n----\n---\nx', '--- \ntitle\n ---\n---\n', '---\rtitle: a\r---\rbody\r',
      '---\ntitle: a\n---\n---\n正文', '---\ntitle: a\n---\n- 列表\n', '---\ntitle: a\n---\n    code\n', '---\ntitle: a\n---\n同志们：\n\n## 一、总体要求\n',
      '---\ntitle: a\n', '---\ntitle: a\n--\n', 'title\n---\n',
    ];
    for (const text of cases) assert.deepEqual(parseChunk(text, 0, true), parseMarkdown(text, 0, true), JSON.stringify(text));
  });
});

describe('plain lists without remark', () => {
  it('one list of plain items: remark\'s block, or left to remark', () => {
    const cases = [
      '- 一\n- 二\n- 三', '* 一\n* 二', '+ 一', '1. 一\n2. 二\n10. 十', '1) 一\n2) 二', '3. 从三开始\n4. 四',
      '- 一\n\n- 二\n\n\n- 三\n', '- 一\r\n- 二\r\n', '- 2020年\n- 一、总体', '- 　　全角空格开头',
      // Each of these must go to remark, and parseSpeech must still agree with it.
      '- 一\n* 二', '1. 一\n2) 二', '- 一\n  续行', '- 一\n续行', '-  两个空格', '-\t制表', '- - 嵌套', '- # 标题', '- 1. 嵌套',
      '- *强调*', '- [链接](x)', '- 一 ', '-', '- ', '* * *', '- - -', '1234567890. 十位数', '- 一\n\n  续段', '- 一\n---', '- 一\n\n正文',
    ];
    for (const text of cases) {
      const direct = listBlocks(text, 0, 0, text.length);
      if (direct) assert.deepEqual(direct, remarkBlocks(text), JSON.stringify(text));
      assert.deepEqual(parseSpeech(text).blocks, remarkBlocks(text), JSON.stringify(text));
    }
    const taken = (t: string) => listBlocks(t, 0, 0, t.length) !== undefined;
    for (const t of ['- 一\n- 二', '1. 一\n\n2. 二', '- 2020年']) assert.ok(taken(t), t);
    for (const t of ['- 一\n* 二', '- 一\n续行', '- *强调*', '* * *', '- - 嵌套', '-  两个空格']) assert.ok(!taken(t), t);
  });
});
