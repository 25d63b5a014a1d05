import type { Message } from './i18n.js';

/**
 * Podium's words outside the rules, in one catalogue for the core and the server: every entry in
 * both languages with the same `{slots}` (test/core/messages.test.ts). Rules keep their messages
 * beside their code; the client keeps VS Code's own `vscode.l10n` bundle for the editor's strings.
 */
export const MESSAGES = {
  fixAll: { en: 'Fix all Podium problems', 'zh-CN': '修复所有 Podium 问题' },
  patternIgnored: { en: 'Podium: placeholder pattern {pattern} ignored: {reason}', 'zh-CN': 'Podium：已忽略占位符模式 {pattern}：{reason}' },
  requiredSections: { en: 'Required: {sections}', 'zh-CN': '必备章节：{sections}' },
  langZh: { en: 'Chinese (Simplified)', 'zh-CN': '简体中文' },
  langEn: { en: 'English', 'zh-CN': '英文' },
  today: { en: 'today', 'zh-CN': '今天' },
  charsPerMinute: { en: 'characters/min', 'zh-CN': '字/分钟' },
  wordsPerMinute: { en: 'words/min', 'zh-CN': '词/分钟' },
  pointOf: { en: 'point {index} of {total}', 'zh-CN': '第 {index} 点，共 {total} 点' },
  parent: { en: 'parent: {parent}', 'zh-CN': '上级：{parent}' },
  moreFindings: { en: '{count} more findings of this rule are not listed: Podium lists the first {max} of each rule.', 'zh-CN': '本规则另有 {count} 处问题未列出：每条规则只列出前 {max} 处。' },
} as const satisfies Record<string, Message>;
