import type { Analysis, Finding, Lang, TextEdit } from '../core/index.js';

/**
 * The findings a speech shows, in reading order (the analysis sorts them), at most `max`: the cap
 * keeps the first ones, as the writer meets them. The server publishes these as diagnostics; the
 * CLI's `lint` prints them (uncapped).
 */
export function findings(analysis: Analysis, max = Infinity): readonly Finding[] {
  return max >= analysis.findings.length ? analysis.findings : analysis.findings.slice(0, max);
}

/** One quick fix of a finding: its title in the speech's language and its edits at offsets. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/**
 * A finding's quick fixes, first the preferred one. Titles speak the speech's language, as its
 * messages do, whatever the editor's (README, "Languages").
 */
export function quickFixes(finding: Finding, speechLang: Lang): QuickFix[] {
  return (finding.fixes ?? []).map((fix) => ({ title: fix.title[speechLang], edits: fix.edits }));
}
