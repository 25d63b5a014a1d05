/**
 * How `podium/speechInfo` travels. The client asks after every edit, and a long speech's answer
 * holds thousands of outline entries and placeholders (420 KB of JSON for 500 KB of speech): sent
 * whole each time, writing and reading it cost more than the analysis. So the answer carries a
 * `resultId`, the client names the one it holds, and the server sends only the rows that changed
 * since, as LSP's semantic tokens do. Lines are relative to the row before, so typing a line
 * break changes one row, not every row after it; so are characters on the row before's line, so
 * typing into a pasted draft's one long line changes the row after the caret, not every row after
 * it on the line. Shared by the server, the client and the bench.
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { OutlineKind } from './core/index.js';
import type { OutlineEntry, OutlineNode } from './service/speechInfo.js';
import type { CompactRange, LinePositions } from './service/positions.js';

/** A range as four numbers: start line, start character, end line, end character. */
export type WireRange = CompactRange;

/**
 * A range relative to the previous row's start, as semantic tokens are: [start line − previous
 * start line, start character (− the previous row's start character when on its line), end line
 * − start line, end character (− the start character when on the start's line)].
 */
export type RelativeRange = [number, number, number, number];

export type { OutlineKind, OutlineNode };

/**
 * One outline entry, depth first: [depth, kind, name, detail or '', section id or '', length,
 * ...range relative to the previous row's start, ...selection range relative to this row's start]
 * (each as a RelativeRange).
 */
export type OutlineRow = [number, OutlineKind, string, string, string, number, number, number, number, number, number, number, number, number];

/** Replace `deleteCount` items at `start` (an index in the list the client holds) with `items`. */
export interface ListEdit<T> {
  start: number;
  deleteCount: number;
  items: T[];
}

/** The rows of both long lists, whole. */
export interface Lists {
  outline: OutlineRow[];
  placeholders: RelativeRange[];
}

/** The same lists as edits of the answer `base`, in ascending order of `start`, not overlapping. */
export interface ListEdits {
  base: string;
  outline: ListEdit<OutlineRow>[];
  placeholders: ListEdit<RelativeRange>[];
}

/**
 * The outline's rows. A row equal to the one at its place in `previous` (the answer sent before)
 * is that row itself: the rows an edit leaves alone are not made again, and compare at once.
 */
export function outlineRows(entries: readonly OutlineEntry[], positions: LinePositions, previous: readonly OutlineRow[] = []): OutlineRow[] {
  const rows: OutlineRow[] = new Array(entries.length);
  const { lineOf, characterOf } = positions;
  let prevLine = 0, prevCharacter = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const line = lineOf(e.start), endLine = lineOf(e.end), selLine = lineOf(e.selectionStart), selEndLine = lineOf(e.selectionEnd);
    const start = characterOf(e.start, line), selStart = characterOf(e.selectionStart, selLine);
    const [dl, sc, el, ec] = relative(line - prevLine, start, prevCharacter, endLine - line, characterOf(e.end, endLine));
    const [ssl, ssc, sel, sec] = relative(selLine - line, selStart, start, selEndLine - selLine, characterOf(e.selectionEnd, selEndLine));
    const detail = e.detail ?? '', sectionId = e.sectionId ?? '';
    const old = previous[i];
    rows[i] = old && old[0] === e.depth && old[1] === e.kind && old[2] === e.name && old[3] === detail && old[4] === sectionId && old[5] === e.length
      && old[6] === dl && old[7] === sc && old[8] === el && old[9] === ec && old[10] === ssl && old[11] === ssc && old[12] === sel && old[13] === sec
      ? old : [e.depth, e.kind, e.name, detail, sectionId, e.length, dl, sc, el, ec, ssl, ssc, sel, sec];
    prevLine = line;
    prevCharacter = start;
  }
  return rows;
}

