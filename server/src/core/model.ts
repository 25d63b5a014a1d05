import type { Document as YamlDocument } from 'yaml';
import type { BlockCache } from './blockCache.js';

/** Speech language; it decides the language of every message. */
export type Lang = 'zh-CN' | 'en';

/** A half-open range of UTF-16 offsets into the original text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface FrontMatter extends Span {
  /** Offset of the first character of the YAML text (after the opening fence). */
  readonly contentStart: number;
  readonly source: string;
  readonly doc: YamlDocument.Parsed;
  /** The mapping's plain values, or undefined when the YAML is not a mapping or cannot be resolved. */
  readonly data: Record<string, unknown> | undefined;
  /** Set when the YAML could not be turned into values (alias bomb, nesting). */
  readonly resolveError?: string;
}

export type BlockKind =
  | 'heading' | 'paragraph' | 'code' | 'html' | 'list' | 'blockquote'
  | 'table' | 'thematicBreak' | 'definition' | 'other';

/** One top-level Markdown block, the unit that rules read and that incremental parsing replaces. */
export interface Block extends Span {
  readonly kind: BlockKind;
  /** Heading level (1–6); 0 for other blocks. */
  readonly depth: number;
  /** Spans of prose a writer typed: text nodes only, never code, HTML or link targets. */
  readonly texts: readonly Span[];
  /** Spans of HTML comments (`<!-- … -->`) anywhere in the block. */
  readonly comments: readonly Span[];
  /** For headings: the heading text without `#` marks or a trailing `{#id}`. */
  readonly title?: string;
  /** For headings: a trailing explicit section id `{#id}` and its span. */
  readonly anchor?: { readonly id: string } & Span;
  /** Results computed from this block's text; a copy moved by an incremental parse shares it. */
  readonly cache: BlockCache;
}

export interface SpeechModel {
  readonly text: string;
  readonly lang: Lang;
  /** True when `lang` came from front matter rather than a guess. */
  readonly langExplicit: boolean;
  readonly frontMatter?: FrontMatter;
  /** A front matter block that opens with `---` but never closes. */
  readonly unterminatedFrontMatter?: Span;
  /** Offset where the Markdown body starts (after front matter and BOM). */
  readonly bodyStart: number;
  readonly blocks: readonly Block[];
}
