import type { Lang } from '../model.js';

/** How much of the text around a placeholder is shown: enough to find it, short enough to read. */
const CHARS = { 'zh-CN': 8, en: 24 } as const;

/**
 * How far from a placeholder its context may read, on either side: the context of a placeholder
 * that far from both ends of a string is the same in that string as in any text holding it.
 */
export function contextReach(lang: Lang): number {
  return CHARS[lang] * 4 + 1;
}

/**
 * The words around a placeholder on its line, the placeholder included: `…查找失联党员 X 人…`.
 * `…` marks where the line goes on. English context is cut at a word boundary.
 */
export function placeholderContext(text: string, start: number, end: number, lang: Lang): string {
  const width = CHARS[lang];
  // Look no further than the window: on a one-line draft of 500 KB a search for the line's
  // ends would scan the whole text for every placeholder.
  const windowStart = Math.max(0, start - width * 4);
  const windowEnd = Math.min(text.length, end + width * 4);
  let lineStart = start;
  while (lineStart > windowStart && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let lineEnd = end;
  while (lineEnd < windowEnd && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  if (lineEnd < text.length && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  let from = Math.max(lineStart, start - width);
  let to = Math.min(lineEnd, end + width);
  // Never cut a word: whole English words (and Latin words inside Chinese text).
  const inWord = lang === 'en' ? /\S/ : /[A-Za-z0-9_-]/;
  while (from > lineStart && inWord.test(text[from - 1]!) && inWord.test(text[from]!)) from--;
  while (to < lineEnd && inWord.test(text[to - 1]!) && inWord.test(text[to]!)) to++;
  // Never cut a surrogate pair in half.
  if (from > lineStart && isLow(text.charCodeAt(from))) from--;
  if (to < lineEnd && isLow(text.charCodeAt(to))) to++;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
