import { parse, stringify } from 'yaml';
import { guessLanguage } from '../../core/parse/language.js';
import type { Message } from '../../core/i18n.js';
import { localizeAll } from '../../core/i18n.js';
import { displayedText, headingDepth, joinLabel } from './headings.js';
import { inlineMarkdown, plainText } from './inline.js';
import { LEFT_OUT_KINDS, MSG, type LeftOutKind } from './messages.js';
import type { DocBlock, Paragraph } from './paragraphs.js';
import { guessTemplate } from './template.js';
import { readTitleBlock } from './titleBlock.js';

export interface Notes { readonly footnotes: Map<string, DocBlock[]>; readonly endnotes: Map<string, DocBlock[]> }

export interface Composed { readonly markdown: string; readonly notes: Message[] }

/** Turns the draft's blocks into a speech: front matter from the title block, then the body. */
/** What the package says about the document besides its body. */
export interface DocumentFacts {
  readonly fileTitle: string;
  readonly hadHeadersOrFooters: boolean;
  /** Made by Podium's export: its headings are always Heading styles, so a typed `一、` paragraph is body text. */
  readonly fromPodium: boolean;
  /**
   * The speech's front matter as the exporter stored it (custom property `PodiumFrontMatter`):
   * the keys Word does not show (template, minutes, tags…) come back from it; what Word shows
   * (title, speaker, date, occasion) is read from the document, which a colleague may have edited.
   */
  readonly storedFrontMatter?: string;
}

/** Front matter keys the document itself shows. */
const SHOWN_KEYS = new Set(['title', 'speaker', 'date', 'occasion']);

export function compose(blocks: readonly DocBlock[], notes: Notes, facts: DocumentFacts): Composed {
  const { fileTitle, hadHeadersOrFooters } = facts;
  const messages: Message[] = [];
  const kept = blocks.filter((b) => b.kind !== 'paragraph' || !isEmpty(b));
  const head = readTitleBlock(kept);
  const trustStyles = facts.fromPodium || kept.some((b) => b.kind === 'paragraph' && b.headingLevel !== undefined && !b.style?.isTitle);
  const noteIds = new Map<string, number>();
  const noteRef = (part: 'footnotes' | 'endnotes', id: string) => {
    const key = `${part}:${id}`;
    if (!noteIds.has(key)) noteIds.set(key, noteIds.size + 1);
    return `[^${noteIds.get(key)}]`;
  };
  const out: string[] = [];
  const headings: string[] = [];
  const leftOut = new Map<LeftOutKind, number>();
  const countLeftOut = (what: LeftOutKind, preview = '') => {
    leftOut.set(what, (leftOut.get(what) ?? 0) + 1);
    out.push(`<!-- podium: left out ${LEFT_OUT_KINDS[what].en.replace(/\(.*\)/, '')}${preview ? ` “${preview.replace(/-{2,}|>/g, '—')}”` : ''} -->`);
  };
  for (const block of kept.slice(head.end)) {
    if (block.kind === 'leftOut') { countLeftOut(block.what, block.preview); continue; }
    const depth = headingDepth(block, trustStyles);
    if (depth !== undefined) {
      const text = inlineMarkdown(labelled(block), noteRef, true);
      if (depth === 2) headings.push(displayedText(block));
      if (text) out.push(`${'#'.repeat(depth)} ${text}`);
    } else {
      const text = inlineMarkdown(labelled(block), noteRef, false);
      if (text) out.push(block.label?.bullet ? `- ${text}` : text);
    }
    for (const what of block.leftOut) countLeftOut(what);
  }
  for (const [key, n] of noteIds) {
    const [part, id] = key.split(':') as ['footnotes' | 'endnotes', string];
    const paragraphs = (notes[part].get(id) ?? []).filter((b): b is Paragraph => b.kind === 'paragraph');
    const text = paragraphs.map((p) => inlineMarkdown(p.segments, () => '', false).replace(/\\\n/g, ' ')).filter(Boolean).join(' ');
    out.push(`[^${n}]: ${text}`);
  }
  const body = out.join('\n\n');
  const stored = storedKeys(facts.storedFrontMatter);
  const lang = typeof stored['lang'] === 'string' ? stored['lang'] : guessLanguage(body, 0);
  const visible = { title: head.title ?? fileTitle, speaker: head.speaker, occasion: head.occasion, date: head.date, lang };
  const template = 'template' in stored ? undefined
    : guessTemplate(visible.title, headings, lang === 'en' ? 'en' : 'zh-CN', (id) => `${frontMatter(visible, stored, id)}\n${body}\n`);
  if (!head.title) messages.push(localizeAll(MSG.noTitle));
  if (template) messages.push(localizeAll(MSG.templateGuessed, { template }));
  for (const [what, count] of leftOut) {
    messages.push(localizeAll(MSG.leftOut, { count, what: LEFT_OUT_KINDS[what].en, whatZh: LEFT_OUT_KINDS[what]['zh-CN'] }));
  }
  if (hadHeadersOrFooters) messages.push(localizeAll(MSG.headersDropped));
  const front = frontMatter(visible, stored, template);
  return { markdown: `${front}\n${body}\n`.replace(/\r\n?/g, '\n'), notes: messages };
}

function isEmpty(p: Paragraph): boolean {
  return p.leftOut.length === 0 && !p.segments.some((s) => s.kind === 'note') && plainText(p.segments) === '' && !(p.label && !p.label.bullet && p.label.text);
}

/** The segments with the automatic-numbering label in front, as Word displays it. */
function labelled(p: Paragraph): Paragraph['segments'] {
  if (!p.label || p.label.bullet || !p.label.text) return p.segments;
  const first = p.segments.find((s) => s.kind === 'text');
  const joined = joinLabel(p.label.text, first?.kind === 'text' ? first.text.replace(/^[\s\u3000]+/, '') : '');
  const label = joined.slice(0, joined.length - (first?.kind === 'text' ? first.text.replace(/^[\s\u3000]+/, '').length : 0));
  const style = first?.kind === 'text' ? first : { bold: false, italic: false, headingFont: false };
  return [{ kind: 'text', text: label, bold: style.bold, italic: style.italic, headingFont: style.headingFont }, ...trimStart(p.segments)];
}

function trimStart(segments: Paragraph['segments']): Paragraph['segments'] {
  const out = [...segments];
  const i = out.findIndex((s) => s.kind === 'text');
  const first = out[i];
  if (first?.kind === 'text') out[i] = { ...first, text: first.text.replace(/^[\s\u3000]+/, '') };
  return out;
}

/** The stored front matter's keys that Word does not show; nothing when absent or not a YAML mapping. */
function storedKeys(source: string | undefined): Record<string, unknown> {
  if (!source) return {};
  try {
    const data: unknown = parse(source, { maxAliasCount: 0 });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([key]) => !SHOWN_KEYS.has(key)));
  } catch {
    return {};
  }
}

function frontMatter(values: Record<string, string | undefined>, stored: Record<string, unknown>, template: string | undefined): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') lines.push(`${key}: ${stringify(value).trimEnd()}`);
  }
  for (const [key, value] of Object.entries(stored)) {
    if (key !== 'lang' && value !== undefined) lines.push(stringify({ [key]: value }, { flowCollectionPadding: false }).trimEnd());
  }
  if (template) {
    lines.push('# template guessed by `podium import` from the headings: check it');
    lines.push(`template: ${template}`);
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
