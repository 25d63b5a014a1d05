import { BlockMemo } from '../blockCache.js';
import { localize } from '../i18n.js';
import type { Lang } from '../model.js';
import type { Rule } from './rule.js';
import { placeholderContext } from '../placeholders/context.js';
import { variantOf } from '../placeholders/builtin.js';
import { placeholderRuns, type PlaceholderRun } from '../placeholders/runs.js';
import { frontMatterPlaceholders } from '../placeholders/spans.js';

const messages = {
  found: { en: 'Unfilled placeholder "{text}": {context}', 'zh-CN': '未填写的占位符“{text}”：{context}' },
};

export const placeholder: Rule = {
  id: 'placeholder',
  description: { en: 'No unfilled placeholders (X, ×, XXX, 某某, TODO, ___, □).', 'zh-CN': '不留未填写的占位符（X、×、XXX、某某、TODO、___、□）。' },
  defaultSeverity: 'warning',
  fixable: false,
  messages,
  check({ model, lang, userPatterns }, report) {
    const { text } = model;
    for (const { start, end } of frontMatterPlaceholders(model, userPatterns)) report({ message: found(text, start, end, lang), start, end });
    // A block's messages are kept with it, a long span's with its segments: a long speech has
    // thousands, and a keystroke changes one block, in a one-line draft one segment.
    const variant = `${lang}\u0000${variantOf(userPatterns)}`;
    for (const block of model.blocks) {
      const runs = memo.get(block, variant, () => placeholderRuns(text, block, userPatterns, lang, messages.found));
      for (const { hits, by } of runs) {
        const at = block.start + by;
        for (const h of hits) report({ message: h.message, start: at + h.start, end: at + h.end });
      }
    }
  },
};

const memo = new BlockMemo<readonly PlaceholderRun[]>();

// The context is read from the placeholder's own line, which lies within its block.
function found(text: string, start: number, end: number, lang: Lang): string {
  return localize(messages.found, lang, { text: text.slice(start, end), context: placeholderContext(text, start, end, lang) });
}
