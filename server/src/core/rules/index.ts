import type { Rule } from './rule.js';
import { frontMatterSyntax } from './front-matter-syntax.js';
import { frontMatterSchema } from './front-matter-schema.js';
import { unknownTemplate } from './unknown-template.js';
import { missingSection } from './missing-section.js';
import { sectionOrder } from './section-order.js';
import { duplicateSection } from './duplicate-section.js';
import { emptySection } from './empty-section.js';
import { sectionLength } from './section-length.js';
import { placeholder } from './placeholder.js';
import { numberingSequence } from './numbering-sequence.js';
import { numberingHierarchy } from './numbering-hierarchy.js';
import { numberingStyle } from './numbering-style.js';
import { numberingCount } from './numbering-count.js';
import { repeatedWord } from './repeated-word.js';
import { indentedParagraph } from './indented-paragraph.js';
import { numberForm } from './proofreading/number-form.js';
import { pasteResidue } from './proofreading/paste-residue.js';
import { wordUsage } from './proofreading/word-usage.js';
import { punctuationWidth } from './proofreading/punctuation-width.js';
import { punctuationPair } from './proofreading/punctuation-pair.js';
import { punctuationMark } from './proofreading/punctuation-mark.js';
import { cjkSpacing } from './proofreading/cjk-spacing.js';

/** Every rule Podium runs, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  frontMatterSyntax,
  frontMatterSchema,
  unknownTemplate,
  missingSection,
  sectionOrder,
  duplicateSection,
  emptySection,
  sectionLength,
  placeholder,
  numberingSequence,
  numberingHierarchy,
  numberingStyle,
  numberingCount,
  repeatedWord,
  indentedParagraph,
  numberForm,
  pasteResidue,
  wordUsage,
  punctuationWidth,
  punctuationPair,
  punctuationMark,
  cjkSpacing,
];
