/**
 * Shapes of input whose parse cost may grow out of proportion to their size: long runs of one
 * kind of line (blank, heading, list item, quote, table row, rule…) and single pathological
 * lines. Each generator repeats its unit up to about `size` UTF-16 units. The robustness tests
 * analyse each under a hard heap cap; `probe.ts` measures time and memory against plain remark.
 */
export const FM = '---\ntitle: 讲话\n---\n\n';

function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export const SHAPES: Readonly<Record<string, (size: number) => string>> = {
  'blank lines': (n) => fill('\n', n),
  'blank lines after a list item': (n) => '- a\n' + fill('\n', n) + '  b\n',
  'blank lines inside a fence': (n) => '```\n' + fill('\n', n) + '```\n',
  'blank lines of spaces': (n) => fill('  \n', n),
  '## headings': (n) => fill('##\n', n),
  'headings with titles': (n) => fill('## 一、标题\n', n),
  'list items': (n) => fill('- a\n', n),
  'loose list items': (n) => fill('- a\n\n', n),
  'ordered list items': (n) => fill('1. a\n', n),
  'nested list items': (n) => fill('- a\n  - b\n', n),
  'quote lines': (n) => fill('> a\n', n),
  'quote markers': (n) => fill('> > > >\n', n),
  'table rows': (n) => '| a | b |\n| - | - |\n' + fill('| 1 | 2 |\n', n),
  '--- lines': (n) => fill('---\n', n),
  '*** lines': (n) => fill('***\n', n),
  '=== after text': (n) => fill('a\n===\n', n),
  '--- after text': (n) => fill('a\n---\n', n),
  'paragraph lines': (n) => fill('落实责任\n', n),
  'a single line': (n) => fill('落实责任，', n),
  'a single line of spaces': (n) => 'a' + fill(' ', n) + 'b\n',
  'HTML comments': (n) => fill('<!-- c -->\n', n),
  'an open HTML comment': (n) => '<!--\n' + fill('a\n', n),
  'HTML lines': (n) => fill('<div>\n', n),
  '# without space': (n) => fill('#', n),
  '#a lines': (n) => fill('#a\n', n),
  '* markers': (n) => fill('*', n) + 'a\n',
  '_ markers': (n) => fill('_', n) + 'a\n',
  '*a* pairs': (n) => fill('*a', n) + '\n',
  '[ brackets': (n) => fill('[', n) + 'a\n',
  '[a]( links': (n) => fill('[a](', n) + '\n',
  '` backticks': (n) => fill('`a', n) + '\n',
  'indented code': (n) => fill('    a\n', n),
  'deep list nesting': (n) => Array.from({ length: Math.floor(Math.sqrt(n)) }, (_, i) => ' '.repeat(i * 2) + '- a').join('\n') + '\n',
  'deep quote nesting': (n) => '>'.repeat(n) + ' a\n',
  '- markers on one line': (n) => fill('- ', n) + 'a\n',
  'speech-like text': (n) => fill('## 一、标题\n\n同志们，一是落实责任。二是加强管理。\n\n', n),
  // One series, every other point out of place: each finding once built its own renumbering.
  'points numbered 2.': (n) => fill('2. a\n', n),
  'headings numbered 二、': (n) => fill('## 二、标题\n', n),
};

/** Shapes nested past the parse's depth guard: one opaque block by design, not remark's tree. */
export const OPAQUE = new Set(['* markers', 'deep quote nesting', '- markers on one line']);

/** Costly at about 1 MB before chunks had a size bound: the heap-capped test runs these. */
export const COSTLY = ['blank lines', 'blank lines after a list item', 'blank lines inside a fence', '## headings', 'list items', 'nested list items', 'quote markers', 'table rows', '--- lines', '=== after text', 'an open HTML comment', 'HTML comments'];
