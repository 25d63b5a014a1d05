import { parse, stringify } from 'yaml';

/** Front matter keys the document itself shows. */
const SHOWN_KEYS = new Set(['title', 'speaker', 'date', 'occasion']);

/** The stored front matter's keys; nothing when absent or not a YAML mapping. */
export function storedKeys(source: string | undefined): Record<string, unknown> {
  if (!source) return {};
  try {
    const data: unknown = parse(source, { maxAliasCount: 0 });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return data as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The YAML block: what the page shows, then stored keys, then a guessed template with a comment saying so. */
export function frontMatter(values: Record<string, string | undefined>, stored: Record<string, unknown>, template: string | undefined): string {
  const lines = ['---'];
  // What the page shows wins (a colleague may have edited it); what it does not show (an occasion
  // the layout left out) comes back from the stored front matter.
  for (const [key, value] of Object.entries(values)) {
    const shown = value !== undefined && value !== '' ? value : SHOWN_KEYS.has(key) && typeof stored[key] === 'string' ? stored[key] : undefined;
    if (shown !== undefined && shown !== '') lines.push(`${key}: ${stringify(shown).trimEnd()}`);
  }
  for (const [key, value] of Object.entries(stored)) {
    if (key !== 'lang' && !SHOWN_KEYS.has(key) && value !== undefined) lines.push(stringify({ [key]: value }, { flowCollectionPadding: false }).trimEnd());
  }
  if (template) {
    lines.push('# template guessed by `podium import` from the headings: check it');
    lines.push(`template: ${template}`);
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
