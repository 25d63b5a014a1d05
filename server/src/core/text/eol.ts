import type { Fix } from '../rules/rule.js';

/** The document's line ending, from its first line break (LF when it has none). */
export function documentEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/**
 * Rules write their fixes with `\n`; in a CRLF document the inserted lines must end in CRLF too,
 * or the file ends up with mixed line endings.
 */
export function fixesWithEol(fixes: readonly Fix[], eol: '\n' | '\r\n'): readonly Fix[] {
  if (eol === '\n') return fixes;
  return fixes.map((fix) => ({
    ...fix,
    edits: fix.edits.map((e) => (e.newText.includes('\n') ? { start: e.start, end: e.end, newText: e.newText.replace(/\r?\n/g, '\r\n') } : e)),
  }));
}
