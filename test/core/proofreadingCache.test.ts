/**
 * Every proofreading rule keeps its per-block work in the block's cache: a second analysis of the
 * same blocks computes nothing again, and reports the same findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTemplateSet, DEFAULT_CONFIG, parseSpeech, RULES } from '../../server/src/core/index.js';
import { analyzeModel } from '../../server/src/core/analyze.js';
import { BlockCache } from '../../server/src/core/blockCache.js';

// Counts every result a block's cache computes (every block is a BlockCache: core/block.ts).
let computed = 0;
function countingReads(): () => void {
  const read = BlockCache.prototype.read;
  BlockCache.prototype.read = function <T>(this: BlockCache, slot: number, variant: string, compute: () => T): T {
    return read.call(this, slot, variant, () => {
      computed++;
      return compute();
    }) as T;
  };
  return () => void (BlockCache.prototype.read = read);
}

const SPEECH = [
  '---', 'title: 在全市工作会议上的讲话', 'lang: zh-CN', '---', '',
  '## 一、提高认识 。', '',
  '同志们:2020 年以来,全 面 从 严治党。。要学习〈学习《决定》〉……等文件,再接再励,布署工作。', '',
  '20年3月,约10%左右的单位完成了任务\u200b。', '',
  '- 要坚持稳中求进（有的支部半年未开会', '',
].join('\n');

// The rules of server/src/core/rules/proofreading/, by their file names.
const DIR = join(import.meta.dirname, '..', '..', 'server', 'src', 'core', 'rules', 'proofreading');
const IDS = readdirSync(DIR).filter((f) => /^[a-z]+(?:-[a-z]+)+\.ts$/.test(f)).map((f) => f.slice(0, -3));

test('every proofreading rule computes a block once per content', () => {
  assert.ok(IDS.length >= 7, IDS.join());
  const templates = buildTemplateSet();
  const restore = countingReads();
  try {
    for (const id of IDS) {
      const rule = RULES.find((r) => r.id === id);
      assert.ok(rule, `${id} is a rule`);
      const model = parseSpeech(SPEECH);
      computed = 0;
      const first = analyzeModel(model, DEFAULT_CONFIG, templates, [rule]).findings;
      const once = computed;
      assert.ok(once > 0, `${id} keeps its work in the blocks' caches`);
      assert.ok(first.length > 0, `${id} finds something in the test speech`);
      const second = analyzeModel(model, DEFAULT_CONFIG, templates, [rule]).findings;
      assert.equal(computed, once, `${id} computes nothing again for unchanged blocks`);
      assert.deepEqual(second, first);
    }
  } finally {
    restore();
  }
});
