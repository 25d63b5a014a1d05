import {
  cleanUpSummary, cleanUpText, minimalEdit, restoreParagraphs, restoreSummary,
  type Analysis, type Finding, type Lang, type RestoreResult, type RuleCount, type TextEdit,
} from '../core/index.js';
import { analyzeSpeech, type SpeechSettings } from './analysis.js';

export interface CleanUpOutcome {
  /** The cleaned text, and the one edit that makes it (undefined: nothing to clean). */
  readonly text: string;
  readonly edit: TextEdit | undefined;
  readonly changed: readonly RuleCount[];
  /** Findings the cleaned text still has. */
  readonly left: readonly Finding[];
  /** What changed and what is left, in `lang`. */
  readonly message: string;
}

/**
 * Clean Up Pasted Text: every certain fix of the clean-up rules (marks, spaces, residue), round
 * after round. Given an analysis (the editor's cached one), the first round reads it; given a text
 * (the CLI's, after Restore Paragraphs), every round analyses with `settings`.
 */
export function cleanUp(from: Analysis | string, settings: SpeechSettings, lang: Lang): CleanUpOutcome {
  const first = typeof from === 'string' ? undefined : from;
  const text = first ? first.model.text : (from as string);
  const result = cleanUpText(text, (t) => (first && t === text ? first : analyzeSpeech(t, settings)).findings);
  return { ...result, message: cleanUpSummary(result.changed, result.left.length, lang) };
}

export interface RestoreOutcome extends RestoreResult {
  /** The one edit that makes `text` (undefined: nothing to restore). */
  readonly edit: TextEdit | undefined;
  readonly message: string;
}

/** Restore Paragraphs: what the text would become (a judgement: the editor previews it first). */
export function restore(text: string, headings: boolean, lang: Lang): RestoreOutcome {
  const result = restoreParagraphs(text, { headings });
  return { ...result, edit: minimalEdit(text, result.text), message: restoreSummary(result, lang) };
}

/** Paragraph breaks Restore Paragraphs would add inside single lines: the text lost its paragraphs. */
export function lostParagraphs(text: string): number {
  return restoreParagraphs(text).breaksInLines;
}
