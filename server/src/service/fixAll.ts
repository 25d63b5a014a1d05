import { analyze, fixAllText, minimalEdit, type Analysis, type Finding, type TextEdit } from '../core/index.js';
import type { SpeechSettings } from './settings.js';

export interface FixAllOutcome {
  /** The text with every certain fix applied. */
  readonly text: string;
  /** The one smallest edit that makes it; undefined when nothing is fixable. */
  readonly edit: TextEdit | undefined;
  /** Findings whose fix was applied, over all rounds. */
  readonly applied: readonly Finding[];
}

/**
 * Fix-all over the analysis: every certain fix, repeated until none is left (a fix can make room
 * for another), as one minimal edit. The first round reads `analysis` (the editor's cached one);
 * later rounds analyse the fixed text with the same settings.
 */
export function fixAll(analysis: Analysis, settings: SpeechSettings): FixAllOutcome {
  const text = analysis.model.text;
  const result = fixAllText(text, (t) => (t === text ? analysis : reanalyze(t, settings)).findings);
  return { text: result.text, edit: minimalEdit(text, result.text), applied: result.applied };
}

/** The analysis of a text with a speech's settings: what the CLI reads, and fix rounds after the first. */
export function reanalyze(text: string, settings: SpeechSettings): Analysis {
  return analyze(text, { config: settings.config, templates: settings.templates });
}
