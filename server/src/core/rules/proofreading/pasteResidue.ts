import type { Block } from '../../model.js';
import data from './data/paste-residue.json';
import { inUrl, replaceFix, shiftHit, type Hit } from './blockHits.js';
import { isHanCodePoint } from '../../text/charTest.js';

// What a document site, a PDF or a word processor leaves in pasted text, found in one block.
// The lists are data (./data/paste-residue.json), each entry with where it was seen.

interface LinePattern { readonly re: RegExp; readonly page: boolean; readonly hint?: string }
const LINES: readonly LinePattern[] = data.boilerplateLines.map((e) => ({ re: new RegExp(e.pattern, 'u'), page: e.kind === 'page' }));
/** Every site line at once: one test per line of prose, which matches none, instead of one per pattern. */
const ANY_LINE = new RegExp(LINES.map((p) => `(?:${p.re.source})`).join('|'), 'u');
const INLINE: readonly LinePattern[] = data.watermarkPatterns.map((e) => ({ re: new RegExp(e.pattern, 'gu'), page: e.kind === 'page', hint: e.hint }));
const WATERMARKS: readonly string[] = data.watermarks.map((w) => w.text);
const WORD_ERRORS: readonly string[] = data.wordFieldErrors.texts;
const SUPPLEMENT: Readonly<Record<string, string>> = data.radicalSupplement.map;

/** A list or quote marker before a line's text. */
const MARKER = /^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?/;
/** Look-alike radicals: Kangxi (U+2F00–U+2FDF) and CJK Radicals Supplement (U+2E80–U+2EFF). */
const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;
/** Zero-width characters, BOM, soft hyphen, word joiner and control characters but tab and line breaks. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZWJ = 0x200d;
/** Pinyin in brackets (once, or repeated as sites do: 是(shi)(shi)), tried at a bracket after a Han character. */
const PINYIN = /(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,14}[)）])+/y;
/** One toneless pinyin syllable (bu, chang, zhei): without tone marks only a real syllable counts. */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v|ü)$/;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** Runs of forum anti-copy "jammer" tokens (`% H, N8 ]: q: }. q!`) at the start of a line. */
const JAMMER = /^(?:[!-~]{1,2} ){5,}[!-~]{0,2}/;

/**
 * What most residue needs and clean prose lacks: an invisible or radical character, a Word field
 * error, a watermark. A span without any is spared those searches (one test instead of twenty).
 */
const RARE = new RegExp([INVISIBLE.source, RADICAL.source, ...[...WORD_ERRORS, ...WATERMARKS].map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))].join('|'));

/** Every residue of one block; offsets relative to the block. `zh` adds the Chinese-only checks. */
export function scanResidue(text: string, block: Block, zh: boolean, userMarks: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const base = block.start;
  if (zh && (block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'blockquote')) boilerplate(text.slice(block.start, block.end), hits);
  for (const span of block.texts) {
    const slice = text.slice(span.start, span.end);
    const by = span.start - base;
    const found: Hit[] = [];
    const rare = RARE.test(slice);
    if (rare) invisible(slice, found);
    if (rare) words(slice, WORD_ERRORS, 'wordField', found);
    if (zh) {
      if (rare) words(slice, WATERMARKS, 'watermark', found);
      words(slice, userMarks, 'watermark', found);
      patterns(slice, found);
      if (rare) radicals(slice, found);
      pinyin(slice, found);
    }
    // Inside a URL, only invisible characters are residue (第1页 may be part of an address).
    for (const h of found) if (h.key === 'invisible' || !inUrl(slice, h.start)) hits.push(shiftHit(h, by));
  }
  return dropOverlaps(hits);
}

/** Whole lines of site boilerplate, or a jammer prefix; the line's break is added by the rule. */
function boilerplate(source: string, hits: Hit[]): void {
  let at = 0;
  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = line.replace(MARKER, '').trim();
    const match = content && ANY_LINE.test(content) ? LINES.find((p) => p.re.test(content)) : undefined;
    if (match) {
      hits.push({ start: at, end: at + line.length, key: match.page ? 'pageLine' : 'boilerplate', params: { text: short(content) }, fixes: [replaceFix('removeLine', at, at + line.length, '', { text: short(content) })] });
    } else {
      const jam = JAMMER.exec(line)?.[0];
      if (jam && isJammer(jam) && (jam.length === line.length || /^\s*\p{Script=Han}/u.test(line.slice(jam.length)))) {
        hits.push({ start: at, end: at + jam.length, key: 'jammer', params: { text: jam.trim() }, fixes: [replaceFix('remove', at, at + jam.length, '', { text: jam.trim() })] });
      }
    }
    at += raw.length + 1;
  }
}

