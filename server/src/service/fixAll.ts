import { fixAllText, minimalEdit, type Analysis, type Finding, type TextEdit } from '../core/index.js';
import { analyzeSpeech, type SpeechSettings } from './analysis.js';

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
  const result = fixAllText(text, (t) => (t === text ? analysis : analyzeSpeech(t, settings)).findings);
  return { text: result.text, edit: minimalEdit(text, result.text), applied: result.applied };
}
