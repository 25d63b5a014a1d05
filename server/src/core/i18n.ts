import type { Lang } from './model.js';

/** A user-visible text in every language Podium speaks. */
export type Message = Readonly<Record<Lang, string>>;

/** Fills `{name}` slots of a message template. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Renders a message in one language. */
export function localize(message: Message, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return format(message[lang], params);
}

/** A message rendered in every language (a fix title travels to editors of either language). */
export function localizeAll(message: Message, params?: Readonly<Record<string, string | number>>): Message {
  return { en: format(message.en, params), 'zh-CN': format(message['zh-CN'], params) };
}
