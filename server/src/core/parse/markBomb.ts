import { ParsedBlock } from '../block.js';
import { NO_SPANS } from '../blockSpans.js';
import type { Block } from '../model.js';

/**
 * A line holding more than this many characters that may open an inline construct is not given
 * to remark: its inline parse grows faster than the line (measured: 2,000 such marks 0.05–0.7 s,
 * 8,000 marks 0.2–1.7 s, a megabyte of `[` or `*a` gigabytes or minutes). A speech's line holds a
 * few dozen at most; a scraped one-line draft of 3,900 字 holds none.
 */
const MAX_MARKS = 2_000;

/** True when `source[start, end)` holds a line remark's inline parse cannot take in bounded time. */
export function hasMarkBomb(source: string, start: number, end: number): boolean {
  if (end - start <= MAX_MARKS) return false;
  for (let i = start; i < end; i++) {
    let eol = i;
    let marks = 0;
    for (; eol < end; eol++) {
      const c = source.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      // [ ] ` * _ < !: link, code, emphasis, HTML and image openers.
      if (c === 91 || c === 93 || c === 96 || c === 42 || c === 95 || c === 60 || c === 33) marks++;
    }
    if (marks > MAX_MARKS) return true;
    i = eol;
  }
  return false;
}

/**
 * Such a stretch as plain paragraphs (runs of non-blank lines), with all their text as prose: the
 * rules still read it, and nothing in it is taken for code, a link or emphasis.
 */
export function looseParagraphs(source: string, base: number, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  lines.lastIndex = start;
  let from = -1;
  let to = -1;
  const close = () => {
    if (from >= 0) blocks.push(new ParsedBlock('paragraph', 0, base + from, base + to, [{ start: base + from, end: base + to }], NO_SPANS));
    from = -1;
  };
  for (let m = lines.exec(source); m && m.index < end; m = lines.exec(source)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const lineEnd = Math.min(m.index + line.length, end);
    const first = m.index + (line.length - line.trimStart().length);
    const last = m.index + line.trimEnd().length;
    if (last <= first) close();
    else {
      if (from < 0) from = first;
      to = Math.min(last, lineEnd);
    }
    if (m[0].length === 0) break;
  }
  close();
  return blocks;
}
