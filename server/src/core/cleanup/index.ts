/** One-step cleanup of a pasted draft (certain fixes) and the restoring of its paragraphs (a judgement). */
export { cleanUpText, type CleanUpResult, type RuleCount } from './cleanUp.js';
export { CLEANUP_RULES, RESIDUE_RULES, isCleanupFix, wordsOf } from './policy.js';
export { restoreParagraphs, type RestoreOptions, type RestoreResult } from './paragraphs.js';
export { cleanUpSummary, restoreSummary } from './summary.js';
