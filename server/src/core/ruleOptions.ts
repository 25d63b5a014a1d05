import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { SEVERITY_SETTINGS, type PodiumConfig, type SeveritySetting } from './config.js';
import type { Message } from './i18n.js';

/** A value a rule option takes in `.podium.yaml`. */
export type RuleOptionValue = boolean | number | string;

/**
 * One option a rule declares, with its default: `rules: { cjk-spacing: { latin: off } }`. A
 * boolean option takes `on`/`off` or `true`/`false`; a string option one of its `values`.
 */
export interface RuleOption {
  readonly default: RuleOptionValue;
  readonly description: Message;
  readonly values?: readonly string[];
}

/** What parsing needs to know of a rule: its id and declared options. */
export interface RuleOptionsOwner {
  readonly id: string;
  readonly options?: Readonly<Record<string, RuleOption>>;
}

/** An option's value for this config: the user's, else the rule's default. */
export function ruleOption(config: PodiumConfig, rule: RuleOptionsOwner, name: string): RuleOptionValue | undefined {
  return config.ruleOptions?.[rule.id]?.[name] ?? rule.options?.[name]?.default;
}

type Problem = (n: YamlNode | null | undefined, en: string, zh: string) => void;

/**
 * Reads one rule's entry of `rules:`: a severity (`warning`, `off`, `false`), or a mapping with
 * an optional `severity` and the rule's own options. Bad parts are reported and skipped.
 */
export function readRuleEntry(rule: RuleOptionsOwner, value: YamlNode | null, key: YamlNode, problem: Problem): { severity?: SeveritySetting; options?: Record<string, RuleOptionValue> } {
  if (!isMap(value)) {
    const severity = readSeverity(value, key, problem);
    return severity === undefined ? {} : { severity };
  }
  const out: { severity?: SeveritySetting; options?: Record<string, RuleOptionValue> } = {};
  const declared = rule.options ?? {};
  for (const pair of value.items) {
    const optionKey = pair.key as YamlNode;
    const name = isScalar(optionKey) ? String(optionKey.value) : '';
    const node = pair.value as YamlNode | null;
    if (name === 'severity') {
      const severity = readSeverity(node, optionKey, problem);
      if (severity !== undefined) out.severity = severity;
      continue;
    }
    const spec = declared[name];
    if (!spec) {
      const known = ['severity', ...Object.keys(declared)].join(', ');
      problem(optionKey, `Rule "${rule.id}" has no option "${name}" (it takes ${known}).`, `规则“${rule.id}”没有选项“${name}”（可用：${known}）。`);
      continue;
    }
    const parsed = readValue(spec, node);
    const [en, zh] = expected(spec);
    if (parsed === undefined) problem(node ?? optionKey, `"${name}" takes ${en}.`, `“${name}”应为${zh}。`);
    else (out.options ??= {})[name] = parsed;
  }
  return out;
}

function readSeverity(node: YamlNode | null, key: YamlNode, problem: Problem): SeveritySetting | undefined {
  const setting = isScalar(node) ? (node.value === false ? 'off' : String(node.value)) : '';
  if (SEVERITY_SETTINGS.includes(setting as SeveritySetting)) return setting as SeveritySetting;
  problem(node ?? key, `Severity must be one of ${SEVERITY_SETTINGS.join(', ')}.`, `严重级别应为 ${SEVERITY_SETTINGS.join('、')} 之一。`);
  return undefined;
}

function readValue(spec: RuleOption, node: YamlNode | null): RuleOptionValue | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof spec.default === 'boolean') {
    if (typeof v === 'boolean') return v;
    return v === 'on' ? true : v === 'off' ? false : undefined;
  }
  if (typeof spec.default === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  return typeof v === 'string' && (!spec.values || spec.values.includes(v)) ? v : undefined;
}

/** What the option takes, in English and Chinese. */
function expected(spec: RuleOption): [string, string] {
  if (typeof spec.default === 'boolean') return ['on or off', ' on 或 off'];
  if (typeof spec.default === 'number') return ['a number', '数字'];
  return spec.values ? [spec.values.join(', '), ` ${spec.values.join('、')} 之一`] : ['a string', '字符串'];
}
