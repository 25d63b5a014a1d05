import type { Lang } from './model.js';

/** A user-visible text in every language Podium speaks. */
export type Message = Readonly<Record<Lang, string>>;

/** Fills `{name}` slots of a message template. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const parts = compiled(template);
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k] as string;
    out += (key in params ? String(params[key]) : `{${key}}`) + (parts[k + 1] as string);
  }
  return out;
}

// Templates split once into text and slot names, alternately: a long draft renders thousands of
// messages, most with a slot of their own (a placeholder's context), which a cache of rendered
// texts would never hit.
const templates = new Map<string, readonly string[]>();

function compiled(template: string): readonly string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    if (templates.size >= 10_000) templates.clear(); // bounded, should a caller format texts of its own
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

/** Renders a message in one language. */
export function localize(message: Message, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return format(message[lang], params);
}

/** A message rendered in every language (a fix title travels to editors of either language). */
export function localizeAll(message: Message, params?: Readonly<Record<string, string | number>>): Message {
  return { en: format(message.en, params), 'zh-CN': format(message['zh-CN'], params) };
}
