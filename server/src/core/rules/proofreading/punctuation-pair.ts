import { BlockMemo } from '../../blockCache.js';
import type { Block } from '../../model.js';
import type { Rule, TextEdit } from '../rule.js';
import { reportBlockHits, wholeBlock, type BlockHits, type Hit } from './blockHits.js';
import { isSpace } from './chineseText.js';
import { paragraphsOf, type Piece } from './paragraphs.js';

const OPENERS = '“‘《〈（【〔';
const CLOSERS = '”’》〉）】〕';
// GB/T 15834-2011: double marks outside, single inside (a third level goes back to double).
const FAMILIES: readonly { readonly outer: string; readonly inner: string }[] = [
  { outer: '“', inner: '‘' },
  { outer: '《', inner: '〈' },
];
const FLIP: Readonly<Record<string, string>> = { '“': '‘', '‘': '“', '”': '’', '’': '”', '《': '〈', '〈': '《', '》': '〉', '〉': '》' };
// An item marker closed by a bracket only: 1） a） 一）.
const ITEM_BODY = /^(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/;
const ANY_MARK = /[“”‘’《》〈〉（）【】〔〕]/;
const MARKS = /[“”‘’《》〈〉（）【】〔〕]/g;

export const punctuationPair: Rule = {
  id: 'punctuation-pair',
  description: {
    en: 'Paired marks (“” ‘’ 《》 〈〉 （） 【】 〔〕) open and close within a paragraph, double marks outside single ones.',
    'zh-CN': '成对的标点（“” ‘’ 《》 〈〉 （） 【】 〔〕）在段内配对，双引号、双书名号在外，单的在内。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    // The marks themselves in 「」, which reads better than quoting a quotation mark.
    unclosed: { en: '"{mark}" has no matching "{other}" in this paragraph.', 'zh-CN': '本段中的「{mark}」没有对应的「{other}」。' },
    unopened: { en: '"{mark}" has no matching "{other}" before it in this paragraph.', 'zh-CN': '本段中的「{mark}」前面没有对应的「{other}」。' },
    nesting: { en: 'Marks nested the wrong way round: {outer} belongs outside, {inner} inside.', 'zh-CN': '标点套用颠倒：外层应用{outer}，内层用{inner}。' },
    swap: { en: 'Use {outer} outside and {inner} inside', 'zh-CN': '改为外层用{outer}、内层用{inner}' },
  },
  check(ctx, report) {
    if (ctx.lang !== 'zh-CN') return;
    const { blocks, text } = ctx.model;
    reportBlockHits(ctx, report, this.messages, memo, '', blockHits,
      { keep: (hit, i) => !hit.unlessContinued || !opensWithQuote(text, blocks[i + 1]) });
  },
};

const memo = new BlockMemo<BlockHits>();

interface Open { readonly mark: string; readonly at: number; readonly id: number; readonly parent: number }
interface Pair { readonly mark: string; readonly open: number; readonly close: number; readonly parent: number }

function blockHits(text: string, block: Block): BlockHits {
  const hits: Hit[] = [];
  const paragraphs = paragraphsOf(text, block);
  paragraphs.forEach((pieces, p) => {
    if (!pieces.some((piece) => ANY_MARK.test(piece.slice))) return;
    const next = paragraphs[p + 1];
    const continued = next === undefined ? undefined : next[0] !== undefined && startsWithQuote(next[0].slice);
    checkParagraph(pieces, continued, hits);
  });
  return wholeBlock(hits);
}

/**
 * `continued`: whether the next paragraph opens with “ (undefined: the next paragraph is in
 * another block, which the rule looks at when it reports).
 */
function checkParagraph(pieces: readonly Piece[], continued: boolean | undefined, hits: Hit[]): void {
  const stack: Open[] = [];
  const pairs = new Map<number, Pair>();
  const problems: Hit[] = [];
  let ids = 0;
  const unclosed = (o: Open) => problems.push(markHit('unclosed', o.at, o.mark, CLOSERS[OPENERS.indexOf(o.mark)]!));
  for (const { slice, by } of pieces) {
    // Jump from mark to mark: a scraped draft's paragraph is one line of 100,000 characters.
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(slice); m; m = MARKS.exec(slice)) {
      const i = m.index;
      const c = m[0];
      if (OPENERS.includes(c)) {
        stack.push({ mark: c, at: by + i, id: ids++, parent: stack.length ? stack[stack.length - 1]!.id : -1 });
        continue;
      }
      const k = CLOSERS.indexOf(c);
      if (k < 0 || (c === '’' && /[A-Za-z]/.test(slice[i - 1] ?? '') && /[A-Za-z]/.test(slice[i + 1] ?? ''))) continue; // People’s
      const opener = OPENERS[k]!;
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]!.mark !== opener) depth--;
      if (depth < 0) {
        if (!apostrophe(slice, i) && !itemMarker(slice, i)) problems.push(markHit('unopened', by + i, c, opener));
        continue;
      }
      // Marks opened inside and never closed before this one are unclosed.
      while (stack.length - 1 > depth) unclosed(stack.pop()!);
      const o = stack.pop()!;
      pairs.set(o.id, { mark: o.mark, open: o.at, close: by + i, parent: o.parent });
    }
  }
  // A quotation over several paragraphs: each opens with “ and only the last one closes it.
  const last = stack.length === 1 && stack[0]!.mark === '“' && problems.length === 0 ? stack[0] : undefined;
  if (last && continued === true) return;
  for (const o of stack) {
    const hit = markHit('unclosed', o.at, o.mark, CLOSERS[OPENERS.indexOf(o.mark)]!);
    problems.push(last && continued === undefined ? { ...hit, unlessContinued: true } : hit);
  }
  hits.push(...problems.sort((a, b) => a.start - b.start));
  for (const family of FAMILIES) nestingHits(pairs, family, problems.length === 0, hits);
}

