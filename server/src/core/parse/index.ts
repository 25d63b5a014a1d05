import type { Lang, SpeechModel } from '../model.js';
import { parseMarkdown } from './markdown.js';
import { findUnterminatedFrontMatter, parseFrontMatter } from './frontMatter.js';
import { guessLanguage } from './language.js';

const BOM = 0xfeff;

/** Parses a whole speech (front matter + Markdown body) into the model that rules read. */
export function parseSpeech(text: string): SpeechModel {
  // remark drops a BOM and counts from after it; keep offsets in the caller's text.
  const base = text.charCodeAt(0) === BOM ? 1 : 0;
  const { yaml, blocks } = parseMarkdown(base ? text.slice(1) : text, base);
  const frontMatter = yaml ? parseFrontMatter(text, yaml) : undefined;
  const bodyStart = frontMatter ? frontMatter.end : base;
  const unterminatedFrontMatter = frontMatter ? undefined : findUnterminatedFrontMatter(text, base);
  const declared = frontMatter?.data?.['lang'];
  const langExplicit = declared === 'zh-CN' || declared === 'en';
  const lang: Lang = langExplicit ? (declared as Lang) : guessLanguage(text, bodyStart);
  return { text, lang, langExplicit, frontMatter, unterminatedFrontMatter, bodyStart, blocks };
}
