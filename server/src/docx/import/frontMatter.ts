import { parse, stringify } from 'yaml';

/** Front matter keys the document itself shows. */
const SHOWN_KEYS = new Set(['title', 'speaker', 'date', 'occasion']);

/** The stored front matter's keys that Word does not show; nothing when absent or not a YAML mapping. */
export function storedKeys(source: string | undefined): Record<string, unknown> {
  if (!source) return {};
  try {
    const data: unknown = parse(source, { maxAliasCount: 0 });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([key]) => !SHOWN_KEYS.has(key)));
  } catch {
    return {};
  }
}

/** The YAML block: what the page shows, then stored keys, then a guessed template with a comment saying so. */
export function frontMatter(values: Record<string, string | undefined>, stored: Record<string, unknown>, template: string | undefined): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') lines.push(`${key}: ${stringify(value).trimEnd()}`);
  }
  for (const [key, value] of Object.entries(stored)) {
    if (key !== 'lang' && value !== undefined) lines.push(stringify({ [key]: value }, { flowCollectionPadding: false }).trimEnd());
  }
  if (template) {
    lines.push('# template guessed by `podium import` from the headings: check it');
    lines.push(`template: ${template}`);
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
