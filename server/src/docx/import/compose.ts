import { guessLanguage } from '../../core/parse/language.js';
import type { Message } from '../../core/i18n.js';
import { localizeAll } from '../../core/i18n.js';
import { displayedText, headingDepth, joinLabel } from './headings.js';
import { inlineMarkdown, plainText } from './inline.js';
import { LEFT_OUT_KINDS, MSG, type LeftOutKind } from './messages.js';
import type { DocBlock, Paragraph } from './paragraphs.js';
import { guessTemplate } from './template.js';
import { frontMatter, storedKeys } from './frontMatter.js';
import { readTitleBlock } from './titleBlock.js';

export interface Notes { readonly footnotes: Map<string, DocBlock[]>; readonly endnotes: Map<string, DocBlock[]> }

export interface Composed { readonly markdown: string; readonly notes: Message[] }

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

/** Turns the draft's blocks into a speech: front matter from the title block, then the body. */
export function compose(blocks: readonly DocBlock[], notes: Notes, facts: DocumentFacts): Composed {
  const kept = blocks.filter((b) => b.kind !== 'paragraph' || !isEmpty(b));
  const head = readTitleBlock(kept);
  const trustStyles = facts.fromPodium || kept.some((b) => b.kind === 'paragraph' && b.headingLevel !== undefined && !b.style?.isTitle);
  const written = writeBody(kept.slice(head.end), notes, trustStyles);
  const body = written.out.join('\n\n');
  const stored = storedKeys(facts.storedFrontMatter);
  const lang = typeof stored['lang'] === 'string' ? stored['lang'] : guessLanguage(body, 0);
  const visible = { title: head.title ?? facts.fileTitle, speaker: head.speaker, occasion: head.occasion, date: head.date, lang };
  const template = 'template' in stored ? undefined
    : guessTemplate(visible.title, written.headings, lang === 'en' ? 'en' : 'zh-CN', (id) => `${frontMatter(visible, stored, id)}\n${body}\n`);
  const messages: Message[] = [];
  if (!head.title) messages.push(localizeAll(MSG.noTitle));
  if (template) messages.push(localizeAll(MSG.templateGuessed, { template }));
  for (const [what, count] of written.leftOut) {
    messages.push(localizeAll(MSG.leftOut, { count, what: LEFT_OUT_KINDS[what].en, whatZh: LEFT_OUT_KINDS[what]['zh-CN'] }));
  }
  if (facts.hadHeadersOrFooters) messages.push(localizeAll(MSG.headersDropped));
  return { markdown: `${frontMatter(visible, stored, template)}\n${body}\n`.replace(/\r\n?/g, '\n'), notes: messages };
}

/** The body's Markdown blocks, the `##` headings' text (for the template guess) and what was left out. */
function writeBody(blocks: readonly DocBlock[], notes: Notes, trustStyles: boolean) {
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
  for (const block of blocks) {
    if (block.kind === 'leftOut') { countLeftOut(block.what, block.preview); continue; }
    const depth = headingDepth(block, trustStyles);
    const text = inlineMarkdown(labelled(block), noteRef, depth !== undefined);
    if (depth === 2) headings.push(displayedText(block));
    if (text) out.push(depth !== undefined ? `${'#'.repeat(depth)} ${text}` : block.label?.bullet ? `- ${text}` : text);
    for (const what of block.leftOut) countLeftOut(what);
  }
  for (const [key, n] of noteIds) out.push(`[^${n}]: ${noteText(notes, key)}`);
  return { out, headings, leftOut };
}

/** A footnote's or endnote's paragraphs on one line. */
function noteText(notes: Notes, key: string): string {
  const [part, id] = key.split(':') as ['footnotes' | 'endnotes', string];
  const paragraphs = (notes[part].get(id) ?? []).filter((b): b is Paragraph => b.kind === 'paragraph');
  return paragraphs.map((p) => inlineMarkdown(p.segments, () => '', false).replace(/\\\n/g, ' ')).filter(Boolean).join(' ');
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
