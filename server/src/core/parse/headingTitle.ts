import type { Block } from '../model.js';

/** A heading's trailing `{#id}`, with the blanks around it. */
const ANCHOR = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/**
 * A heading's title and its trailing `{#id}` from its text `source[innerStart, innerEnd)`: what
 * remark's heading gives, and what a setext heading joined across a chunk cut gives too.
 */
export function headingTitle(source: string, base: number, innerStart: number, innerEnd: number): Pick<Block, 'title' | 'anchor'> {
  let raw = source.slice(innerStart, innerEnd);
  const m = ANCHOR.exec(raw);
  let anchor: Block['anchor'];
  if (m) {
    const idStart = innerStart + m.index + m[0].indexOf('{');
    anchor = { id: m[1]!, start: base + idStart, end: base + idStart + m[1]!.length + 3 };
    raw = raw.slice(0, m.index);
  }
  return { title: raw.replace(/\s+/g, ' ').trim(), anchor };
}
