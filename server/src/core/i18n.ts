import type { Lang } from './model.js';

/** A user-visible text in every language Podium speaks. */
export type Message = Readonly<Record<Lang, string>>;

/** Fills `{name}` slots of a message template. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

// Rendered messages, reused: a long draft gives the same few messages thousands of times
// (未填写的占位符“X”。), and every keystroke renders them all again. Bounded by a reset.
const rendered = new Map<string, string>();
const MAX_RENDERED = 10_000;

/** Renders a message in one language. */
export function localize(message: Message, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  const template = message[lang];
  if (!params) return format(template);
  let key = template;
  for (const name in params) key += `\u0000${name}\u0001${params[name]}`;
  let text = rendered.get(key);
  if (text === undefined) {
    if (rendered.size >= MAX_RENDERED) rendered.clear();
    text = format(template, params);
    rendered.set(key, text);
  }
  return text;
}

/** A message rendered in every language (a fix title travels to editors of either language). */
export function localizeAll(message: Message, params?: Readonly<Record<string, string | number>>): Message {
  return { en: format(message.en, params), 'zh-CN': format(message['zh-CN'], params) };
}
