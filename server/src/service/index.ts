/**
 * Podium's language service: one provider per feature over one `Analysis` (server/src/core), in
 * the core's terms (offsets, UTF-16 positions, findings, edits at offsets). No editor or protocol
 * import: the LSP server only converts and wires (server.ts, lsp/), and the CLI calls the same
 * providers (cli.ts, cli/), so both give the same answers.
 */
import { findings, quickFixes } from './diagnostics.js';
import { analyzeSpeech } from './analysis.js';
import { fixAll } from './fixAll.js';
import { outline } from './outline.js';
import { numberingHover } from './hover.js';
import { completions } from './completion.js';
import { speechFacts, speechInfo } from './speechInfo.js';
import { renumberEdits } from './renumber.js';
import { cleanUp, lostParagraphs, restore } from './cleanUp.js';
import { exportDocx } from './exportDocx.js';
import { importDocx } from './importDocx.js';
import { templateList } from './templates.js';
import { workspaceFileKind, workspaceFileProblems } from './workspaceFiles.js';

export type { SpeechSettings } from './analysis.js';
export { linePositionsOf, positionsOf, rangeOf, type LinePositions, type Position, type Positions, type Range } from './positions.js';
export type { QuickFix } from './diagnostics.js';
export type { FixAllOutcome } from './fixAll.js';
export type { HoverInfo } from './hover.js';
export { COMPLETION_TRIGGERS, type CompletionEntry } from './completion.js';
export type { SpeechInfo, SpeechFacts, SectionInfo, OutlineNode, OutlineEntry, StatisticsInfo } from './speechInfo.js';
export { RENUMBER_TITLE } from './renumber.js';
export type { CleanUpOutcome, RestoreOutcome } from './cleanUp.js';
export type { ExportOutcome } from './exportDocx.js';
export type { ImportOutcome } from './importDocx.js';
export type { TemplateInfo } from './templates.js';
export type { FileProblem, WorkspaceFileKind } from './workspaceFiles.js';

/** The providers, as the server and the CLI call them. */
export interface PodiumService {
  /** A speech's analysis with its settings (the server has its own cache, kept per document version). */
  readonly analyze: typeof analyzeSpeech;
  readonly findings: typeof findings;
  readonly quickFixes: typeof quickFixes;
  readonly fixAll: typeof fixAll;
  readonly outline: typeof outline;
  readonly hover: typeof numberingHover;
  readonly completions: typeof completions;
  readonly speechInfo: typeof speechInfo;
  readonly speechFacts: typeof speechFacts;
  readonly renumber: typeof renumberEdits;
  readonly cleanUp: typeof cleanUp;
  readonly restoreParagraphs: typeof restore;
  readonly lostParagraphs: typeof lostParagraphs;
  readonly exportDocx: typeof exportDocx;
  readonly importDocx: typeof importDocx;
  readonly templates: typeof templateList;
  readonly workspaceFileKind: typeof workspaceFileKind;
  readonly workspaceFileProblems: typeof workspaceFileProblems;
}

const SERVICE: PodiumService = Object.freeze({
  analyze: analyzeSpeech,
  findings,
  quickFixes,
  fixAll,
  outline,
  hover: numberingHover,
  completions,
  speechInfo,
  speechFacts,
  renumber: renumberEdits,
  cleanUp,
  restoreParagraphs: restore,
  lostParagraphs,
  exportDocx,
  importDocx,
  templates: templateList,
  workspaceFileKind,
  workspaceFileProblems,
});

/**
 * The service. It holds no state: each provider reads the analysis it is given, so the server's
 * per-version cache and the CLI's one-shot `analyze` feed the same code.
 */
export function createPodiumService(): PodiumService {
  return SERVICE;
}
