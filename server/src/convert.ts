/**
 * The one place where the service's terms (offsets, findings, outline items, hovers, completion
 * entries) become LSP's: positions come from the document, whose line table the editor keeps.
 */
import {
  CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentSymbol, InsertTextFormat, MarkupKind, Range, SymbolKind,
  type CompletionItem, type Hover, type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineItem, Severity, Span, TextEdit } from './core/index.js';
import type { CompletionEntry, HoverInfo } from './service/index.js';
import { DIAGNOSTIC_SOURCE, RULE_DOCS } from './protocol.js';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit), newText: edit.newText };
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


/**
 * The one place where findings become LSP diagnostics. Their messages are in the speech's
 * language, whatever the editor's display language (README, "Languages"). `complete`: with the
 * source and the link to the rules; false for a client that adds them itself (protocol.ts,
 * `completesDiagnostics`).
 */
export function toDiagnostic(doc: TextDocument, finding: Finding, complete = true): Diagnostic {
  const diagnostic: Diagnostic = complete
    ? { range: toRange(doc, finding), severity: SEVERITIES[finding.severity], code: finding.ruleId, codeDescription: CODE_DESCRIPTION, source: DIAGNOSTIC_SOURCE, message: finding.message }
    : { range: toRange(doc, finding), severity: SEVERITIES[finding.severity], code: finding.ruleId, message: finding.message };
  // Quick fixes are looked up when asked (lsp/codeActions.ts), not sent with every diagnostic.
  if (finding.data) diagnostic.data = { ...finding.data };
  return diagnostic;
}

/** Shared by every diagnostic (read-only; only serialised). */
const CODE_DESCRIPTION = Object.freeze({ href: RULE_DOCS });

const KINDS: Record<OutlineItem['kind'], SymbolKind> = {
  title: SymbolKind.File,
  salutation: SymbolKind.Constant,
  opening: SymbolKind.Field,
  part: SymbolKind.Namespace,
  closing: SymbolKind.Event,
  point: SymbolKind.EnumMember,
};

export function toDocumentSymbol(doc: TextDocument, item: OutlineItem): DocumentSymbol {
  return {
    name: item.name.trim() || '…',
    detail: item.detail,
    kind: KINDS[item.kind],
    range: toRange(doc, item),
    selectionRange: toRange(doc, { start: item.selection.start, end: Math.min(item.selection.end, item.end) }),
    children: item.children.map((c) => toDocumentSymbol(doc, c)),
  };
}

export function toHover(doc: TextDocument, hover: HoverInfo | undefined): Hover | null {
  return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, hover) } : null;
}

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  section: CompletionItemKind.Module,
};

/** A key asks for completion again once inserted, so its values come at once. */
const TRIGGER_SUGGEST = Object.freeze({ title: '', command: 'editor.action.triggerSuggest' });

export function toCompletionItem(entry: CompletionEntry): CompletionItem {
  const item: CompletionItem = { label: entry.label, kind: COMPLETION_KINDS[entry.kind] };
  if (entry.detail !== undefined) item.detail = entry.detail;
  if (entry.documentation !== undefined) item.documentation = entry.documentation;
  if (entry.sortText !== undefined) item.sortText = entry.sortText;
  if (entry.filterText !== undefined) item.filterText = entry.filterText;
  if (entry.insertText !== undefined) item.insertText = entry.insertText;
  // A section's skeleton is text as it stands, not a snippet.
  if (entry.kind === 'section') item.insertTextFormat = InsertTextFormat.PlainText;
  if (entry.edit) item.textEdit = { range: entry.edit.range, newText: entry.edit.newText };
  if (entry.retrigger) item.command = TRIGGER_SUGGEST;
  return item;
}
