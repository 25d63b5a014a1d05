import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'pasted');

/** The seed's first speech as scraped: one line, PDF wraps as spaces, the site's residue in it. */
export const SEED_FIRST_SPEECH = readFileSync(join(DIR, 'seed-first-speech.txt'), 'utf8').trimEnd();

/** A new speech file with front matter, the raw draft pasted under it. */
export function pastedSpeech(raw: string, template = 'review-meeting', eol = '\n'): string {
  return ['---', `template: ${template}`, 'lang: zh-CN', '---', '', raw, ''].join(eol);
}
