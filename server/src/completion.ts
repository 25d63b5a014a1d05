import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RATES, FRONT_MATTER_KEYS, localize, MESSAGES, sectionStatuses, type Analysis, type Lang, type TemplateSet } from './core/index.js';

export const COMPLETION_TRIGGERS = [':', ' ', '#'];

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

/**
 * Completion in a speech: front matter keys and their values (template ids, `lang`, today's
 * date, rates), and in the body the `##` headings of template sections the speech still lacks.
 * Works on the raw line text, so it helps while the YAML is half typed.
 */
export function completions(doc: TextDocument, position: Position, analysis: Analysis, templates: TemplateSet, uiLang: Lang, today = new Date()): CompletionItem[] {
  const lineStart = { line: position.line, character: 0 };
  const before = doc.getText({ start: lineStart, end: position });
  if (inFrontMatter(doc, position.line)) return frontMatterItems(doc, before, position, templates, analysis, uiLang, today);
  if (/^#{0,2}\s*[^\s#]*$/.test(before) && (before.startsWith('#') || before === '')) {
    return sectionItems(analysis, uiLang, { start: lineStart, end: position });
  }
  return [];
}

function inFrontMatter(doc: TextDocument, line: number): boolean {
  if (line === 0 || !/^---[ \t]*$/.test(doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }).trimEnd())) return false;
  for (let l = 1; l < line; l++) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } });
    if (/^(---|\.\.\.)\s*$/.test(text)) return false;
  }
  return true;
}

function frontMatterItems(doc: TextDocument, before: string, position: Position, templates: TemplateSet, analysis: Analysis, uiLang: Lang, today: Date): CompletionItem[] {
  const keyTyped = /^([A-Za-z-]*)$/.exec(before);
  if (keyTyped) {
    // Keys read from the lines, not the YAML: the line being typed makes the YAML invalid.
    const present = new Set<string>();
    for (let l = 1; l < doc.lineCount; l++) {
      const line = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } });
      if (/^(---|\.\.\.)\s*$/.test(line)) break;
      const key = /^([A-Za-z-]+)\s*:/.exec(line)?.[1];
      if (key && l !== position.line) present.add(key);
    }
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, spec], i) => ({
        label: key,
        kind: CompletionItemKind.Property,
        detail: spec.expected[uiLang],
        documentation: KEY_DOCS[key]?.[uiLang],
        sortText: String(i).padStart(2, '0'),
        insertText: `${key}: `,
        command: { title: '', command: 'editor.action.triggerSuggest' },
      }));
  }
  const valueTyped = /^([A-Za-z-]+):\s*([^\s]*)$/.exec(before);
  if (!valueTyped) return [];
  const range = { start: { line: position.line, character: before.length - valueTyped[2]!.length }, end: position };
  const value = (label: string, detail?: string, sort?: number): CompletionItem => ({
    label, kind: CompletionItemKind.Value, textEdit: { range, newText: label },
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
function sectionItems(analysis: Analysis, uiLang: Lang, range: { start: Position; end: Position }): CompletionItem[] {
  const template = analysis.template;
  if (!template) return [];
  const statuses = sectionStatuses(analysis, uiLang);
  const items: CompletionItem[] = [];
  template.sections.forEach((section, i) => {
    const skeleton = section.skeleton?.trimEnd();
    if (statuses[i]?.span || !skeleton?.startsWith('#')) return;
    const heading = skeleton.split('\n')[0]!;
    items.push({
      label: heading.replace(/^#+\s*/, ''),
      kind: CompletionItemKind.Module,
      detail: `${section.label[uiLang]} · ${template.name[uiLang]}`,
      filterText: heading,
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: skeleton + '\n' },
    });
  });
  return items;
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
