import type { Block, Lang, Span, SpeechModel } from '../model.js';
import { findChunking } from '../incremental/boundaries.js';
import { parseChunks } from '../incremental/chunked.js';
import { findUnterminatedFrontMatter, parseFrontMatter } from './frontMatter.js';
import { guessLanguage } from './language.js';

const BOM = 0xfeff;

/** 1 when the text opens with a byte order mark (remark drops it and counts from after it). */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === BOM ? 1 : 0;
}

/**
 * Parses a whole speech (front matter + Markdown body) into the model that rules read.
 * The body is parsed in independent chunks at safe boundaries, so cost stays linear in size.
 */
export function parseSpeech(text: string): SpeechModel {
  const base = bomLength(text);
  const source = base ? text.slice(1) : text;
  const { yaml, blocks } = parseChunks(source, base, findChunking(source));
  return assembleModel(text, base, blocks, yaml);
}

/**
 * Builds the model from parsed blocks. `reuse` hands over the previous model's front matter
 * when an incremental re-parse left it untouched.
 */
export function assembleModel(text: string, base: number, blocks: Block[], yaml: (Span & { value: string }) | undefined, reuse?: SpeechModel): SpeechModel {
  const frontMatter = reuse ? reuse.frontMatter : yaml ? parseFrontMatter(text, yaml) : undefined;
  const bodyStart = frontMatter ? frontMatter.end : base;
  const unterminatedFrontMatter = frontMatter ? undefined : findUnterminatedFrontMatter(text, base);
  const declared = frontMatter?.data?.['lang'];
  const langExplicit = declared === 'zh-CN' || declared === 'en';
  const lang: Lang = langExplicit ? (declared as Lang) : guessLanguage(text, bodyStart);
  return { text, lang, langExplicit, frontMatter, unterminatedFrontMatter, bodyStart, blocks };
}
