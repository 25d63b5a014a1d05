import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { analyze, cleanUpSummary, cleanUpText, minimalEdit, restoreParagraphs, restoreSummary, type Analysis, type Lang, type TextEdit } from './core/index.js';
import type { PodiumCleanUpRequest, PodiumRestoreParagraphsRequest } from './protocol.js';
import type { DocumentSettings } from './settings.js';

function toLsp(doc: TextDocument, edit: TextEdit | undefined): LspTextEdit | null {
  return edit ? { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText } : null;
}

/** Clean Up Pasted Text over the document's analysis (the first round reuses the cached one). */
export function cleanUpDocument(doc: TextDocument, first: Analysis, s: DocumentSettings, uiLang: Lang): PodiumCleanUpRequest.Result {
  const text = doc.getText();
  const result = cleanUpText(text, (t) => (t === text ? first : analyze(t, { config: s.config, templates: s.workspace.templates })).findings);
  return {
    version: doc.version,
    edit: toLsp(doc, result.edit),
    changed: result.changed.map((c) => ({ rule: c.rule, count: c.count })),
    left: result.left.length,
    paragraphs: restoreParagraphs(text).breaksInLines,
    message: cleanUpSummary(result.changed, result.left.length, uiLang),
  };
}

/** Restore Paragraphs: what the text would become; the client previews it before applying the edit. */
export function restoreDocument(doc: TextDocument, headings: boolean, uiLang: Lang): PodiumRestoreParagraphsRequest.Result {
  const text = doc.getText();
  const result = restoreParagraphs(text, { headings });
  return {
    version: doc.version,
    text: result.text,
    edit: toLsp(doc, minimalEdit(text, result.text)),
    breaks: result.breaks, joined: result.joined, headings: result.headings, salutation: result.salutation,
    message: restoreSummary(result, uiLang),
  };
}
