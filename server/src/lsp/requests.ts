/** Podium's own requests (protocol.ts): each converts its params, asks one provider, converts back. */
import { randomUUID } from 'node:crypto';
import type { Connection } from 'vscode-languageserver/node';
import { localize, type Analysis, type Lang } from '../core/index.js';
import type { ExportSettingsLayer } from '../docx/export/index.js';
import { createPodiumService, linePositionsOf, RENUMBER_TITLE, type SpeechFacts } from '../service/index.js';
import { toTextEdit } from '../convert.js';
import { outlineRows, rangeRows } from '../speechInfoWire.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  PodiumSpeechInfoRequest, type PodiumCleanUpRequest, type PodiumExportDocxRequest, type PodiumImportDocxRequest,
  type PodiumRestoreParagraphsRequest, type PodiumTemplatesRequest,
} from '../protocol.js';
import { workspaceFileKind } from '../workspaceFiles.js';
import type { OpenSpeech, Session } from './session.js';

const service = createPodiumService();

/** Larger Word files are refused before decoding: a .docx of text is rarely over a few MB. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export async function templates(session: Session, { uri, locale }: { uri?: string; locale?: string }): Promise<PodiumTemplatesRequest.TemplateInfo[]> {
  const lang: Lang = locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : session.uiLang;
  const ws = uri ? (await session.settings.get(uri)).workspace : session.settings.workspaceFor('');
  return service.templates(ws.templates, lang);
}

// The answer per analysis: the status bar, the Structure view and its refresh may ask for one
// version more than once, and a long speech's answer takes milliseconds to build.
const infos = new WeakMap<object, { readonly key: readonly unknown[]; readonly full: PodiumSpeechInfoRequest.Full }>();
// Ids name this server's answers: a client holding one from a server before a restart never
// matches a new one by chance.
const RUN = randomUUID().slice(0, 8);
let resultIds = 0;

/**
 * The Structure view's answer: whole, or only what changed since the answer the client names
 * (`previousResultId`) when that is the last one sent for the speech (speechInfoWire.ts).
 */
export function speechInfo(session: Session, speech: OpenSpeech | undefined, previousResultId?: string): PodiumSpeechInfoRequest.Answer | null {
  if (!speech) return null;
  const { doc, settings, analysis } = speech;
  const key = [doc.uri, doc.version, settings.config, settings.workspace.templates, session.uiLang];
  let full = infos.get(analysis)?.key.every((k, i) => k === key[i]) ? infos.get(analysis)!.full : undefined;
  const sent = session.speechInfoSent.get(doc.uri);
  if (!full) {
    const facts = service.speechFacts(analysis, settings.config, settings.workspace.templates, session.uiLang);
    full = speechInfoAnswer(facts, analysis, doc, `${RUN}:${++resultIds}`, sent);
    infos.set(analysis, { key, full });
  }
  session.speechInfoSent.set(doc.uri, full);
  return sent && previousResultId === sent.resultId ? PodiumSpeechInfoRequest.delta(sent, full) : full;
}

/**
 * The whole answer for a document version: the facts' offsets as the document's positions, the
 * long lists as rows (those equal to `previous`'s, the answer sent before, reused).
 */
export function speechInfoAnswer(facts: SpeechFacts, analysis: Analysis, doc: TextDocument, resultId: string, previous?: PodiumSpeechInfoRequest.Full): PodiumSpeechInfoRequest.Full {
  const { outline, sections, statistics: { placeholders, ...statistics }, ...rest } = facts;
  // The analysis is of this version's text: its line table gives the same positions as the document's.
  const lines = linePositionsOf(analysis.lines);
  const range = (span: { start: number; end: number }): PodiumSpeechInfoRequest.WireRange => {
    const start = doc.positionAt(span.start), end = doc.positionAt(span.end);
    return [start.line, start.character, end.line, end.character];
  };
  return {
    uri: doc.uri, version: doc.version, resultId, ...rest, statistics,
    sections: sections.map(({ range: span, ...s }) => (span ? { ...s, range: range(span) } : s)),
    outline: outlineRows(outline, lines, previous?.outline), placeholders: rangeRows(placeholders, lines, previous?.placeholders),
  };
}

