import type { LineIndex } from '../core/index.js';

/** Zero-based line and UTF-16 column, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Offsets ↔ positions over one text. LSP's `TextDocument` has this shape already (the server
 * passes its document, whose line table is built); `positionsOf` makes one from core's `LineIndex`
 * (the CLI and tests).
 */
export interface Positions {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Positions over the analysed text, clamped as LSP's `TextDocument` clamps them (never inside a line break). */
export function positionsOf(lines: LineIndex): Positions {
  const text = lines.text;
  const beforeEol = (offset: number, lineStart: number) => {
    while (offset > lineStart && (text.charCodeAt(offset - 1) === 10 || text.charCodeAt(offset - 1) === 13)) offset--;
    return offset;
  };
  return {
    get lineCount() {
      return lines.lineCount;
    },
    positionAt(offset) {
      const { line, character } = lines.positionAt(offset);
      const start = lines.lineStart(line);
      return { line, character: beforeEol(start + character, start) - start };
    },
    offsetAt({ line, character }) {
      if (line >= lines.lineCount) return text.length;
      if (line < 0) return 0;
      const start = lines.lineStart(line);
      if (character <= 0) return start;
      const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      return beforeEol(Math.min(start + character, next), start);
    },
  };
}

/**
 * Lines and columns one number at a time, clamped as `positionsOf` clamps them: for the thousands
 * of ranges of the Structure view's answer, without an object per position.
 */
export interface LinePositions {
  lineOf(offset: number): number;
  /** The UTF-16 column of `offset` on its `line` (from `lineOf`). */
  characterOf(offset: number, line: number): number;
}

export function linePositionsOf(lines: LineIndex): LinePositions {
  const text = lines.text;
  return {
    lineOf: (offset) => lines.lineAt(offset),
    characterOf(offset, line) {
      const start = lines.lineStart(line);
      let at = Math.max(0, Math.min(offset, text.length));
      while (at > start && (text.charCodeAt(at - 1) === 10 || text.charCodeAt(at - 1) === 13)) at--;
      return at - start;
    },
  };
}

export function rangeOf(positions: Pick<Positions, 'positionAt'>, span: { readonly start: number; readonly end: number }): Range {
  return { start: positions.positionAt(span.start), end: positions.positionAt(span.end) };
}

/** A range as four numbers (start line, start character, end line, end character): how the Structure view's answer carries its thousands of ranges. */
export type CompactRange = [number, number, number, number];

export function compactRangeOf(positions: Pick<Positions, 'positionAt'>, span: { readonly start: number; readonly end: number }): CompactRange {
  const start = positions.positionAt(span.start);
  const end = positions.positionAt(span.end);
  return [start.line, start.character, end.line, end.character];
}
