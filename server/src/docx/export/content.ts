/**
 * The speech as a reader sees it on paper: the title block, then headings and paragraphs, each a
 * list of runs. Read from the checked model (front matter values, blocks, structure); no Word here.
 */
import type { Analysis, Lang } from '../../core/index.js';
import { blockRuns, type Run } from './inline.js';
import type { Message } from '../../core/index.js';
import type { SubtitleSetting } from './options.js';

export type ParagraphKind =
  | 'title' | 'subtitle' | 'speaker' | 'date'
  | 'heading1' | 'heading2' | 'heading3' | 'heading4'
  | 'salutation' | 'body' | 'plain';

export interface ExportParagraph {
  readonly kind: ParagraphKind;
  readonly runs: readonly Run[];
}

export interface SpeechContent {
  readonly lang: Lang;
  readonly title: string;
  readonly paragraphs: readonly ExportParagraph[];
  /** What the Word document leaves out or changes, for the writer to know. */
  readonly notes: readonly Message[];
  /**
   * The speech's front matter as written, kept in the document as the custom property
   * `PodiumFrontMatter`: import takes back from it what Word does not show (template, minutes, tags).
   */
  readonly frontMatter?: string;
}

const HEADING: Record<number, ParagraphKind> = { 1: 'heading1', 2: 'heading1', 3: 'heading2', 4: 'heading3' };

/** Builds the paragraphs of the exported document from an analysis. */
export function speechContent(analysis: Analysis, subtitle: SubtitleSetting): SpeechContent {
  const { model, structure } = analysis;
  const data = model.frontMatter?.data ?? {};
  const lang = model.lang;
  const notes: Message[] = [];
  const paragraphs: ExportParagraph[] = [];
  const titleBlock = structure.title ? model.blocks.find((b) => b.start === structure.title!.start) : undefined;
  const titleText = (titleBlock ? plain(blockRuns(titleBlock, model.text)[0] ?? []) : '') || stringValue(data['title']) || '';
  if (titleText) paragraphs.push({ kind: 'title', runs: [{ text: titleText }] });
  const sub = subtitleText(stringValue(data['occasion']), titleText, subtitle, lang);
  if (sub) paragraphs.push({ kind: 'subtitle', runs: [{ text: sub }] });
  const speaker = stringValue(data['speaker']);
  if (speaker) paragraphs.push({ kind: 'speaker', runs: [{ text: speaker }] });
  const date = dateText(data['date'], lang);
  if (date) paragraphs.push({ kind: 'date', runs: [{ text: date }] });

  let skipped = { html: 0, table: 0, code: 0 };
  for (const block of model.blocks) {
    if (block === titleBlock || block.kind === 'thematicBreak' || block.kind === 'definition') continue;
    if (block.kind === 'html') {
      if (model.text.slice(block.start, block.end).replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim()) skipped.html++;
      continue;
    }
    if (block.kind === 'code') {
      skipped.code++;
      for (const line of codeLines(model.text.slice(block.start, block.end))) paragraphs.push({ kind: 'plain', runs: [{ text: line }] });
      continue;
    }
    if (block.kind === 'table') skipped.table++;
    const lines = blockRuns(block, model.text);
    if (block.kind === 'heading') {
      const kind = HEADING[block.depth] ?? 'heading4';
      const runs = lines.flat();
      if (runs.length) paragraphs.push({ kind, runs });
      continue;
    }
    const salutation = structure.salutation && block.start === structure.salutation.start;
    for (const runs of lines) paragraphs.push({ kind: salutation ? 'salutation' : 'body', runs });
  }
  if (skipped.html) notes.push({ en: `${skipped.html} HTML block(s) left out.`, 'zh-CN': `已略去 ${skipped.html} 个 HTML 块。` });
  if (skipped.table) notes.push({ en: `${skipped.table} table(s) exported as plain paragraphs.`, 'zh-CN': `${skipped.table} 个表格已按普通段落导出。` });
  if (skipped.code) notes.push({ en: `${skipped.code} code block(s) exported as plain paragraphs.`, 'zh-CN': `${skipped.code} 个代码块已按普通段落导出。` });
  if (!titleText) notes.push({ en: 'The speech has no title: the document starts with its body.', 'zh-CN': '讲话稿没有标题，文档从正文开始。' });
  const frontMatter = model.frontMatter && !model.frontMatter.doc.errors.length ? xmlText(model.frontMatter.source) : undefined;
  return { lang, title: xmlText(titleText), paragraphs: paragraphs.map((p) => ({ kind: p.kind, runs: p.runs.map((r) => ({ ...r, text: xmlText(r.text) })) })), notes, ...(frontMatter ? { frontMatter } : {}) };
}

/**
 * Characters XML 1.0 cannot hold (control characters pasted from PDFs, U+FFFE/U+FFFF) are left
 * out and a lone surrogate becomes U+FFFD: Word refuses a document that contains them.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function plain(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('').trim();
}

function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * `——在…上的讲话` under a title that names the subject, the double title of Chinese speeches;
 * a title that already says where it was given (在…上的讲话) needs none.
 */
function subtitleText(occasion: string | undefined, title: string, setting: SubtitleSetting, lang: Lang): string | undefined {
  if (!occasion || setting === 'never' || lang !== 'zh-CN') return undefined;
  const plainOccasion = occasion.replace(/^在/, '').replace(/(上的)?(讲话|致辞|发言)$/, '').replace(/上$/, '');
  if (setting === 'auto' && (/^在.*(讲话|致辞|发言)$/.test(title.replace(/\s/g, '')) || title.includes(plainOccasion))) return undefined;
  return `——在${plainOccasion}上的讲话`;
}

/** `（2020年7月15日）` (GB/T 9704-2012 7.3.5 writes dates in Arabic numerals); English: `July 15, 2020`. */
function dateText(value: unknown, lang: Lang): string | undefined {
  let y: number, m: number, d: number;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    [y, m, d] = value.trim().split('-').map(Number) as [number, number, number];
  } else {
    const text = stringValue(value);
    return text && (lang === 'zh-CN' ? `（${text.replace(/^[（(]|[)）]$/g, '')}）` : text);
  }
  if (lang === 'zh-CN') return `（${y}年${m}月${d}日）`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return month ? `${month} ${d}, ${y}` : `${y}-${m}-${d}`;
}

/** A fenced or indented code block's lines, without fences or indentation. */
function codeLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (/^\s*(```|~~~)/.test(lines[0] ?? '')) {
    lines.shift();
    if (/^\s*(```|~~~)/.test(lines[lines.length - 1] ?? '')) lines.pop();
    return lines.filter((l) => l.trim());
  }
  return lines.map((l) => l.replace(/^( {4}|\t)/, '')).filter((l) => l.trim());
}