/** Spans as rows of relative ranges, reusing `previous`'s rows where they are equal. */
export function rangeRows(spans: readonly { readonly start: number; readonly end: number }[], positions: LinePositions, previous: readonly RelativeRange[] = []): RelativeRange[] {
  const { lineOf, characterOf } = positions;
  let prevLine = 0, prevCharacter = 0;
  return spans.map((span, i) => {
    const line = lineOf(span.start), endLine = lineOf(span.end), start = characterOf(span.start, line);
    const [dl, sc, el, ec] = relative(line - prevLine, start, prevCharacter, endLine - line, characterOf(span.end, endLine));
    prevLine = line;
    prevCharacter = start;
    const old = previous[i];
    return old && old[0] === dl && old[1] === sc && old[2] === el && old[3] === ec ? old : [dl, sc, el, ec];
  });
}

/** The four numbers of a RelativeRange, from a start at (line + `dl`, `start`) after a row starting at `prevStart`. */
function relative(dl: number, start: number, prevStart: number, el: number, end: number): RelativeRange {
  return [dl, dl === 0 ? start - prevStart : start, el, el === 0 ? end - start : end];
}

/** A RelativeRange back to a range, after a row that started at `line`, `character`. */
function absolute([dl, sc, el, ec]: readonly number[], line: number, character: number): Range {
  const startLine = line + dl!, start = dl === 0 ? character + sc! : sc!;
  return range(startLine, start, startLine + el!, el === 0 ? start + ec! : ec!);
}

export function decodeOutline(rows: readonly OutlineRow[]): OutlineNode<Range>[] {
  const roots: OutlineNode<Range>[] = [];
  // The open ancestors: stack[d] is the last node at depth d.
  const stack: OutlineNode<Range>[] = [];
  let line = 0, character = 0;
  for (const [depth, kind, name, detail, sectionId, length, dl, sc, el, ec, ssl, ssc, sel, sec] of rows) {
    const whole = absolute([dl, sc, el, ec], line, character);
    ({ line, character } = whole.start);
    const node: OutlineNode<Range> = {
      name, kind, length, children: [],
      range: whole,
      selectionRange: absolute([ssl, ssc, sel, sec], line, character),
    };
    if (detail) node.detail = detail;
    if (sectionId) node.sectionId = sectionId;
    const parent = depth > 0 ? stack[depth - 1] : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.length = depth;
    stack.push(node);
  }
  return roots;
}

export function decodeRanges(rows: readonly RelativeRange[]): Range[] {
  let line = 0, character = 0;
  return rows.map((row) => {
    const r = absolute(row, line, character);
    ({ line, character } = r.start);
    return r;
  });
}

export function wireRange(r: WireRange): Range {
  return range(r[0], r[1], r[2], r[3]);
}

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/**
 * The edits that turn `before` into `after`: the common ends are kept; between them, when the two
 * have as many rows, each run of changed rows is one edit (a keystroke changes a row and the
 * lengths of its ancestors, far apart in the list), otherwise the middle is replaced at once.
 */
export function listEdits<T extends readonly unknown[]>(before: readonly T[], after: readonly T[]): ListEdit<T>[] {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && sameRow(before[head]!, after[head]!)) head++;
  let tail = 0;
  while (tail < shorter - head && sameRow(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  const beforeEnd = before.length - tail, afterEnd = after.length - tail;
  if (head === beforeEnd && head === afterEnd) return [];
  if (beforeEnd - head !== afterEnd - head) return [{ start: head, deleteCount: beforeEnd - head, items: after.slice(head, afterEnd) }];
  const edits: ListEdit<T>[] = [];
  for (let i = head; i < beforeEnd;) {
    if (sameRow(before[i]!, after[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < beforeEnd && !sameRow(before[i]!, after[i]!)) i++;
    edits.push({ start, deleteCount: i - start, items: after.slice(start, i) });
  }
  return edits;
}

/** `list` with `edits` applied (indices refer to `list`); undefined when an edit does not fit it. */
export function applyListEdits<T>(list: readonly T[], edits: readonly ListEdit<T>[]): T[] | undefined {
  const out: T[] = [];
  let at = 0;
  for (const { start, deleteCount, items } of edits) {
    if (start < at || start + deleteCount > list.length) return undefined;
    for (let i = at; i < start; i++) out.push(list[i]!);
    for (const item of items) out.push(item);
    at = start + deleteCount;
  }
  for (let i = at; i < list.length; i++) out.push(list[i]!);
  return out;
}

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
