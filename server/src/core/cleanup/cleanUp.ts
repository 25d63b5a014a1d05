import { fixAllText, minimalEdit } from '../fixes/fixAll.js';
import type { Finding, TextEdit } from '../rules/rule.js';
import { isCleanupFix } from './policy.js';

export interface RuleCount {
  readonly rule: string;
  readonly count: number;
}

export interface CleanUpResult {
  /** The cleaned text. */
  readonly text: string;
  /** One edit from the old text to the new one (undefined: nothing to clean), so one undo restores it. */
  readonly edit: TextEdit | undefined;
  /** Fixes applied, per rule, most first. */
  readonly changed: readonly RuleCount[];
  /** Findings the cleaned text still has, for the writer. */
  readonly left: readonly Finding[];
}

/** Enough rounds for fixes that make room for others; a fixed point comes in two on real pastes. */
const MAX_ROUNDS = 8;

/**
 * Applies every fix cleanup may apply (policy.ts), repeated until none is left, and tells what it
 * changed and what is left. `analyzeText` is the caller's analysis with its own settings, so a
 * rule turned off is not applied.
 */
export function cleanUpText(text: string, analyzeText: (text: string) => readonly Finding[]): CleanUpResult {
  let last: { text: string; findings: readonly Finding[] } | undefined;
  const analyzeCertain = (t: string) => {
    const findings = analyzeText(t);
    last = { text: t, findings };
    return findings.filter((f) => isCleanupFix(f, t));
  };
  const result = fixAllText(text, analyzeCertain, undefined, MAX_ROUNDS);
  const left = last && last.text === result.text ? last.findings : analyzeText(result.text);
  return { text: result.text, edit: minimalEdit(text, result.text), changed: countByRule(result.applied), left };
}

function countByRule(findings: readonly Finding[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
