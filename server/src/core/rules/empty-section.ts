import { localize } from '../i18n.js';
import type { Rule } from './rule.js';

const CONTENT = new Set(['paragraph', 'list', 'blockquote', 'table', 'code']);

export const emptySection: Rule = {
  id: 'empty-section',
  description: { en: 'Every heading has text under it.', 'zh-CN': '每个标题下都有正文。' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    empty: { en: 'Heading "{title}" has no text under it.', 'zh-CN': '标题“{title}”下没有正文。' },
  },
  check({ model, lang }, report) {
    const { blocks } = model;
    blocks.forEach((block, k) => {
      if (block.kind !== 'heading' || block.depth < 2) return;
      for (let j = k + 1; j < blocks.length; j++) {
        const next = blocks[j]!;
        if (CONTENT.has(next.kind)) return;
        // A deeper heading is a child: its own emptiness is reported on it.
        if (next.kind === 'heading') {
          if (next.depth > block.depth) return;
          break;
        }
      }
      report({ message: localize(this.messages.empty!, lang, { title: block.title ?? '' }), start: block.start, end: block.end });
    });
  },
};
