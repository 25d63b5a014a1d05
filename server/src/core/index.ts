/** The analysis core: pure TypeScript, no editor or protocol imports. */
export { analyze, analyzeModel, type Analysis, type AnalyzeOptions } from './analyze.js';
export { parseSpeech } from './parse/index.js';
export { buildOutline, type OutlineItem, type OutlineKind } from './outline.js';
export {
  buildNumbering, NumberingMemo, describeItem, itemAt, leadPhrase, renumberAll, renumberSeries,
  cnToNumber, numberToCn, type NumberingModel, type NumItem, type Series,
} from './numbering/index.js';
export { buildTemplateSet, type TemplateFile, type TemplateSet } from './templates/registry.js';
export type { Template, TemplateSection } from './templates/types.js';
export type { TemplateProblem } from './templates/load.js';
export { RULES } from './rules/index.js';
export type { Finding, Fix, Rule, TextEdit } from './rules/rule.js';
export { DEFAULT_CONFIG, DEFAULT_RATES, mergeConfig, SEVERITY_SETTINGS, type ConfigLayer, type PodiumConfig, type Severity, type SeveritySetting } from './config.js';
export { LineIndex } from './text/lines.js';
export type { Lang, SpeechModel, Block, Span } from './model.js';
export { localize, type Message } from './i18n.js';
export { compileUserPatterns } from './placeholders/userPatterns.js';
export { parseConfigFile, type ConfigFile, type ConfigProblem } from './configFile.js';
export { loadTemplate } from './templates/load.js';
export { computeStatistics, countLength, proseLength, writtenLength, sectionStatuses, type LengthUnit, type SectionStatus, type SpeechStatistics } from './statistics.js';
export { headingTimeAt, sectionTimes, type HeadingTime, type SectionTime } from './structure/time.js';
export { FRONT_MATTER_KEYS } from './rules/front-matter-schema.js';
export { localizeAll } from './i18n.js';
export { applyEdits, fixAllEdits, fixAllText, minimalEdit, type FixAllResult } from './fixes/fixAll.js';
export { cleanUpText, cleanUpSummary, restoreParagraphs, restoreSummary, CLEANUP_RULES, isCleanupFix, wordsOf, type CleanUpResult, type RestoreOptions, type RestoreResult, type RuleCount } from './cleanup/index.js';
export { wordProcessorCount } from './text/wordCount.js';
export { sectionSkeleton, speechSkeleton } from './templates/skeleton.js';
export { guessTemplate } from './templates/guess.js';
export { MESSAGES } from './messages.js';
