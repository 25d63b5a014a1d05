import { parseDocument, isMap } from 'yaml';
import type { FrontMatter, Span } from '../model.js';

/** Limits that keep hostile YAML (alias bombs) from eating the server. */
const MAX_ALIAS_COUNT = 50;

/** Builds the front matter from remark-frontmatter's `yaml` node. */
export function parseFrontMatter(text: string, node: Span & { value: string }): FrontMatter {
  const contentStart = contentOffset(text, node);
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  let data: Record<string, unknown> | undefined;
  let resolveError: string | undefined;
  if (doc.errors.length === 0 && isMap(doc.contents)) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    } catch (error) {
      resolveError = error instanceof Error ? error.message : String(error);
    }
  }
  return { start: node.start, end: node.end, contentStart, source: node.value, doc, data, resolveError };
}

/** The YAML text follows the opening fence and its line break (LF or CRLF). */
function contentOffset(text: string, node: Span & { value: string }): number {
  if (node.value === '') return node.start + 3;
  const found = text.indexOf(node.value, node.start + 3);
  return found >= 0 && found < node.end ? found : node.start + 4;
}

/** A `---` first line whose fence never closes: remark sees a thematic break, the writer meant front matter. */
export function findUnterminatedFrontMatter(text: string, bodyStart: number): Span | undefined {
  const m = /^---[ \t]*(\r\n|\n|\r)/.exec(text.slice(bodyStart, bodyStart + 8));
  if (!m) return undefined;
  const rest = text.slice(bodyStart + m[0].length);
  if (/^---[ \t]*$/m.test(rest)) return undefined;
  return { start: bodyStart, end: bodyStart + 3 };
}
