import { isMap, isScalar, isSeq, stringify, type Node as YamlNode } from 'yaml';
import { localize, localizeAll } from '../i18n.js';
import type { SpeechModel } from '../model.js';
import type { TemplateSet } from '../templates/registry.js';
import { guessTemplate } from '../templates/guess.js';
import type { Fix, Rule, TextEdit } from './rule.js';
import { firstLine, frontMatterPairs } from './frontMatterNodes.js';

type Check = (value: YamlNode | null) => boolean;

const isString: Check = (v) => isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '';
const isPositive: Check = (v) => isScalar(v) && typeof v.value === 'number' && Number.isFinite(v.value) && v.value > 0;
const isDate: Check = (v) => isScalar(v) && typeof v.value === 'string' && isRealDate(v.value);
const isLang: Check = (v) => isScalar(v) && (v.value === 'zh-CN' || v.value === 'en');
const isStringList: Check = (v) => isSeq(v) && v.items.every((item) => isScalar(item) && typeof item.value === 'string');

/** The front matter keys, what each must hold, and how to say so. */
export const FRONT_MATTER_KEYS: Readonly<Record<string, { check: Check; expected: { en: string; 'zh-CN': string } }>> = {
  title: { check: isString, expected: { en: 'a non-empty string', 'zh-CN': '非空字符串' } },
  template: { check: isString, expected: { en: 'a template id', 'zh-CN': '模板 id' } },
  lang: { check: isLang, expected: { en: '"zh-CN" or "en"', 'zh-CN': '“zh-CN”或“en”' } },
  speaker: { check: isString, expected: { en: 'a string', 'zh-CN': '字符串' } },
  occasion: { check: isString, expected: { en: 'a string', 'zh-CN': '字符串' } },
  audience: { check: isString, expected: { en: 'a string', 'zh-CN': '字符串' } },
  date: { check: isDate, expected: { en: 'a date written YYYY-MM-DD', 'zh-CN': '形如 2020-07-15 的日期（YYYY-MM-DD）' } },
  minutes: { check: isPositive, expected: { en: 'a positive number of minutes', 'zh-CN': '正数（分钟）' } },
  rate: { check: isPositive, expected: { en: 'a positive number (characters or words per minute)', 'zh-CN': '正数（每分钟字数或词数）' } },
  length: { check: isPositive, expected: { en: 'a positive number (the length to keep to, in 字 or words)', 'zh-CN': '正数（篇幅上限，字数或词数）' } },
  tags: { check: isStringList, expected: { en: 'a list of strings', 'zh-CN': '字符串列表' } },
};

