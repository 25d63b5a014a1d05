/**
 * The shared character classes (server/src/core/text/charTest.ts): the table-backed tests agree
 * with the Unicode property over the whole BMP, and the two kinds of Han differ where they should.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAstralHanLead, isCjk, isCjkPunct, isFullWidthAlnum, isHan, isHanCodePoint, isHanIdeograph } from '../../server/src/core/text/charTest.js';

const code = (ch: string) => ch.codePointAt(0)!;

describe('character classes', () => {
  it('isHan is the Han script over every BMP unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isHan(c), /\p{Script=Han}/u.test(String.fromCharCode(c)), c.toString(16));
  });

  it('isHanCodePoint takes astral Han (Extensions B–H) and refuses lone surrogates', () => {
    for (const ch of ['中', '〇', '々', '𠀀', '𪜀', '𰀀']) assert.ok(isHanCodePoint(code(ch)), ch);
    for (const ch of ['A', '，', '😀', '\ud840', '\udc00']) assert.ok(!isHanCodePoint(code(ch)), JSON.stringify(ch));
    assert.ok(isAstralHanLead('𠀀'.charCodeAt(0)) && !isAstralHanLead('😀'.charCodeAt(0)));
  });

  it('isHanIdeograph is the ideograph blocks: not 〇, 々 or the radicals the script holds', () => {
    for (const ch of ['中', '㐀', '鿿', '豈', '𠀀']) assert.ok(isHanIdeograph(code(ch)), ch);
    for (const ch of ['〇', '々', '⺀', '⼀', 'A', '，']) {
      assert.ok(!isHanIdeograph(code(ch)), ch);
      assert.equal(isHan(code(ch)), /\p{Script=Han}/u.test(ch), ch);
    }
    assert.ok(isHan(code('〇')) && isHan(code('⼀')), 'the script holds what the blocks leave out');
  });

  it('full-width marks and letters', () => {
    for (const ch of ['，', '。', '《', '】', '“', '…', '—', '！']) assert.ok(isCjkPunct(code(ch)) && isCjk(code(ch)), ch);
    for (const ch of [',', '.', ' ', '\u3000', 'Ａ']) assert.ok(!isCjkPunct(code(ch)), JSON.stringify(ch));
    for (const ch of ['Ａ', 'ｚ', '０', '９']) assert.ok(isFullWidthAlnum(code(ch)), ch);
    for (const ch of ['A', '0', '，', '＿']) assert.ok(!isFullWidthAlnum(code(ch)), ch);
  });
});
