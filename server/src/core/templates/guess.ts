import type { SpeechModel } from '../model.js';
import type { TemplateSet } from './registry.js';
import type { Template } from './types.js';

const PART_NUMBER = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[，、部]|（[一二三四五六七八九十]+）|(?:First|Second|Third|Finally)\b)/u;

/** At least this many of a template's part sections must be named in the text to guess it. */
const MIN_SECTIONS = 2;

/**
 * The template a speech without one most likely follows: the one whose part sections are named
 * (by their keywords) in the most headings or paragraph openings, in the speech's language.
 * Generic when no template has MIN_SECTIONS sections named, or two tie: a guess must be clear.
 */
export function guessTemplate(model: SpeechModel, templates: TemplateSet): Template | undefined {
  // Headings, and paragraphs that open with a part's number (a pasted draft's headings): the
  // words of ordinary prose name every section somewhere and would make any guess.
  const leads: string[] = [];
  for (const b of model.blocks) {
    if (b.kind === 'heading') leads.push(b.title ?? '');
    else if (b.kind === 'paragraph') {
      const first = model.text.slice(b.start, Math.min(b.end, b.start + 40)).split(/\r?\n/)[0]!;
      if (PART_NUMBER.test(first)) leads.push(first);
    }
  }
  const title = titleOf(model);
  let best: Template | undefined;
  let bestScore = 0;
  let bestTie = [0, 0];
  let tie = false;
  for (const template of templates.templates.values()) {
    if (template.lang !== model.lang) continue;
    const parts = template.sections.filter((s) => s.kind === 'part' && s.keywords.length);
    const score = parts.filter((s) => leads.some((lead) => s.keywords.some((k) => lead.includes(k)))).length;
    // Between templates whose parts are named alike (a 述职会 and an inspection both have
    // achievements, problems, directives), the title decides: 在…述职会上的讲话.
    const breaker = [namedInTitle(template, title) ? 1 : 0, parts.length ? score / parts.length : 0];
    if (score > bestScore || (score === bestScore && score > 0 && compare(breaker, bestTie) > 0)) {
      best = template; bestScore = score; bestTie = breaker; tie = false;
    } else if (score === bestScore && compare(breaker, bestTie) === 0) tie = true;
  }
  if (bestScore < MIN_SECTIONS || tie) return templates.templates.get('generic');
  return best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  return a[0]! - b[0]! || a[1]! - b[1]!;
}

/** The speech's title: front matter `title`, else its first heading or short first line. */
function titleOf(model: SpeechModel): string {
  const fm = model.frontMatter?.data?.['title'];
  if (typeof fm === 'string') return fm;
  const first = model.blocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (!first) return '';
  return first.kind === 'heading' ? first.title ?? '' : model.text.slice(first.start, Math.min(first.end, first.start + 60));
}

/** Whether the title names the template's occasion: 述职会 in 在…述职会上的讲话, 开幕 in 开幕词. */
function namedInTitle(template: Template, title: string): boolean {
  if (!title) return false;
  const words = template.name[template.lang].split(/[/／、（）()·\s]+/u)
    .map((w) => w.replace(/(?:讲话稿|讲话|讲稿|发言|致辞|词|报告)$/u, ''))
    .filter((w) => w.length >= 2);
  return words.some((w) => title.includes(w));
}
