import type { Finding } from '../rules/rule.js';

/**
 * What Clean Up Pasted Text may do without asking, in one place. A rule belongs here when its
 * fixes only change marks, spaces and pasted residue, so applying them all cannot change what the
 * speech says. Left out on purpose: word-usage and number-form (they change words and numbers:
 * certain, but the writer should see each), repeated-word (deletes a word), and the structural
 * fixes (missing sections, renumbering), which are fix-all's, not a paste's.
 *
 * A list of ids rather than a flag on each rule: the policy is the cleanup's, reviewed as one
 * list, and a rule's author does not decide on their own that their fix may run unseen.
 */
export const CLEANUP_RULES: ReadonlySet<string> = new Set([
  'punctuation-width',
  'punctuation-mark',
  'punctuation-pair',
  'cjk-spacing',
  'paste-residue',
  'indented-paragraph',
]);

/** Of those, the rules whose fixes may delete words: what they delete is not the speech's own (watermarks, site lines). */
export const RESIDUE_RULES: ReadonlySet<string> = new Set(['paste-residue']);

/**
 * The speech's words: letters and digits, compatibility forms folded (a Kangxi radical from a PDF
 * is the character it looks like; a full-width digit is a digit). Two texts with the same words
 * differ only in marks and spaces.
 */
export function wordsOf(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A finding cleanup applies: its rule is listed, it has a fix, and (outside the residue rules)
 * the fix leaves every word as it was. The second test guards the promise of the first: a listed
 * rule whose fix touches a word is skipped there, never trusted.
 */
export function isCleanupFix(finding: Finding, text: string): boolean {
  const fix = finding.fixes?.[0];
  if (!fix || !CLEANUP_RULES.has(finding.ruleId)) return false;
  if (RESIDUE_RULES.has(finding.ruleId)) return true;
  return fix.edits.every((e) => wordsOf(text.slice(e.start, e.end)) === wordsOf(e.newText));
}
