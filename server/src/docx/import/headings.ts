import { plainText } from './inline.js';
import type { Paragraph } from './paragraphs.js';

/** Heading numbers of 党政机关公文 (GB/T 9704 §7.3.3) and the Markdown depth each stands for. */
const NUMBERED: readonly [RegExp, number][] = [
  [/^[一二三四五六七八九十百零〇]+、/, 2],
  [/^[（(][一二三四五六七八九十百零〇]+[）)]/, 3],
  [/^[0-9０-９]{1,3}[.．、](?![0-9０-９])/, 4],
  [/^[（(][0-9０-９]{1,3}[）)]/, 5],
];
const SENTENCE_END = /[。！？；!?;]/;

/** The paragraph's text as Word shows it: the automatic-numbering label, then the typed text. */
export function displayedText(p: Paragraph): string {
  const text = plainText(p.segments);
  return p.label && !p.label.bullet ? joinLabel(p.label.text, text) : text;
}

export function joinLabel(label: string, text: string): string {
  if (!label) return text;
  const tight = /[\u3000-\u303f\uff00-\uffef]$/.test(label) || /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text);
  return tight ? label + text : `${label} ${text}`;
}

/**
 * The Markdown depth of a heading paragraph, or undefined for body text.
 * - A document that uses heading styles anywhere is trusted: Heading n is `#` × (n + 1), Title is `#`.
 * - Otherwise (real drafts): a paragraph starting `一、`/`（一）`/`1.`/`（1）` is a heading when it is set
 *   apart the way writers do it: every run bold or in 黑体/楷体, or short with no sentence inside.
 *   `（一）加强领导。要……` (a lead sentence in 楷体, then body text) stays a paragraph.
 */
export function headingDepth(p: Paragraph, trustStyles: boolean): number | undefined {
  if (p.style?.isTitle) return 1;
  if (p.headingLevel !== undefined) return Math.min(6, p.headingLevel + 1);
  if (trustStyles) return undefined;
  const text = displayedText(p);
  const depth = NUMBERED.find(([re]) => re.test(text))?.[1];
  if (depth === undefined || text.includes('\n')) return undefined;
  const runs = p.segments.filter((s) => s.kind === 'text' && s.text.trim() !== '');
  const setApart = runs.length > 0 && runs.every((s) => s.kind === 'text' && (s.bold || s.headingFont));
  const short = [...text].length <= 40 && !SENTENCE_END.test(text.slice(0, -1));
  return setApart || short ? depth : undefined;
}
