import { yamlErrorMessage } from '../yamlErrors.js';
import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { Lang } from '../model.js';
import type { Message } from '../i18n.js';
import type { SectionKind, Template, TemplateSection } from './types.js';

/** A problem in a template file, at UTF-16 offsets of that file. */
export interface TemplateProblem {
  readonly message: Message;
  readonly start: number;
  readonly end: number;
}

export interface LoadedTemplate {
  readonly template?: Template;
  /** Id of a template whose sections this one takes (`extends:`), resolved by the registry. */
  readonly extends?: { readonly id: string; readonly start: number; readonly end: number };
  readonly problems: readonly TemplateProblem[];
}

const KINDS: readonly SectionKind[] = ['salutation', 'opening', 'part', 'closing'];
/** The keys a template and a section may have: anything else is a typo (schemas/template.schema.json agrees). */
const TEMPLATE_KEYS = ['id', 'name', 'lang', 'description', 'sources', 'extends', 'sections'];
const SECTION_KEYS = ['id', 'kind', 'label', 'required', 'keywords', 'skeleton', 'cues', 'share'];
const LANGS = ['zh-CN', 'en'];
const ID = /^[a-z][a-z0-9-]*$/;

/** Reads one template from YAML text; never throws. */
export function loadTemplate(source: string, origin: string): LoadedTemplate {
  const problems: TemplateProblem[] = [];
  const doc = parseDocument(source, { prettyErrors: false });
  for (const e of doc.errors) {
    problems.push({ message: yamlErrorMessage(e), start: e.pos[0], end: e.pos[1] });
  }
  if (doc.errors.length) return { problems };
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({ message: { en: 'A template is a mapping with id, name, lang and sections.', 'zh-CN': '模板应为包含 id、name、lang、sections 的映射。' }, start: 0, end: Math.min(source.length, 1) });
    return { problems };
  }
  const get = (key: string) => root.get(key, true) as YamlNode | undefined;
  const at = (node: YamlNode | undefined) => node?.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
  const idNode = get('id');
  const id = isScalar(idNode) && typeof idNode.value === 'string' ? idNode.value : undefined;
  if (!id || !ID.test(id)) {
    problems.push({ message: { en: 'Template "id" must be lowercase letters, digits and "-".', 'zh-CN': '模板 id 只能由小写字母、数字和“-”组成。' }, ...at(idNode) });
    return { problems };
  }
  unknownKeys(root, TEMPLATE_KEYS, problems);
  const langNode = get('lang');
  if (langNode !== undefined && !(isScalar(langNode) && LANGS.includes(String(langNode.value)))) {
    problems.push({ message: { en: 'Template "lang" must be zh-CN or en.', 'zh-CN': '模板 lang 应为 zh-CN 或 en。' }, ...at(langNode) });
  }
  const lang: Lang = isScalar(langNode) && langNode.value === 'en' ? 'en' : 'zh-CN';
  const name = localized(get('name'), id, problems);
  const descriptionNode = get('description');
  const description = descriptionNode === undefined ? undefined : localized(descriptionNode, '', problems);
  const sourcesNode = get('sources');
  const sources = isSeq(sourcesNode) ? sourcesNode.items.map((item) => (isScalar(item) ? String(item.value) : '')).filter(Boolean) : undefined;
  const extendsNode = get('extends');
  const parent = isScalar(extendsNode) && typeof extendsNode.value === 'string'
    ? { id: extendsNode.value, ...at(extendsNode) } : undefined;
  const sectionsNode = get('sections');
  const sections: TemplateSection[] = [];
  if (sectionsNode !== undefined && !isSeq(sectionsNode)) {
    problems.push({ message: { en: '"sections" must be a list.', 'zh-CN': 'sections 应为列表。' }, ...at(sectionsNode) });
  } else if (isSeq(sectionsNode)) {
    for (const item of sectionsNode.items) {
      const section = readSection(item as YamlNode, problems, at);
      if (section) sections.push(section);
    }
  } else if (!parent) {
    problems.push({ message: { en: 'Template has no "sections".', 'zh-CN': '模板缺少 sections。' }, ...at(idNode) });
  }
  const template: Template = { id, name, lang, sections, origin, ...(description ? { description } : {}), ...(sources ? { sources } : {}) };
  return { template, extends: parent, problems };
}

