/** Custom messages shared by the client and the server. */
import { RequestType, NotificationType, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import * as Wire from './speechInfoWire.js';
import type { SectionInfo, StatisticsInfo } from './service/speechInfo.js';

/**
 * Node options the server is started with. A small young generation makes V8 collect remark's
 * short-lived syntax trees sooner instead of growing the heap for them: about 25 MB less peak
 * memory on a 5 MB speech (bench/), with no measurable cost per keystroke. It starts at that size
 * rather than growing into it, so a speech's first analysis collects less often (a 30 KB speech's
 * first diagnostics came about 6 ms sooner). `--expose-gc` lets the server collect before a very
 * long speech's first analysis (node/collectGarbage.ts; without it the server asks V8 another way,
 * at some memory cost). `--no-regexp-tier-up` compiles each pattern to machine code on its first
 * use instead of interpreting it first and compiling it again once warm: the checks hold a few
 * hundred patterns, and a fresh server's first diagnostics of a 30 KB speech came about 6 ms
 * (12%) sooner. Other editors can pass the same:
 * `node --max-semi-space-size=4 --min-semi-space-size=4 --expose-gc --no-regexp-tier-up server/out/server.js --stdio`.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4', '--min-semi-space-size=4', '--expose-gc', '--no-regexp-tier-up'];

/**
 * How VS Code's client and the server encode messages over Node IPC: V8's serializer (Node's
 * `serialization: 'advanced'`) instead of JSON, set by the side that forks the server. A keystroke
 * in a pasted draft sends hundreds of diagnostics, and V8's format writes and reads them in about
 * 70% of JSON's time on each side (bench/: the one-line draft's keystroke, median 0.69×). Both
 * sides only ever send plain data (vscode-jsonrpc's messages, the client's converted settings),
 * which it carries as JSON does; test/server/ipc.test.ts checks the answers are the same.
 */
export const IPC_SERIALIZATION = 'advanced' as const;

/** The settings block a client sends (section `podium`). */
export interface PodiumSettings {
  rules?: Record<string, string>;
  placeholders?: { patterns?: string[] };
  rates?: { 'zh-CN'?: number; en?: number };
  templatesFolder?: string;
  run?: 'onType' | 'onSave';
  maxProblems?: number;
  words?: unknown;
  residue?: unknown;
}

export interface InitializationOptions {
  /** False in an untrusted workspace: user placeholder patterns are then ignored. */
  workspaceTrusted?: boolean;
  /**
   * True when the client gives each diagnostic its `source` (`podium`) and its link to the rules
   * (RULE_DOCS) itself, as the VS Code extension does (client/src/diagnosticLinks.ts): the server
   * then leaves both out. They were 35% of the bytes a keystroke in a pasted one-line draft sends
   * (682 diagnostics, 183 KB), the part of its latency the analysis does not control.
   */
  completesDiagnostics?: boolean;
}

/** The README's rule table: every diagnostic's code links there, and SARIF's rules too. */
export const RULE_DOCS = 'https://github.com/podium-speech/podium#rules';

/** The `source` of every diagnostic Podium publishes. */
export const DIAGNOSTIC_SOURCE = 'podium';

export namespace PodiumTrustNotification {
  export const method = 'podium/trust';
  export const type = new NotificationType<{ trusted: boolean }>(method);
}

/** "Renumber all": a code action kind and a `workspace/executeCommand` command (argument: the document URI). */
export namespace PodiumRenumberAll {
  export const kind = 'source.renumber.podium';
  export const command = 'podium.renumberAll';
}

export namespace PodiumTemplatesRequest {
  export const method = 'podium/templates';
  export interface TemplateInfo {
    id: string; name: string; lang: string; origin: string;
    sections: { id: string; label: string; required: boolean; kind: string; skeleton?: string }[];
    /** The body of a new speech on this template, as the missing-section fix writes each section. */
    skeleton: string;
    /** One line saying what the template is for. */
    description?: string;
  }
  export const type = new RequestType<{ uri?: string; locale?: string }, TemplateInfo[], void>(method);
}

/** Everything the client's Structure view and status bar show for one speech. */
export namespace PodiumSpeechInfoRequest {
  export const method = 'podium/speechInfo';
  export interface Params {
    uri: string;
    /** The `resultId` of the answer the client holds for this speech: the server may then send only what changed since. */
    previousResultId?: string;
  }
  export type WireRange = Wire.WireRange;
  export type OutlineNode<R = WireRange> = Wire.OutlineNode<R>;
  /** A template section as the Structure view shows it (the language service's shape). */
  export type Section<R = WireRange> = SectionInfo<R>;
  export type Statistics<R = WireRange> = StatisticsInfo<R>;
  /** The answer as the client's views read it (`resolve`, then `decode`). */
  export interface Result<R = Range> {
    uri: string;
    version: number;
    lang: 'zh-CN' | 'en';
    template?: { id: string; name: string };
    sections: Section<R>[];
    outline: OutlineNode<R>[];
    statistics: Statistics<R>;
  }
  /** What the answer carries besides its two long lists (the outline and the placeholders). */
  export interface Head {
    uri: string;
    version: number;
    /** Names this answer: the client sends it back as `previousResultId`. */
    resultId: string;
    lang: 'zh-CN' | 'en';
    template?: { id: string; name: string };
    sections: Section[];
    statistics: Omit<Statistics, 'placeholders'>;
  }
  /** A whole answer: what the client keeps. */
  export type Full = Head & Wire.Lists;
  /** An answer the client builds from the one it holds (`base`). */
  export type Delta = Head & Wire.ListEdits;
  export type Answer = Full | Delta;
  export const type = new RequestType<Params, Answer | null, void>(method);

  export function isDelta(answer: Answer): answer is Delta {
    return 'base' in answer;
  }

  /** The whole answer from `answer` and the one the client holds; undefined when a delta's base is not `held`. */
  export function resolve(held: Full | undefined, answer: Answer): Full | undefined {
    if (!isDelta(answer)) return answer;
    if (!held || held.resultId !== answer.base || held.uri !== answer.uri) return undefined;
    const outline = Wire.applyListEdits(held.outline, answer.outline);
    const placeholders = Wire.applyListEdits(held.placeholders, answer.placeholders);
    if (!outline || !placeholders) return undefined;
    const { base: _base, outline: _o, placeholders: _p, ...head } = answer;
    return { ...head, outline, placeholders };
  }

  /** What changed from `before` to `after`, as an answer. */
  export function delta(before: Full, after: Full): Delta {
    const { outline, placeholders, ...head } = after;
    return { ...head, base: before.resultId, outline: Wire.listEdits(before.outline, outline), placeholders: Wire.listEdits(before.placeholders, placeholders) };
  }

  /** The answer with LSP ranges, as the client's views read it. */
  export function decode(full: Full): Result {
    const { resultId: _id, outline, placeholders, sections, statistics, ...rest } = full;
    return {
      ...rest,
      sections: sections.map(({ range, ...s }) => (range ? { ...s, range: Wire.wireRange(range) } : s)),
      outline: Wire.decodeOutline(outline),
      statistics: { ...statistics, placeholders: Wire.decodeRanges(placeholders) },
    };
  }
}

/**
 * Clean Up Pasted Text: every certain fix (marks, spaces, residue) as one edit for the client to
 * apply, so one undo restores the paste. `edit` is null when there is nothing to clean.
 */
export namespace PodiumCleanUpRequest {
  export const method = 'podium/cleanUp';
  export interface Params { uri: string }
  export interface Result {
    /** The document version the edit applies to. */
    version: number;
    edit: TextEdit | null;
    changed: { rule: string; count: number }[];
    /** Findings the cleaned text still has. */
    left: number;
    /** Paragraph breaks Restore Paragraphs would add inside single lines of the text as it was: it lost its paragraphs. */
    paragraphs: number;
    /** What changed and what is left, in the UI language. */
    message: string;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** Restore Paragraphs: the proposed text (for a preview) and the one edit that makes it. */
export namespace PodiumRestoreParagraphsRequest {
  export const method = 'podium/restoreParagraphs';
  export interface Params { uri: string; headings?: boolean }
  export interface Result {
    version: number;
    /** The whole text as it would be. */
    text: string;
    edit: TextEdit | null;
    breaks: number;
    joined: number;
    headings: number;
    salutation: boolean;
    message: string;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/**
 * Import from Word: a .docx's bytes in, a speech out. In the server because the import
 * libraries are already in its bundle (loaded on first use) and the CLI runs the same module; the
 * client only reads and writes files, so it works on any file system the editor can reach.
 */
export namespace PodiumImportDocxRequest {
  export const method = 'podium/importDocx';
  export interface Params {
    /** The .docx, base64-encoded. */
    base64: string;
    /** Shown in messages; the title when the draft has none. */
    fileName: string;
  }
  export type Result =
    | { ok: true; markdown: string; /** In the editor's language. */ notes: string[] }
    | { ok: false; /** What the file is and what to do (save as .docx in Word/WPS), in the editor's language. */ message: string };
  export const type = new RequestType<Params, Result, void>(method);
}

/** Export to Word: the server holds the checked model and the settings, so it writes the document. */
export namespace PodiumExportDocxRequest {
  export const method = 'podium/exportDocx';
  /** `text`: the speech's text, for a speech the server does not have open (the client sends it when asked again). */
  export interface Params { uri: string; layout?: 'official' | 'reading'; text?: string }
  export interface Warning { kind: 'error' | 'placeholder' | 'note'; message: string; line?: number }
  export interface Result {
    /** The .docx, base64-encoded. */
    base64: string;
    /** In the editor's language: errors and placeholders first, then what the document leaves out. */
    warnings: Warning[];
    layout: 'official' | 'reading';
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}
