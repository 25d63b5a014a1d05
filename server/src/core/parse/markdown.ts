import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent, Nodes, Heading } from 'mdast';
import { ParsedBlock } from '../block.js';
import { keptSpans } from '../blockSpans.js';
import type { Block, BlockKind, Span } from '../model.js';
import { headingTitle } from './headingTitle.js';
import { plainBlocks } from './plainBlocks.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
// Chunks after the first: a `---` there is a thematic break, never front matter.
const bodyProcessor = unified().use(remarkParse);

const BLOCK_KINDS: Record<string, BlockKind> = {
  heading: 'heading', paragraph: 'paragraph', code: 'code', html: 'html', list: 'list',
  blockquote: 'blockquote', table: 'table', thematicBreak: 'thematicBreak', definition: 'definition',
};


/**
 * A chunk's blocks, as parseMarkdown gives them: closed front matter is cut off as
 * remark-frontmatter would cut it, and the text after it (which starts afresh) parsed on its own,
 * often plain prose that needs no remark at all (test/core/plainBlocks.test.ts compares the two).
 */
export function parseChunk(source: string, base: number, frontMatter: boolean): { yaml?: Span & { value: string }; blocks: Block[] } {
  const fm = frontMatter ? closedFrontMatter(source) : undefined;
  if (!fm) return parseMarkdown(source, base, frontMatter);
  const blocks = plainBlocks(source, base, fm.next, source.length) ?? parseMarkdown(source.slice(fm.next), base + fm.next, false).blocks;
  return { yaml: { start: base, end: base + fm.end, value: fm.value }, blocks };
}

/** Parses Markdown with remark; every offset returned is shifted by `base`. */
export function parseMarkdown(source: string, base: number, frontMatter = true): { yaml?: Span & { value: string }; blocks: Block[] } {
  const root = (frontMatter ? processor : bodyProcessor).parse(source) as Root;
  const blocks: Block[] = [];
  let yaml: (Span & { value: string }) | undefined;
  for (const node of root.children) {
    const span = spanOf(node, base);
    if (!span) continue;
    if (node.type === 'yaml') {
      yaml = { ...span, value: node.value };
      continue;
    }
    blocks.push(toBlock(node, span, source, base));
  }
  return { yaml, blocks };
}

function toBlock(node: RootContent, span: Span, source: string, base: number): Block {
  const texts: Span[] = [];
  const comments: Span[] = [];
  collect(node, base, texts, comments, source);
  const kind = BLOCK_KINDS[node.type] ?? 'other';
  // Kept lists: shared when empty, exact-size otherwise (a block a line adds up on long runs).
  const keptTexts = keptSpans(texts);
  const keptComments = keptSpans(comments);
  if (node.type !== 'heading') return new ParsedBlock(kind, 0, span.start, span.end, keptTexts, keptComments);
  const { title, anchor } = headingParts(node, source, base);
  return new ParsedBlock(kind, node.depth, span.start, span.end, keptTexts, keptComments, title, anchor);
}

function headingParts(node: Heading, source: string, base: number): Pick<Block, 'title' | 'anchor'> {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const innerStart = first?.position?.start.offset ?? node.position!.end.offset!;
  return headingTitle(source, base, innerStart, last?.position?.end.offset ?? innerStart);
}

function collect(node: Nodes, base: number, texts: Span[], comments: Span[], source: string): void {
  if (node.type === 'text') {
    const span = spanOf(node, base);
    if (span) texts.push(span);
    return;
  }
  if (node.type === 'html') {
    const offset = node.position?.start.offset;
    if (offset === undefined) return;
    for (const m of node.value.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
      comments.push({ start: base + offset + m.index, end: base + offset + m.index + m[0].length });
    }
    return;
  }
  if ('children' in node) {
    for (const child of node.children) collect(child as Nodes, base, texts, comments, source);
  }
}

function spanOf(node: Nodes, base: number): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: base + start, end: base + end };
}

/**
 * Front matter as remark-frontmatter reads it: `---` (spaces or tabs after it) on the first line,
 * up to the next line that is `---` (the same); the node ends after the closing fence's spaces,
 * and its value is the text between the fences without the line break before the closing one.
 */
function closedFrontMatter(source: string): { end: number; value: string; next: number } | undefined {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(source);
  if (!open) return undefined;
  const body = open[0].length;
  const close = /^---[ \t]*$/m.exec(source.slice(body));
  if (!close) return undefined;
  const closeStart = body + close.index;
  const end = closeStart + close[0].length;
  let valueEnd = closeStart;
  if (valueEnd > body && source.charCodeAt(valueEnd - 1) === 10) valueEnd--;
  if (valueEnd > body && source.charCodeAt(valueEnd - 1) === 13) valueEnd--;
  const next = source.startsWith('\r\n', end) ? end + 2 : end < source.length ? end + 1 : end;
  return { end, value: source.slice(body, valueEnd), next };
}