// Counted, not asked of `Date`: its first use in a process took over a millisecond of a speech's first analysis.
function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export const frontMatterSchema: Rule = {
  id: 'front-matter-schema',
  description: { en: 'Front matter has a title, known keys and values of the right type.', 'zh-CN': '前置元数据须有标题，键名有效，值类型正确。' },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    insertFrontMatter: { en: 'Insert front matter (title, template, date)', 'zh-CN': '插入前置元数据（标题、模板、日期）' },
    guessedTemplate: { en: 'template guessed from the text: check it', 'zh-CN': '模板由正文推测，请核对' },
    writeDate: { en: 'Write the date as {date}', 'zh-CN': '日期改为 {date}' },
    renameKey: { en: 'Rename to "{key}"', 'zh-CN': '改为“{key}”' },
    missing: { en: 'The speech has no front matter: start it with "---", "title: …", "---".', 'zh-CN': '讲话稿缺少前置元数据：请以“---”“title: …”“---”开头。' },
    noTitle: { en: 'Front matter has no "title".', 'zh-CN': '前置元数据缺少 title（标题）。' },
    notMapping: { en: 'Front matter must be a mapping of keys to values.', 'zh-CN': '前置元数据应为“键: 值”的映射。' },
    unknownKey: { en: 'Unknown front matter key "{key}".', 'zh-CN': '未知的前置元数据键“{key}”。' },
    wrongType: { en: '"{key}" must be {expected}.', 'zh-CN': '“{key}”应为{expected}。' },
  },
  check({ model, lang, templates, today }, report) {
    const fm = model.frontMatter;
    if (!fm) {
      if (!model.unterminatedFrontMatter) {
        // Guessing the template reads the whole text: done when the fix is asked for, not on every keystroke of a pasted draft.
        let edits: TextEdit[] | undefined;
        const guessed = localize(this.messages.guessedTemplate!, lang);
        const fixes = [{ title: localizeAll(this.messages.insertFrontMatter!), judgement: true, get edits() { return (edits ??= newFrontMatter(model, templates, today, guessed)); } }];
        report({ message: localize(this.messages.missing!, lang), ...firstLine(model), fixes });
      }
      return;
    }
    if (fm.doc.errors.length) return;
    const fence = { start: fm.start, end: fm.start + 3 };
    const contents = fm.doc.contents;
    if (contents !== null && !isMap(contents)) {
      report({ message: localize(this.messages.notMapping!, lang), ...fence });
      return;
    }
    const pairs = frontMatterPairs(fm);
    if (!pairs.some((p) => p.key === 'title')) report({ message: localize(this.messages.noTitle!, lang), ...fence });
    for (const pair of pairs) {
      const spec = FRONT_MATTER_KEYS[pair.key];
      if (!spec) {
        const near = nearestKey(pair.key, pairs.map((p) => p.key));
        const fixes: Fix[] = near ? [{ title: localizeAll(this.messages.renameKey!, { key: near }), edits: [{ ...pair.keySpan, newText: near }] }] : [];
        report({ message: localize(this.messages.unknownKey!, lang, { key: pair.key }), ...pair.keySpan, severity: 'warning', ...(near ? { fixes } : {}) });
      } else if (!spec.check(pair.value)) {
        const span = pair.valueSpan && pair.valueSpan.end > pair.valueSpan.start ? pair.valueSpan : pair.keySpan;
        const date = pair.key === 'date' && isScalar(pair.value) ? normalDate(String(pair.value.value)) : undefined;
        const fixes: Fix[] = date && pair.valueSpan ? [{ title: localizeAll(this.messages.writeDate!, { date }), edits: [{ ...pair.valueSpan, newText: date }] }] : [];
        report({ message: localize(this.messages.wrongType!, lang, { key: pair.key, expected: spec.expected[lang] }), ...span, ...(date ? { fixes } : {}) });
      }
    }
  },
};

/**
 * Front matter for a speech that has none: the title from its `#` heading or first line, the
 * template guessed from the text (said so in a comment), its language and today's date.
 */
function newFrontMatter(model: SpeechModel, templates: TemplateSet, today: string | undefined, guessed: string): TextEdit[] {
  const first = model.blocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
  // A salutation (同志们：) or an opening sentence is no title: only a short first line is.
  const line = first ? (first.kind === 'heading' ? first.title ?? '' : model.text.slice(first.start, first.end).split(/\r?\n/)[0]!) : '';
  const titleLine = first?.kind === 'paragraph' && line.length <= 60 && !/[：:，,。.！!]\s*$/u.test(line) && line.trim() !== '';
  const raw = first?.kind === 'heading' || titleLine ? line : '';
  const title = raw.replace(/[\s　]+/g, ' ').trim() || (model.lang === 'en' ? 'TODO' : 'XXX');
  const template = guessTemplate(model, templates)?.id ?? 'generic';
  const fields = stringify({ title, template, lang: model.lang, ...(today ? { date: today } : {}) }, { lineWidth: 0 })
    .replace(/^template: .*$/m, (l) => (template === 'generic' ? l : `${l} # ${guessed}`));
  const edits: TextEdit[] = [{ start: model.bodyStart, end: model.bodyStart, newText: `---\n${fields}---\n\n` }];
  // The pasted title line becomes the speech's `#` title, so the salutation under it is seen as one.
  if (titleLine) edits.push({ start: first!.start, end: first!.start, newText: '# ' });
  return edits;
}

/** A date the writer meant, written YYYY-MM-DD: `2020-7-15`, `2020/7/15`, `2020.7.15`, `2020年7月15日`. */
function normalDate(value: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/u.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The one known key within two edits of `key` and not already used: a typo with one right answer. */
function nearestKey(key: string, used: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const near = Object.keys(FRONT_MATTER_KEYS).filter((k) => !used.includes(k) && editDistance(lower, k) <= (k.length <= 4 ? 1 : 2));
  return near.length === 1 ? near[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
