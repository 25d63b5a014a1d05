import type { Finding, TextEdit } from '../rules/rule.js';

/**
 * The certain fixes of a list of findings, as one set of edits that can be applied together: the
 * first fix of each finding (unless it is a judgement), in reading order, skipping a fix whose edits overlap one already
 * taken. Insertions at the same offset do not overlap: they are kept in order, so a speech missing
 * three sections at one place gets all three in one go.
 */
export function fixAllEdits(findings: readonly Finding[], include: (f: Finding) => boolean = () => true, judgements = false): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.[0];
    if (!fix || (fix.judgement && !judgements) || !include(finding)) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false; // two insertions: both apply, in order
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits; insertions at one offset keep their order, as an LSP WorkspaceEdit does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of order) {
    if (e.start < at) continue; // overlapping: never produced by fixAllEdits, ignored defensively
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

export interface FixAllResult {
  readonly text: string;
  /** Findings whose fix was applied, over all rounds. */
  readonly applied: readonly Finding[];
  readonly rounds: number;
}

/**
 * Applies certain fixes until none is left (a fix may make room for another: two fixes that
 * overlapped, a renumbering after an insertion), at most `maxRounds` times, so that fix-all applied
 * once leaves nothing fixable. `analyzeText` is the caller's analysis with its own settings.
 * `judgements` also applies the fixes marked as judgements (the fixtures show what each quick fix does).
 */
export function fixAllText(text: string, analyzeText: (text: string) => readonly Finding[], include?: (f: Finding) => boolean, maxRounds = 4, judgements = false): FixAllResult {
  let current = text;
  const applied: Finding[] = [];
  let rounds = 0;
  while (rounds < maxRounds) {
    const findings = analyzeText(current);
    const edits = fixAllEdits(findings, include, judgements);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    rounds++;
    if (next === current) break;
    applied.push(...findings.filter((f) => f.fixes?.[0] && (judgements || !f.fixes[0].judgement) && (!include || include(f)) && f.fixes[0].edits.every((e) => edits.includes(e))));
    current = next;
  }
  return { text: current, applied, rounds };
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && isHighSurrogateOrCr(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogateOrLf(before.charCodeAt(before.length - end))) end--;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

function isHighSurrogateOrCr(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdbff) || code === 0x0d;
}

function isLowSurrogateOrLf(code: number): boolean {
  return (code >= 0xdc00 && code <= 0xdfff) || code === 0x0a;
}
