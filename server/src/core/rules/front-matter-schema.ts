import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { localize } from '../i18n.js';
import type { Rule } from './rule.js';
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
  tags: { check: isStringList, expected: { en: 'a list of strings', 'zh-CN': '字符串列表' } },
};

function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export const frontMatterSchema: Rule = {
  id: 'front-matter-schema',
  description: { en: 'Front matter has a title, known keys and values of the right type.', 'zh-CN': '前置元数据须有标题，键名有效，值类型正确。' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    missing: { en: 'The speech has no front matter: start it with "---", "title: …", "---".', 'zh-CN': '讲话稿缺少前置元数据：请以“---”“title: …”“---”开头。' },
    noTitle: { en: 'Front matter has no "title".', 'zh-CN': '前置元数据缺少 title（标题）。' },
    notMapping: { en: 'Front matter must be a mapping of keys to values.', 'zh-CN': '前置元数据应为“键: 值”的映射。' },
    unknownKey: { en: 'Unknown front matter key "{key}".', 'zh-CN': '未知的前置元数据键“{key}”。' },
    wrongType: { en: '"{key}" must be {expected}.', 'zh-CN': '“{key}”应为{expected}。' },
  },
  check({ model, lang }, report) {
    const fm = model.frontMatter;
    if (!fm) {
      if (!model.unterminatedFrontMatter) report({ message: localize(this.messages.missing!, lang), ...firstLine(model) });
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
        report({ message: localize(this.messages.unknownKey!, lang, { key: pair.key }), ...pair.keySpan, severity: 'warning' });
      } else if (!spec.check(pair.value)) {
        const span = pair.valueSpan && pair.valueSpan.end > pair.valueSpan.start ? pair.valueSpan : pair.keySpan;
        report({ message: localize(this.messages.wrongType!, lang, { key: pair.key, expected: spec.expected[lang] }), ...span });
      }
    }
  },
};
