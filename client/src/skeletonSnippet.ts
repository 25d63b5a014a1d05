import type { PodiumTemplatesRequest } from '../../server/src/protocol.js';

type TemplateInfo = PodiumTemplatesRequest.TemplateInfo;

/** Stubs the placeholder rule flags: each becomes a tab stop of the snippet. */
const STUB = /XXX|TODO|……|××/g;

/**
 * The template's skeleton as snippet text: front matter (title and speaker as tab stops), the
 * title heading, then the body the server wrote (the same text the missing-section fix inserts),
 * each stub in it a tab stop. Pure, for tests.
 */
export function skeletonSnippet(template: TemplateInfo, today: Date): string {
  const lang = template.lang === 'en' ? 'en' : 'zh-CN';
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const stub = lang === 'en' ? 'TODO' : 'XXX';
  let stop = 3;
  const body = template.skeleton
    .replace(/[\\$}]/g, (c) => `\\${c}`)
    .replace(STUB, (m) => `\${${++stop}:${m}}`);
  const front = ['---', `title: \${1:${stub}}`, `template: ${template.id}`, `lang: ${lang}`, `speaker: \${2:${stub}}`, `date: ${date}`, `minutes: \${3:20}`, '---', ''];
  return [...front, '# $1', '', body.trimEnd(), '$0'].join('\n') + '\n';
}
