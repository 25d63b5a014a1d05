import { format, type Message } from '../i18n.js';
import type { Lang } from '../model.js';
import type { RuleCount } from './cleanUp.js';
import type { RestoreResult } from './paragraphs.js';

const M = {
  changed: { en: 'Cleaned up {total} place(s): {rules}.', 'zh-CN': '已清理 {total} 处：{rules}。' },
  nothing: { en: 'Nothing to clean up.', 'zh-CN': '没有需要清理的内容。' },
  rule: { en: '{rule} {count}', 'zh-CN': '{rule} {count} 处' },
  left: { en: '{left} finding(s) left for you.', 'zh-CN': '还有 {left} 个问题需要您处理。' },
  none: { en: 'No findings left.', 'zh-CN': '没有遗留问题。' },
  restored: { en: 'Paragraphs: {parts}.', 'zh-CN': '段落：{parts}。' },
  breaks: { en: '{breaks} break(s) added', 'zh-CN': '分出 {breaks} 个段落' },
  joined: { en: '{joined} line wrap(s) removed', 'zh-CN': '删除 {joined} 处断行空格' },
  headings: { en: '{headings} heading(s) made', 'zh-CN': '生成 {headings} 个标题' },
  salutation: { en: 'salutation on its own line', 'zh-CN': '称呼单独成行' },
  unchanged: { en: 'The paragraphs look right: nothing to restore.', 'zh-CN': '段落看来完好，无需恢复。' },
} satisfies Record<string, Message>;

const SEPARATOR: Message = { en: ', ', 'zh-CN': '，' };

/** What cleanup changed and what it left, in one line of the UI language. */
export function cleanUpSummary(changed: readonly RuleCount[], left: number, lang: Lang): string {
  const total = changed.reduce((n, c) => n + c.count, 0);
  const rules = changed.map((c) => format(M.rule[lang], { rule: c.rule, count: c.count })).join(SEPARATOR[lang]);
  const done = total > 0 ? format(M.changed[lang], { total, rules }) : M.nothing[lang];
  const rest = left > 0 ? format(M.left[lang], { left }) : M.none[lang];
  return `${done}${lang === 'en' ? ' ' : ''}${rest}`;
}

/** What Restore Paragraphs did (or would do), in one line of the UI language. */
export function restoreSummary(result: Pick<RestoreResult, 'breaks' | 'joined' | 'headings' | 'salutation'>, lang: Lang): string {
  if (result.breaks + result.joined + result.headings === 0) return M.unchanged[lang];
  const parts = (['breaks', 'joined', 'headings'] as const).filter((k) => result[k] > 0).map((k) => format(M[k][lang], { [k]: result[k] }));
  if (result.salutation) parts.push(M.salutation[lang]);
  return format(M.restored[lang], { parts: parts.join(SEPARATOR[lang]) });
}
