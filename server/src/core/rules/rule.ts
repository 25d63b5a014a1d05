import type { LineIndex } from '../text/lines.js';
import type { Message } from '../i18n.js';
import type { Lang, SpeechModel } from '../model.js';
import type { Severity, PodiumConfig } from '../config.js';
import type { SpeechStructure } from '../structure/types.js';
import type { Template } from '../templates/types.js';
import type { TemplateSet } from '../templates/registry.js';
import type { NumberingModel } from '../numbering/types.js';
import type { RuleOption } from '../ruleOptions.js';

/** One text replacement, at UTF-16 offsets of the analysed text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: Message;
  readonly edits: readonly TextEdit[];
  /** A judgement (guessed values): offered as a quick fix, never applied by fix-all or cleanup. */
  readonly judgement?: boolean;
}

/** A domain finding; only the server's converter turns it into an LSP diagnostic. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly fixes?: readonly Fix[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What a rule may read. */
export interface RuleContext {
  readonly model: SpeechModel;
  readonly structure: SpeechStructure;
  /** The template the speech names (or generic); undefined when the name is unknown. */
  readonly template: Template | undefined;
  readonly templates: TemplateSet;
  readonly config: PodiumConfig;
  readonly lang: Lang;
  /** The user's placeholder patterns, compiled and vetted. */
  readonly userPatterns: readonly RegExp[];
  /** Enumerators in their series, built once per analysis. */
  readonly numbering: NumberingModel;
  /** Offsets to lines and columns, shared by the analysis. */
  readonly lines: LineIndex;
  /** Today as YYYY-MM-DD (fixes that write a date); the analysis always sets it. */
  readonly today?: string;
}

export interface Report {
  (finding: { message: string; start: number; end: number; severity?: Severity; fixes?: readonly Fix[]; data?: Record<string, unknown> }): void;
}

export interface Rule {
  readonly id: string;
  readonly description: Message;
  readonly defaultSeverity: Severity;
  /** Off unless the user sets a severity for it (a hint not everyone wants). */
  readonly defaultOff?: true;
  readonly fixable: boolean;
  /** Message templates with `{slots}`, per language. */
  readonly messages: Readonly<Record<string, Message>>;
  /** Options the rule takes in `.podium.yaml` (`rules: { id: { name: value } }`), with defaults; read them with `ruleOption`. */
  readonly options?: Readonly<Record<string, RuleOption>>;
  check(ctx: RuleContext, report: Report): void;
}
