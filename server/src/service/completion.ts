import { DEFAULT_RATES, FRONT_MATTER_KEYS, localize, MESSAGES, sectionStatuses, type Analysis, type Lang, type TemplateSet } from '../core/index.js';
import { positionsOf, type Position, type Positions, type Range } from './positions.js';

/** Characters after which an editor should ask for completion. */
export const COMPLETION_TRIGGERS = [':', ' ', '#'];

/**
 * One suggestion. `key`: a front matter key, inserted at the cursor with `insertText`, after which
 * the editor asks again (`retrigger`) for its values; `value`: a key's value; `section`: a missing
 * section's heading and skeleton. `edit` replaces what was typed.
 */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'section';
  readonly detail?: string;
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
  readonly insertText?: string;
  readonly retrigger?: boolean;
  readonly edit?: { readonly range: Range; readonly newText: string };
}

const KEY_DOCS: Readonly<Record<string, Record<Lang, string>>> = {
  title: { en: 'Title of the speech', 'zh-CN': '讲话标题' },
  template: { en: 'Template the speech follows', 'zh-CN': '讲话稿所用模板' },
  lang: { en: 'Language of the speech', 'zh-CN': '讲话语言' },
  speaker: { en: 'Who gives the speech', 'zh-CN': '讲话人' },
  occasion: { en: 'Meeting or occasion', 'zh-CN': '会议或场合' },
  audience: { en: 'Who listens', 'zh-CN': '听众' },
  date: { en: 'Date (YYYY-MM-DD)', 'zh-CN': '日期（YYYY-MM-DD）' },
  minutes: { en: 'Time the speaker has, in minutes', 'zh-CN': '讲话时长（分钟）' },
  rate: { en: 'Speaking rate of this speaker: characters or words per minute', 'zh-CN': '本讲话人的语速：每分钟字数（英文为词数）' },
  tags: { en: 'Tags', 'zh-CN': '标签' },
};

/** The analysed text, read line by line through `positions`. */
interface Lines {
  readonly count: number;
  /** From `from` to `to`, line breaks included. */
  slice(from: Position, to: Position): string;
}

/**
 * Completion in a speech: front matter keys and their values (template ids, `lang`, today's
 * date, rates), and in the body the `##` headings of template sections the speech still lacks.
 * Works on the raw line text, so it helps while the YAML is half typed.
 */
export function completions(
  analysis: Analysis, position: Position, templates: TemplateSet, uiLang: Lang, today = new Date(),
  positions: Positions = positionsOf(analysis.lines),
): CompletionEntry[] {
  const text = analysis.model.text;
  const lines: Lines = { count: positions.lineCount, slice: (from, to) => text.slice(positions.offsetAt(from), positions.offsetAt(to)) };
  const lineStart = { line: position.line, character: 0 };
  const before = lines.slice(lineStart, position);
  if (inFrontMatter(lines, position.line)) return frontMatterItems(lines, before, position, templates, analysis, uiLang, today);
  if (/^#{0,2}\s*[^\s#]*$/.test(before) && (before.startsWith('#') || before === '')) {
    return sectionItems(analysis, uiLang, { start: lineStart, end: position });
  }
  return [];
}

const line = (lines: Lines, l: number) => lines.slice({ line: l, character: 0 }, { line: l + 1, character: 0 });

function inFrontMatter(lines: Lines, at: number): boolean {
  if (at === 0 || !/^---[ \t]*$/.test(lines.slice({ line: 0, character: 0 }, { line: 0, character: 10 }).trimEnd())) return false;
  for (let l = 1; l < at; l++) {
    if (/^(---|\.\.\.)\s*$/.test(line(lines, l))) return false;
  }
  return true;
}

function frontMatterItems(lines: Lines, before: string, position: Position, templates: TemplateSet, analysis: Analysis, uiLang: Lang, today: Date): CompletionEntry[] {
  const keyTyped = /^([A-Za-z-]*)$/.exec(before);
  if (keyTyped) {
    // Keys read from the lines, not the YAML: the line being typed makes the YAML invalid.
    const present = new Set<string>();
    for (let l = 1; l < lines.count; l++) {
      const text = line(lines, l);
      if (/^(---|\.\.\.)\s*$/.test(text)) break;
      const key = /^([A-Za-z-]+)\s*:/.exec(text)?.[1];
      if (key && l !== position.line) present.add(key);
    }
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, spec], i) => ({
        label: key,
        kind: 'key',
        detail: spec.expected[uiLang],
        documentation: KEY_DOCS[key]?.[uiLang],
        sortText: String(i).padStart(2, '0'),
        insertText: `${key}: `,
        retrigger: true,
      }));
  }
  const valueTyped = /^([A-Za-z-]+):\s*([^\s]*)$/.exec(before);
  if (!valueTyped) return [];
  const range = { start: { line: position.line, character: before.length - valueTyped[2]!.length }, end: position };
  const value = (label: string, detail?: string, sort?: number): CompletionEntry => ({
    label, kind: 'value', edit: { range, newText: label },
    ...(detail ? { detail } : {}), ...(sort !== undefined ? { sortText: String(sort).padStart(2, '0') } : {}),
  });
  switch (valueTyped[1]) {
    case 'template':
      // Each with its one-line description and required sections, as New Speech shows them.
      return [...templates.templates.values()].map((t, i) => {
        const required = t.sections.filter((s) => s.required).map((s) => s.label[uiLang]).join('、');
        const documentation = [t.description?.[uiLang], required && localize(MESSAGES.requiredSections, uiLang, { sections: required })].filter(Boolean).join('\n\n');
        return { ...value(t.id, `${t.name[uiLang]} (${t.lang})`, i), ...(documentation ? { documentation } : {}) };
      });
    case 'lang':
      return [value('zh-CN', localize(MESSAGES.langZh, uiLang)), value('en', localize(MESSAGES.langEn, uiLang))];
    case 'date':
      return [value(isoDate(today), localize(MESSAGES.today, uiLang))];
    case 'rate': {
      const lang = analysis.model.lang;
      return [value(String(DEFAULT_RATES[lang]), localize(lang === 'zh-CN' ? MESSAGES.charsPerMinute : MESSAGES.wordsPerMinute, uiLang))];
    }
    case 'minutes':
      return [5, 10, 15, 20, 30, 45, 60].map((m, i) => value(String(m), undefined, i));
    default:
      return [];
  }
}

/** Headings of the template's part (and heading-style closing) sections that the speech lacks. */
function sectionItems(analysis: Analysis, uiLang: Lang, range: Range): CompletionEntry[] {
  const template = analysis.template;
  if (!template) return [];
  const statuses = sectionStatuses(analysis, uiLang);
  const items: CompletionEntry[] = [];
  template.sections.forEach((section, i) => {
    const skeleton = section.skeleton?.trimEnd();
    if (statuses[i]?.span || !skeleton?.startsWith('#')) return;
    const heading = skeleton.split('\n')[0]!;
    items.push({
      label: heading.replace(/^#+\s*/, ''),
      kind: 'section',
      detail: `${section.label[uiLang]} · ${template.name[uiLang]}`,
      filterText: heading,
      sortText: String(i).padStart(2, '0'),
      edit: { range, newText: skeleton + '\n' },
    });
  });
  return items;
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