/** Random letters, digits and marks, as forums insert them: several marks and letters, not `1. 2. 3.`. */
function isJammer(run: string): boolean {
  const marks = new Set(run.match(/[!-/:-@[-`{-~]/g) ?? []);
  return marks.size >= 3 && (run.match(/[A-Za-z]/g)?.length ?? 0) >= 2;
}

function short(s: string): string {
  if (s.length <= 24) return s;
  const cut = s.charCodeAt(23) >= 0xd800 && s.charCodeAt(23) <= 0xdbff ? 23 : 24; // never half an emoji
  return `${s.slice(0, cut)}…`;
}

/** Fixed strings, wherever they are spliced in. */
function words(slice: string, list: readonly string[], key: string, hits: Hit[]): void {
  for (const w of list) {
    for (let i = slice.indexOf(w); i >= 0; i = slice.indexOf(w, i + w.length)) {
      hits.push({ start: i, end: i + w.length, key, params: { text: w }, fixes: [replaceFix('remove', i, i + w.length + joinExtra(slice, i, i + w.length), '', { text: w })] });
    }
  }
}

/**
 * What else goes with text removed from between `start` and `end`: the second of two equal marks
 * or spaces around it (`及时、水印、开展`, `对照表 错误!未找到引用源。 逐项`), so none is doubled.
 */
function joinExtra(slice: string, start: number, end: number): number {
  const before = slice[start - 1];
  return before !== undefined && slice[end] === before && /[、，,；;\s]/.test(before) ? 1 : 0;
}

function patterns(slice: string, hits: Hit[]): void {
  for (const p of INLINE) {
    if (p.hint && !slice.includes(p.hint)) continue;
    p.re.lastIndex = 0;
    for (const m of slice.matchAll(p.re)) {
      const text = m[0].trim();
      const end = m.index + m[0].length;
      hits.push({ start: m.index, end, key: p.page ? 'pageMarker' : 'watermark', params: { text }, fixes: [replaceFix('remove', m.index, end + joinExtra(slice, m.index, end), '', { text })] });
    }
  }
}

function radicals(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(RADICAL)) {
    const ch = m[0];
    const code = ch.charCodeAt(0).toString(16).toUpperCase();
    const right = ch.charCodeAt(0) >= 0x2f00 ? ch.normalize('NFKC') : SUPPLEMENT[ch];
    if (right && right !== ch) hits.push({ start: m.index, end: m.index + 1, key: 'radical', params: { char: ch, code, right }, fixes: [replaceFix('change', m.index, m.index + 1, right)] });
    else hits.push({ start: m.index, end: m.index + 1, key: 'radicalComponent', params: { char: ch, code }, fixes: [] });
  }
}

function invisible(slice: string, hits: Hit[]): void {
  for (const m of slice.matchAll(INVISIBLE)) {
    const code = m[0].charCodeAt(0);
    // A joiner inside an emoji sequence (👨‍👩‍👧) is part of it.
    if (code === ZWJ && isAstralOrSymbol(slice, m.index - 1) && isAstralOrSymbol(slice, m.index + 1)) continue;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    hits.push({ start: m.index, end: m.index + 1, key: 'invisible', params: { code: hex }, fixes: [replaceFix('removeChar', m.index, m.index + 1, '', { code: hex })] });
  }
}

/** The next `(` or `（` at or after `from`; -1 when none. */
/**
 * The opening brackets of a string in order, half- and full-width: each kind is searched again
 * only once passed, so a text with many of one and none of the other is read once, not once per
 * bracket.
 */
class Brackets {
  #half = -2;
  #full = -2;

  constructor(private readonly s: string) {}

  /** The first `(` or `（` at or after `from`, or -1. */
  next(from: number): number {
    if (this.#half !== -1 && this.#half < from) this.#half = this.s.indexOf('(', from);
    if (this.#full !== -1 && this.#full < from) this.#full = this.s.indexOf('（', from);
    const a = this.#half, b = this.#full;
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}

function isAstralOrSymbol(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f;
}

/**
 * Pinyin after characters: two in a row, or three or more in one paragraph, are a dictionary
 * site's annotation and go; one or two tone-marked ones alone may be a reading hint for the
 * speaker (information, no fix); a lone toneless `(an)` may be anything and stays quiet.
 */
function pinyin(slice: string, hits: Hit[]): void {
  if (!slice.includes('(') && !slice.includes('（')) return;
  // From bracket to bracket, not a pattern tried at every character: most of a span is prose.
  const found: { start: number; end: number; char: string; syllables: string; toned: boolean }[] = [];
  const brackets = new Brackets(slice);
  for (let i = brackets.next(1); i >= 0; i = brackets.next(i + 1)) {
    const lead = slice.charCodeAt(i - 2);
    const char = lead >= 0xd800 && lead <= 0xdbff ? slice.slice(i - 2, i) : slice[i - 1]!;
    if (!isHanCodePoint(char.codePointAt(0)!)) continue;
    PINYIN.lastIndex = i;
    const m = PINYIN.exec(slice);
    if (!m) continue;
    const syllables = m[0].slice(1, m[0].indexOf(m[0].includes(')') ? ')' : '）'));
    const toned = TONE.test(syllables);
    if (toned || (syllables.length >= 2 && SYLLABLE.test(syllables))) found.push({ start: i, end: i + m[0].length, char, syllables, toned });
    i += m[0].length - 1;
  }
  found.forEach((p, i) => {
    const inRun = found.length >= 3 || found[i - 1]?.end === p.start - 1 || found[i + 1]?.start === p.end + 1;
    const params = { char: p.char, pinyin: p.syllables };
    if (inRun) hits.push({ start: p.start, end: p.end, key: 'pinyin', params, fixes: [replaceFix('remove', p.start, p.end, '', { text: slice.slice(p.start, p.end) })] });
    else if (p.toned) hits.push({ start: p.start, end: p.end, key: 'pinyinHint', params, fixes: [], information: true });
  });
}

/** One finding per place: a line removed whole takes the watermarks inside it with it. */
function dropOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}
