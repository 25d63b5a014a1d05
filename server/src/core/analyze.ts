import { DEFAULT_CONFIG, type PodiumConfig } from './config.js';
import type { Span, SpeechModel } from './model.js';
import { parseSpeech } from './parse/index.js';
import { compileUserPatterns, type PatternProblem } from './placeholders/userPatterns.js';
import { RULES } from './rules/index.js';
import type { Finding, Fix, Rule, RuleContext } from './rules/rule.js';
import { recognizeStructure } from './structure/recognize.js';
import type { SpeechStructure } from './structure/types.js';
import { Suppressions } from './suppress.js';
import { localize } from './i18n.js';
import { MESSAGES } from './messages.js';
import { buildTemplateSet, type TemplateSet } from './templates/registry.js';
import type { Template } from './templates/types.js';
import { LineIndex } from './text/lines.js';
import { documentEol, fixesWithEol } from './text/eol.js';
import { buildNumbering } from './numbering/build.js';
import type { NumberingMemo } from './numbering/memo.js';
import type { NumberingModel } from './numbering/types.js';

export interface AnalyzeOptions {
  readonly config?: PodiumConfig;
  readonly templates?: TemplateSet;
  /** Rules to run instead of the registry (tests, and rules added by later modules). */
  readonly rules?: readonly Rule[];
  /** Today as YYYY-MM-DD, for fixes that write a date (default: the local date). */
  readonly today?: string;
}

export interface Analysis {
  readonly model: SpeechModel;
  readonly structure: SpeechStructure;
  readonly template: Template | undefined;
  readonly findings: readonly Finding[];
  /** Enumerators in their series: rules, outline, hover and renumbering share it. */
  readonly numbering: NumberingModel;
  readonly lines: LineIndex;
  /** User placeholder patterns that were refused. */
  readonly patternProblems: readonly PatternProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Findings one rule lists on one speech; past them, one more finding says how many were left out.
 * No one reads 100,000 empty sections, and keeping them cost more memory than the speech.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

let defaultTemplates: TemplateSet | undefined;

/** The one entry point: text in, model and findings out. Pure; never throws on any text. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const templates = options.templates ?? (defaultTemplates ??= buildTemplateSet());
  const model = parseSpeech(text);
  return analyzeModel(model, config, templates, options.rules ?? RULES, undefined, options.today);
}

/**
 * Runs the rules over an already parsed model (incremental parsing hands its model here). `memo`
 * carries per-block work from the document's previous analysis; the result is the same without it.
 */
export function analyzeModel(model: SpeechModel, config: PodiumConfig, templates: TemplateSet, rules: readonly Rule[], memo?: NumberingMemo, today = localDate(new Date())): Analysis {
  const templateId = model.frontMatter?.data?.['template'];
  const template = typeof templateId === 'string' ? templates.templates.get(templateId) : templates.templates.get('generic');
  const lines = new LineIndex(model.text);
  const { regexes, problems } = compileUserPatterns(config.placeholderPatterns);
  const numbering = buildNumbering(model, memo);
  const structure = recognizeStructure(model, template, numbering);
  const ctx: RuleContext = { model, structure, template, templates, config, lang: model.lang, userPatterns: regexes, numbering, lines, today };
  const suppressions = new Suppressions(model, lines);
  const eol = documentEol(model.text);
  const findings: Finding[] = [];
  // In a CRLF speech each fix is converted once: a series' renumbering is one fix that all its
  // findings share, and a copy per finding grew with the square of the series' length.
  const converted = new Map<Fix, Fix>();
  const withEol = (fix: Fix) => {
    let done = converted.get(fix);
    if (!done) converted.set(fix, (done = fixesWithEol([fix], eol)[0]!));
    return done;
  };
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting === 'off' || (setting === undefined && rule.defaultOff)) continue;
    let listed = 0;
    let more = 0;
    let firstLeft: Span | undefined;
    rule.check(ctx, (f) => {
      if (!suppressions.empty && suppressions.isSuppressed(rule.id, lines.positionAt(f.start).line)) return;
      if (listed === MAX_FINDINGS_PER_RULE) {
        // Counted, and the first one's place kept: the note stands where the unlisted ones begin.
        if (more++ === 0) firstLeft = { start: f.start, end: f.end };
        return;
      }
      listed++;
      // Built field by field: an object spread here cost more than the rule on long speeches.
      const finding: Mutable<Finding> = { message: f.message, start: f.start, end: f.end, ruleId: rule.id, severity: setting ?? f.severity ?? rule.defaultSeverity };
      if (f.fixes !== undefined) finding.fixes = eol === '\n' ? f.fixes : f.fixes.map(withEol);
      if (f.data !== undefined) finding.data = f.data;
      findings.push(finding);
    });
    if (firstLeft) {
      const message = localize(MESSAGES.moreFindings, model.lang, { count: more, max: MAX_FINDINGS_PER_RULE });
      findings.push({ message, ...firstLeft, ruleId: rule.id, severity: setting ?? rule.defaultSeverity, data: { more } });
    }
  }
  // Ids compared by code unit: localeCompare's collation cost more than the rest of the sort.
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { model, structure, template, findings, lines, patternProblems: problems, numbering };
}

/** A date as YYYY-MM-DD in local time: the writer's today, as the front matter writes it. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
