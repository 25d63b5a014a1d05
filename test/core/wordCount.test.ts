import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { wordProcessorCount } from '../../server/src/core/text/wordCount.js';

test('字数 counts Han characters and full-width marks one each, other words one each', () => {
  assert.equal(wordProcessorCount('同志们：'), 4);
  assert.equal(wordProcessorCount('“两个一百年”'), 7);
  assert.equal(wordProcessorCount('久久为功……'), 6);
  assert.equal(wordProcessorCount('2020年'), 2);
  assert.equal(wordProcessorCount('手机 APP 掌上平台'), 7);
  assert.equal(wordProcessorCount('增长12.5%，'), 4);
  assert.equal(wordProcessorCount('Hello, world!'), 2);
  assert.equal(wordProcessorCount('don\'t stop'), 2);
  assert.equal(wordProcessorCount('　　今天'), 2, 'the ideographic space of an indent is not a character of text');
  assert.equal(wordProcessorCount('𠀋好'), 2, 'an astral Han character is one');
  assert.equal(wordProcessorCount('加强领导,确保'), 6, 'a half-width comma standing alone is not counted, as in Word');
  assert.equal(wordProcessorCount(''), 0);
});

test('the seed speech comes out at the 字数 its source gives (3910 字)', () => {
  // The scraped copy lost its full-width marks (`,` for `，`): put them back as the original had
  // them, add its title, and the count is the one the document site printed from the Word file.
  const seed = readFileSync(new URL('../fixtures/numbering-count/seed-raw.speech.md', import.meta.url), 'utf8');
  const start = seed.indexOf('同志们: 这次会议');
  const end = seed.indexOf('谢谢大家!', start) + '谢谢大家!'.length;
  const original = seed.slice(start, end).replace(/[,:;!?()]/g, (m) => String.fromCharCode(m.charCodeAt(0) + 0xfee0));
  const count = wordProcessorCount('2020年上半年在基层党建述职会上的讲话稿\n' + original);
  assert.ok(Math.abs(count - 3910) <= 3910 * 0.005, `counted ${count}`);
});