/** Clean Up Pasted Text: the client applies the edit, so one undo restores the paste. */
export function cleanUp(session: Session, speech: OpenSpeech | undefined): PodiumCleanUpRequest.Result | null {
  if (!speech) return null;
  const { doc, analysis } = speech;
  const result = service.cleanUp(analysis, speech.speech, session.uiLang);
  return {
    version: doc.version,
    edit: result.edit ? toTextEdit(doc, result.edit) : null,
    changed: result.changed.map((c) => ({ rule: c.rule, count: c.count })),
    left: result.left.length,
    paragraphs: service.lostParagraphs(analysis.model.text),
    message: result.message,
  };
}

/** Restore Paragraphs: the text as it would be, for the client's preview, and the one edit that makes it. */
export function restoreParagraphs(session: Session, { uri, headings }: PodiumRestoreParagraphsRequest.Params): PodiumRestoreParagraphsRequest.Result | null {
  const doc = session.documents.get(uri);
  if (!doc || workspaceFileKind(doc)) return null;
  const result = service.restoreParagraphs(doc.getText(), headings === true, session.uiLang);
  return {
    version: doc.version,
    text: result.text,
    edit: result.edit ? toTextEdit(doc, result.edit) : null,
    breaks: result.breaks, joined: result.joined, headings: result.headings, salutation: result.salutation,
    message: result.message,
  };
}

/**
 * Export to Word: the open speech's analysis, as the editor shows it (unsaved edits included), or
 * the text the client sends for a speech the server does not have open. Settings: VS Code's
 * `podium.export.*` under `.podium.yaml`'s `export:`, under the layout the writer chose.
 */
export async function exportDocx(connection: Connection, session: Session, { uri, layout, text }: PodiumExportDocxRequest.Params): Promise<PodiumExportDocxRequest.Result | null> {
  const doc = session.documents.get(uri);
  if ((!doc && text === undefined) || (doc && workspaceFileKind(doc))) return null;
  const s = await session.settings.get(uri);
  const analysis = doc ? session.cache.get(doc, s) : service.analyze(text!, { config: s.config, templates: s.workspace.templates });
  let fromClient: ExportSettingsLayer | undefined;
  if (session.settings.canPull) {
    try {
      fromClient = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'podium.export' })) ?? undefined) as ExportSettingsLayer | undefined;
    } catch {
      fromClient = undefined;
    }
  }
  const result = await service.exportDocx(analysis, fromClient, s.workspace.configFile?.export, layout ? { layout } : undefined);
  return {
    base64: Buffer.from(result.bytes).toString('base64'),
    warnings: result.warnings.map((w) => ({ kind: w.kind, message: localize(w.message, session.uiLang), ...(w.line ? { line: w.line } : {}) })),
    layout: result.layout,
  };
}

/** Import from Word: bytes in, a speech out; the client writes and opens it. */
export async function importDocx(session: Session, params: PodiumImportDocxRequest.Params): Promise<PodiumImportDocxRequest.Result> {
  const lang = session.uiLang;
  if (params.base64.length > (MAX_IMPORT_BYTES / 3) * 4 + 4) {
    const message = { en: `${params.fileName} is larger than ${MAX_IMPORT_BYTES / 2 ** 20} MB; Podium does not import it.`, 'zh-CN': `${params.fileName} 超过 ${MAX_IMPORT_BYTES / 2 ** 20} MB，Podium 不导入。` };
    return { ok: false, message: message[lang] };
  }
  const result = await service.importDocx(new Uint8Array(Buffer.from(params.base64, 'base64')), params.fileName);
  return result.ok
    ? { ok: true, markdown: result.markdown, notes: result.notes.map((n) => localize(n, lang)) }
    : { ok: false, message: result.message[lang] };
}

/** The URI a `podium.renumberAll` command names: a string, a `{ uri }`, or nothing (then the speech last worked on). */
function commandUri(args: readonly unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}

/** "Renumber all" from a palette: every series of the speech renumbered, applied through the client. */
export async function renumberAll(connection: Connection, session: Session, args: readonly unknown[] | undefined): Promise<{ applied: boolean; edits?: number }> {
  const speech = await session.speech(commandUri(args) ?? session.lastUri ?? '');
  if (!speech) return { applied: false };
  const edits = service.renumber(speech.analysis);
  if (!edits.length) return { applied: true, edits: 0 };
  const { doc } = speech;
  const result = await connection.workspace.applyEdit({ label: RENUMBER_TITLE[session.uiLang], edit: { changes: { [doc.uri]: edits.map((e) => toTextEdit(doc, e)) } } });
  return { applied: result.applied, edits: edits.length };
}
