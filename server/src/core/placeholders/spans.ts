import { isScalar, visit, type Scalar } from 'yaml';
import type { SpeechModel, Span } from '../model.js';
import { shift } from '../rules/frontMatterNodes.js';
import { blockPlaceholders, findPlaceholders } from './builtin.js';

/**
 * Every unfilled placeholder of a speech, in reading order: the front matter's string values
 * (never its keys), then each block's prose. The placeholder rule reports these; statistics
 * counts them even when the rule is off, without building the rule's messages.
 */
export function placeholderSpans(model: SpeechModel, userPatterns: readonly RegExp[]): Span[] {
  const found = frontMatterPlaceholders(model, userPatterns);
  for (const block of model.blocks) found.push(...blockPlaceholders(model.text, block, userPatterns));
  return found;
}

/** The placeholders in the front matter's string values (never its keys). */
export function frontMatterPlaceholders(model: SpeechModel, userPatterns: readonly RegExp[]): Span[] {
  const { text } = model;
  const found: Span[] = [];
  const fm = model.frontMatter;
  if (fm && fm.doc.errors.length === 0) {
    visit(fm.doc, {
      Scalar(key, node: Scalar) {
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range || key === 'key') return;
        const span = shift(fm, node.range);
        found.push(...findPlaceholders(text, span.start, span.end, userPatterns));
      },
    });
  }
  return found;
}