/** Outermost pairs of a family written with the inner mark while they hold the outer one. */
function nestingHits(pairs: ReadonlyMap<number, Pair>, family: typeof FAMILIES[number], fixable: boolean, hits: Hit[]): void {
  const familyParent = (pair: Pair): number => {
    let id = pair.parent;
    while (id >= 0 && !isOf(pairs.get(id), family)) id = pairs.get(id)?.parent ?? -1;
    return id;
  };
  for (const [id, pair] of pairs) {
    if (pair.mark !== family.inner || familyParent(pair) >= 0) continue;
    const inside = [...pairs.entries()].filter(([, p]) => isOf(p, family) && descends(pairs, p, id));
    if (!inside.some(([, p]) => p.mark === family.outer)) continue;
    const flips: TextEdit[] = [pair, ...inside.map(([, p]) => p)].flatMap((p) => [
      { start: p.open, end: p.open + 1, newText: FLIP[p.mark]! },
      { start: p.close, end: p.close + 1, newText: FLIP[CLOSERS[OPENERS.indexOf(p.mark)]!]! },
    ]).sort((a, b) => a.start - b.start);
    const outer = family.outer + CLOSERS[OPENERS.indexOf(family.outer)]!;
    const inner = family.inner + CLOSERS[OPENERS.indexOf(family.inner)]!;
    hits.push({
      start: pair.open, end: pair.close + 1, key: 'nesting',
      params: { outer, inner },
      fixes: fixable ? [{ key: 'swap', params: { outer, inner }, edits: flips }] : undefined,
    });
  }
}

function isOf(pair: Pair | undefined, family: typeof FAMILIES[number]): boolean {
  return pair !== undefined && (pair.mark === family.outer || pair.mark === family.inner);
}

function descends(pairs: ReadonlyMap<number, Pair>, pair: Pair, ancestor: number): boolean {
  for (let id = pair.parent; id >= 0; id = pairs.get(id)?.parent ?? -1) if (id === ancestor) return true;
  return false;
}

function markHit(message: 'unclosed' | 'unopened', at: number, mark: string, other: string): Hit {
  return {
    start: at, end: at + 1, key: message,
    params: { mark, other },
  };
}

/** `’` inside or after a Latin word is an apostrophe (People’s, teachers’). */
function apostrophe(s: string, i: number): boolean {
  return s[i] === '’' && /[A-Za-z0-9]/.test(s[i - 1] ?? '');
}

/** A closing bracket after an item number at a line's start: `1）`, `a）`, `一）`. */
function itemMarker(s: string, i: number): boolean {
  if (s[i] !== '）') return false;
  let k = i;
  while (k > 0 && i - k < 3 && /[0-9A-Za-z一二三四五六七八九十]/.test(s[k - 1]!)) k--;
  if (k === i || !ITEM_BODY.test(s.slice(k, i))) return false;
  while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  return k === 0 || s[k - 1] === '\n' || /[：；，。:;,]/.test(s[k - 1]!);
}

function startsWithQuote(s: string): boolean {
  let k = 0;
  while (k < s.length && isSpace(s.charCodeAt(k))) k++;
  return s[k] === '“';
}

/** True when the block's prose opens with “ (after a full-width indentation). */
function opensWithQuote(text: string, block: Block | undefined): boolean {
  const first = block?.texts[0];
  return first !== undefined && block!.kind === 'paragraph' && startsWithQuote(text.slice(first.start, Math.min(first.end, first.start + 16)));
}