function readSection(
  node: YamlNode, problems: TemplateProblem[], at: (n: YamlNode | undefined) => { start: number; end: number },
): TemplateSection | undefined {
  if (!isMap(node)) {
    problems.push({ message: { en: 'A section is a mapping with id, kind and label.', 'zh-CN': '章节应为包含 id、kind、label 的映射。' }, ...at(node) });
    return undefined;
  }
  const value = (key: string) => node.get(key);
  unknownKeys(node, SECTION_KEYS, problems);
  const id = value('id');
  if (typeof id !== 'string' || !ID.test(id)) {
    problems.push({ message: { en: 'Section "id" must be lowercase letters, digits and "-".', 'zh-CN': '章节 id 只能由小写字母、数字和“-”组成。' }, ...at(node) });
    return undefined;
  }
  const kind = (value('kind') ?? 'part') as SectionKind;
  if (!KINDS.includes(kind)) {
    problems.push({ message: { en: `Section kind must be one of ${KINDS.join(', ')}.`, 'zh-CN': `章节 kind 应为 ${KINDS.join('、')} 之一。` }, ...at(node.get('kind', true) as YamlNode) });
    return undefined;
  }
  const keywordsNode = node.get('keywords', true) as YamlNode | undefined;
  const keywords = isSeq(keywordsNode) ? keywordsNode.items.map((k) => (isScalar(k) ? String(k.value) : '')).filter(Boolean) : [];
  const skeleton = value('skeleton');
  const required = value('required');
  if (required !== undefined && typeof required !== 'boolean') {
    problems.push({ message: { en: 'Section "required" must be true or false.', 'zh-CN': '章节 required 应为 true 或 false。' }, ...at(node.get('required', true) as YamlNode) });
  }
  const cues = readCues(node.get('cues', true) as YamlNode | undefined, problems, at);
  const shareNode = node.get('share', true) as YamlNode | undefined;
  const share = value('share');
  const shareOk = typeof share === 'number' && share > 0 && share <= 1;
  if (share !== undefined && !shareOk) {
    problems.push({ message: { en: 'Section "share" must be a number above 0 and at most 1 (0.25 for a quarter of the time).', 'zh-CN': '章节 share 应为大于 0、不超过 1 的数（0.25 表示四分之一的时间）。' }, ...at(shareNode) });
  }
  return {
    id, kind, keywords,
    required: required === true,
    label: localized(node.get('label', true) as YamlNode | undefined, id, problems),
    skeleton: typeof skeleton === 'string' ? skeleton : undefined,
    ...(cues.length ? { cues } : {}),
    ...(shareOk ? { share } : {}),
  };
}

/** `cues`: a list of phrases, or of lists of phrases that must all appear (`- [我宣布, 开幕]`). */
function readCues(
  node: YamlNode | undefined, problems: TemplateProblem[], at: (n: YamlNode | undefined) => { start: number; end: number },
): string[][] {
  if (node === undefined) return [];
  const bad = (n: YamlNode | undefined) => problems.push({
    message: { en: '"cues" is a list of phrases; an item may be a list of phrases that must all appear.', 'zh-CN': 'cues 应为短语列表；某一项也可以是须同时出现的短语列表。' },
    ...at(n),
  });
  if (!isSeq(node)) {
    bad(node);
    return [];
  }
  const cues: string[][] = [];
  for (const item of node.items as YamlNode[]) {
    const phrases = isSeq(item) ? (item.items as YamlNode[]) : [item];
    const words = phrases.map((p) => (isScalar(p) && p.value !== null && String(p.value).trim() ? String(p.value).trim() : undefined));
    if (words.length === 0 || words.some((w) => w === undefined)) {
      bad(item);
      continue;
    }
    cues.push(words as string[]);
  }
  return cues;
}

function localized(node: YamlNode | undefined, fallback: string, problems: TemplateProblem[]): Record<Lang, string> {
  if (isScalar(node)) return { 'zh-CN': String(node.value), en: String(node.value) };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as YamlNode;
      if (isScalar(key) && !LANGS.includes(String(key.value)) && key.range) {
        problems.push({ message: { en: `"${String(key.value)}" is not a language: use zh-CN or en.`, 'zh-CN': `“${String(key.value)}”不是语言：请用 zh-CN 或 en。` }, start: key.range[0], end: key.range[1] });
      }
    }
    const zh = node.get('zh-CN');
    const en = node.get('en');
    return { 'zh-CN': String(zh ?? en ?? fallback), en: String(en ?? zh ?? fallback) };
  }
  return { 'zh-CN': fallback, en: fallback };
}

/** Reports each key of `map` that is not one of `known`, naming the known key it was probably meant to be. */
function unknownKeys(map: YamlNode, known: readonly string[], problems: TemplateProblem[]): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = pair.key as YamlNode;
    if (!isScalar(key) || known.includes(String(key.value)) || !key.range) continue;
    const name = String(key.value);
    const near = known.find((k) => closeTo(name, k));
    problems.push({
      message: near
        ? { en: `Unknown key "${name}": did you mean "${near}"?`, 'zh-CN': `未知的键“${name}”，是否应为“${near}”？` }
        : { en: `Unknown key "${name}".`, 'zh-CN': `未知的键“${name}”。` },
      start: key.range[0], end: key.range[1],
    });
  }
}

/** Two letters swapped, one added, dropped or changed: `sectoins`, `requried`, `skeletn`. */
function closeTo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const sorted = (s: string) => [...s].sort().join('');
  if (a.length === b.length && sorted(a) === sorted(b)) return true;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}
