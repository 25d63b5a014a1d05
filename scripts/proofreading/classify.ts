/**
 * One vocabulary for what four tools do to Chinese text, so their counts can sit in one table:
 * each change a tool makes (a hunk of its output) and each Podium finding gets a category.
 */
import type { Finding } from '../../server/src/core/index.js';
import type { Hunk } from './hunks.js';

export const CATEGORIES = {
  width: 'Half-width marks in Chinese text (`,` `:` `(`…)',
  'cjk-space': 'Blanks between Chinese characters',
  'mark-space': 'Blanks beside Chinese punctuation',
  'sentence-space': 'Blank after a sentence end (where a paragraph ended)',
  'ellipsis-dash': 'Ellipsis and dash forms (`...` `--`)',
  doubled: 'Doubled marks (`，，` `。。`)',
  pairs: 'Unbalanced or misnested paired marks',
  residue: 'Pasted residue (site lines, watermarks, page marks)',
  numbers: 'Number forms (GB/T 15835)',
  words: 'Misused words',
  'latin-space-removed': 'Blank between Chinese and Latin/digits removed',
  'latin-space-added': 'Blank between Chinese and Latin/digits added',
  'mark-space-added': 'Blank added beside Chinese punctuation',
  other: 'Other changes',
} as const;
export type Category = keyof typeof CATEGORIES;

const HALF = /[,;:?!().]/;
const FULL = /[，；：？！（）。]/;
const SENTENCE_END = '。！？”’';
const ELLIPSIS_OR_DASH = /\.{2,}|。{2,}|…|·{2,}|-{2,}|－{2,}|一一|—/;

/** Chinese: Han, CJK and full-width punctuation, curly quotes, the ellipsis and dash. */
export function isChinese(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014 || c >= 0x20000;
}

const isPunct = (ch: string | undefined) => !!ch && /[\p{P}\p{S}]/u.test(ch);

/** The category of one change a tool made to `text`. */
export function classifyHunk(h: Hunk, text: string): Category {
  const before = text[h.start - 1];
  const after = text[h.end];
  if (/^\s+$/.test(h.old) && h.new === '') return blankCategory(before, after, 'removed');
  if (h.old === '' && /^\s+$/.test(h.new)) return blankCategory(before, after, 'added');
  if (ELLIPSIS_OR_DASH.test(h.old) && /……|——/.test(h.new)) return 'ellipsis-dash';
  if (HALF.test(h.old) && FULL.test(h.new)) return 'width';
  if (/([，。、；！？：])\1/.test(text.slice(h.start - 1, h.end + 1)) && h.new.length < h.old.length && !/[\p{L}\p{N}]/u.test(h.old)) return 'doubled';
  if (h.new === '' && /[\p{L}\p{N}]/u.test(h.old)) return 'residue';
  return 'other';
}

function blankCategory(before: string | undefined, after: string | undefined, how: 'removed' | 'added'): Category {
  const latin = (ch: string | undefined) => !!ch && ch.charCodeAt(0) < 0x80 && !/[\s,;:?!()]/.test(ch);
  if ((latin(before) && isChinese(after)) || (isChinese(before) && latin(after))) {
    if (how === 'removed' && SENTENCE_END.includes(before!)) return 'sentence-space';
    if (!isPunct(before) || !isChinese(before)) if (!isPunct(after) || !isChinese(after)) return `latin-space-${how}`;
  }
  if (how === 'removed' && before && SENTENCE_END.includes(before)) return 'sentence-space';
  if (isPunct(before) || isPunct(after)) return how === 'removed' ? 'mark-space' : 'mark-space-added';
  if (isChinese(before) && isChinese(after)) return how === 'removed' ? 'cjk-space' : 'other';
  return 'other';
}

const RULE_CATEGORY: Readonly<Record<string, Category>> = {
  'punctuation-width': 'width',
  'punctuation-pair': 'pairs',
  'paste-residue': 'residue',
  'number-form': 'numbers',
  'word-usage': 'words',
};

/** The category of a Podium finding (of the proofreading rules; others are not compared). */
export function classifyFinding(f: Finding, text: string): Category | undefined {
  const direct = RULE_CATEGORY[f.ruleId];
  if (direct) return direct;
  if (f.ruleId === 'punctuation-mark') return ELLIPSIS_OR_DASH.test(text.slice(f.start, f.end)) ? 'ellipsis-dash' : 'doubled';
  if (f.ruleId === 'cjk-spacing') {
    const edit = f.fixes?.[0]?.edits[0];
    const at = edit ?? { start: f.start, end: f.end, newText: '' };
    return blankCategory(text[at.start - 1], text[at.end], 'removed');
  }
  return undefined;
}
