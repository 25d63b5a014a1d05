import type { Lang } from './model.js';
import type { RuleOptionValue } from './ruleOptions.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Everything a user can configure, from VS Code settings or `.podium.yaml`. */
export interface PodiumConfig {
  /** Per rule id: another severity, or `off`. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Per rule id: the options the user set (`cjk-spacing: { latin: false }`); the rule's defaults otherwise. */
  readonly ruleOptions?: RuleOptionSettings;
  /** Extra placeholder patterns (JavaScript regular expressions). */
  readonly placeholderPatterns: readonly string[];
  /** Speaking rate: Chinese characters or English words per minute. */
  readonly rates: Readonly<Record<Lang, number>>;
  /** The office's own word list for `word-usage` (wrong → right). */
  readonly words?: readonly WordEntry[];
  /** Watermark strings that `paste-residue` removes, besides its built-in list. */
  readonly residue?: readonly string[];
}

/** One entry of a user's word list: a wrong or non-standard wording and the one to use. */
export interface WordEntry {
  readonly wrong: string;
  readonly right: string;
  readonly note?: string;
}

/** About 200 字/min for a formal Chinese speech; about 130 words/min for an English one (see README). */
export const DEFAULT_RATES: Readonly<Record<Lang, number>> = { 'zh-CN': 200, en: 130 };

export const DEFAULT_CONFIG: PodiumConfig = { rules: {}, placeholderPatterns: [], rates: DEFAULT_RATES };

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Part of a config, as one source (settings, `.podium.yaml`) gives it. */
export interface ConfigLayer {
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly ruleOptions?: RuleOptionSettings;
  readonly placeholderPatterns?: readonly string[];
  readonly rates?: Partial<Readonly<Record<Lang, number>>>;
  readonly words?: readonly WordEntry[];
  readonly residue?: readonly string[];
}

/** Rule options per rule id, then per option name. */
export type RuleOptionSettings = Readonly<Record<string, Readonly<Record<string, RuleOptionValue>>>>;

/** Overlays partial settings on a base config, later layers winning. */
export function mergeConfig(base: PodiumConfig, ...layers: readonly ConfigLayer[]): PodiumConfig {
  return layers.reduce<PodiumConfig>((acc, layer) => ({
    rules: { ...acc.rules, ...layer.rules },
    ruleOptions: mergeRuleOptions(acc.ruleOptions, layer.ruleOptions),
    placeholderPatterns: [...acc.placeholderPatterns, ...(layer.placeholderPatterns ?? [])],
    rates: { ...acc.rates, ...layer.rates },
    words: [...(acc.words ?? []), ...(layer.words ?? [])],
    residue: [...(acc.residue ?? []), ...(layer.residue ?? [])],
  }), base);
}

/** Options merged per rule: a later layer setting one option keeps the others. */
function mergeRuleOptions(base: RuleOptionSettings | undefined, layer: RuleOptionSettings | undefined): RuleOptionSettings | undefined {
  if (!layer) return base;
  const out: Record<string, Readonly<Record<string, RuleOptionValue>>> = { ...base };
  for (const [id, options] of Object.entries(layer)) out[id] = { ...out[id], ...options };
  return out;
}
