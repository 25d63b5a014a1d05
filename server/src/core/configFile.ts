import { yamlErrorMessage } from './yamlErrors.js';
import { parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { ConfigLayer, SeveritySetting, WordEntry } from './config.js';
import { readRuleEntry, type RuleOptionsOwner, type RuleOptionValue } from './ruleOptions.js';
import { RULES } from './rules/index.js';
import type { Message } from './i18n.js';
import type { Lang } from './model.js';
import { readResidue, readWords } from './proofreadingLists.js';
import { readExportSettings, type ExportSettings } from './exportSettings.js';

export interface ConfigProblem {
  readonly message: Message;
  readonly start: number;
  readonly end: number;
}

export interface ConfigFile {
  readonly config: ConfigLayer;
  /** `templatesFolder`, relative to the file's folder, when set. */
  readonly templatesFolder?: string;
  /** `export:`, Word export settings. */
  readonly export?: ExportSettings;
  readonly problems: readonly ConfigProblem[];
}

const KEYS = ['rules', 'placeholders', 'rates', 'templatesFolder', 'words', 'residue', 'export'];
/** The top-level keys; schemas/podium.schema.json is tested against them. */
export const CONFIG_KEYS: readonly string[] = KEYS;

/** Reads `.podium.yaml`; bad parts are reported at their offsets and skipped. */
/** `ruleOwners`: the rules whose options `rules:` may set (the registry unless told). */
export function parseConfigFile(source: string, knownRules: readonly string[], ruleOwners: readonly RuleOptionsOwner[] = RULES): ConfigFile {
  const problems: ConfigProblem[] = [];
  const doc = parseDocument(source, { prettyErrors: false });
  const at = (n: YamlNode | null | undefined) => (n?.range ? { start: n.range[0], end: n.range[1] } : { start: 0, end: 0 });
  const problem = (n: YamlNode | null | undefined, en: string, zh: string) => problems.push({ message: { en, 'zh-CN': zh }, ...at(n) });
  for (const e of doc.errors) problems.push({ message: yamlErrorMessage(e), start: e.pos[0], end: e.pos[1] });
  if (doc.errors.length || doc.contents === null) return { config: {}, problems };
  if (!isMap(doc.contents)) {
    problem(doc.contents, '.podium.yaml must be a mapping.', '.podium.yaml 应为映射。');
    return { config: {}, problems };
  }
  const config: { rules?: Readonly<Record<string, SeveritySetting>>; ruleOptions?: ConfigLayer['ruleOptions']; placeholderPatterns?: string[]; rates?: Record<Lang, number>; words?: WordEntry[]; residue?: string[] } = {};
  let templatesFolder: string | undefined;
  let exportSettings: ExportSettings | undefined;
  for (const pair of doc.contents.items) {
    const key = pair.key as YamlNode;
    const value = pair.value as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : '';
    if (!KEYS.includes(name)) { problem(key, `Unknown key "${name}".`, `未知的键“${name}”。`); continue; }
    if (name === 'rules') Object.assign(config, readRules(value, knownRules, ruleOwners, problem));
    if (name === 'placeholders') config.placeholderPatterns = readPatterns(value, problem);
    if (name === 'rates') config.rates = readRates(value, problem) as Record<Lang, number>;
    if (name === 'words') config.words = readWords(value, problem);
    if (name === 'residue') config.residue = readResidue(value, problem);
    if (name === 'export') exportSettings = readExportSettings(value, problem);
    if (name === 'templatesFolder') {
      if (isScalar(value) && typeof value.value === 'string') templatesFolder = value.value;
      else problem(value ?? key, '"templatesFolder" must be a path.', 'templatesFolder 应为路径。');
    }
  }
  return { config, templatesFolder, problems, ...(exportSettings ? { export: exportSettings } : {}) };
}

type Problem = (n: YamlNode | null | undefined, en: string, zh: string) => void;

/** `rules:`: per rule a severity, or a mapping of `severity` and the rule's options (`cjk-spacing: { latin: off }`). */
function readRules(value: YamlNode | null, knownRules: readonly string[], owners: readonly RuleOptionsOwner[], problem: Problem): Pick<ConfigLayer, 'rules' | 'ruleOptions'> {
  const rules: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, RuleOptionValue>> = {};
  if (!isMap(value)) { problem(value, '"rules" maps rule ids to a severity.', 'rules 应为“规则: 严重级别”的映射。'); return { rules }; }
  for (const pair of value.items) {
    const key = pair.key as YamlNode;
    const id = isScalar(key) ? String(key.value) : '';
    if (!knownRules.includes(id)) { problem(key, `Unknown rule "${id}".`, `未知规则“${id}”。`); continue; }
    const entry = readRuleEntry(owners.find((r) => r.id === id) ?? { id }, pair.value as YamlNode | null, key, problem);
    if (entry.severity !== undefined) rules[id] = entry.severity;
    if (entry.options) ruleOptions[id] = entry.options;
  }
  return Object.keys(ruleOptions).length ? { rules, ruleOptions } : { rules };
}

function readPatterns(value: YamlNode | null, problem: Problem): string[] {
  const list = isMap(value) ? (value.get('patterns', true) as YamlNode | undefined) : undefined;
  if (!isSeq(list)) { problem(value, '"placeholders" needs a "patterns" list.', 'placeholders 需要 patterns 列表。'); return []; }
  return list.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : (problem(item as YamlNode, 'A pattern is a string.', '模式应为字符串。'), [])));
}

function readRates(value: YamlNode | null, problem: Problem): Partial<Record<Lang, number>> {
  const rates: Partial<Record<Lang, number>> = {};
  if (!isMap(value)) { problem(value, '"rates" maps zh-CN and en to a positive number.', 'rates 应将 zh-CN、en 映射为正数。'); return rates; }
  for (const pair of value.items) {
    const key = pair.key as YamlNode;
    const lang = isScalar(key) ? String(key.value) : '';
    const rate = pair.value as YamlNode | null;
    if (lang !== 'zh-CN' && lang !== 'en') problem(key, 'Rates are given for "zh-CN" and "en".', '语速只能为 zh-CN 和 en 设置。');
    else if (!isScalar(rate) || typeof rate.value !== 'number' || !(rate.value > 0)) problem(rate ?? key, 'A rate is a positive number.', '语速应为正数。');
    else rates[lang] = rate.value;
  }
  return rates;
}
