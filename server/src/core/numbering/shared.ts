import type { Form } from './types.js';

/**
 * Enumerators repeat a few forms and texts (`、` after a Chinese numeral, `一、`) thousands of times
 * in a long draft: each one points at a shared copy instead of keeping its own (about 70 bytes an
 * enumerator). Both are read-only, so sharing changes nothing else. Bounded by a reset.
 */
const forms = new Map<string, Form>();
const texts = new Map<string, string>();
const MAX_SHARED = 10_000;

export function sharedForm(form: Form): Form {
  const key = `${form.open ?? '\u0001'}\u0000${form.close ?? '\u0001'}\u0000${form.punct}\u0000${form.numeral}\u0000${form.suffix ?? '\u0001'}`;
  return shared(forms, key, form);
}

export function sharedText(text: string): string {
  return shared(texts, text, text);
}

function shared<T>(map: Map<string, T>, key: string, value: T): T {
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size >= MAX_SHARED) map.clear();
  map.set(key, value);
  return value;
}
