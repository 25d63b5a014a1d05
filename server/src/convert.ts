/**
 * The one place where the service's terms (offsets, findings, outline items, hovers, completion
 * entries) become LSP's: positions come from the document, whose line table the editor keeps.
 */
import {
  CompletionItemKind, Diagnostic, DiagnosticSeverity, DocumentSymbol, InsertTextFormat, MarkupKind, Range, SymbolKind,
  type CompletionItem, type Hover, type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineItem, Severity, Lang, Span, TextEdit } from './core/index.js';
import { createPodiumService, type CompletionEntry, type HoverInfo } from './service/index.js';

const service = createPodiumService();

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit), newText: edit.newText };
}

/** The README's rule table; every code has its row there. */
export const RULE_DOCS = 'https://github.com/podium-speech/podium#rules';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A fix as it travels in `diagnostic.data`: ranges already in LSP positions. */
export interface DiagnosticFix {
  title: string;
  edits: { range: Range; newText: string }[];
}

export interface DiagnosticData {
  fixes?: DiagnosticFix[];
  [key: string]: unknown;
}

/**
 * The one place where findings become LSP diagnostics. `speechLang` is the speech's language:
 * what Podium says about a speech (messages, fix titles) is in the speech's language, whatever
 * the editor's display language (README, "Languages").
 */
export function toDiagnostic(doc: TextDocument, finding: Finding, speechLang: Lang): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: CODE_DESCRIPTION,
    source: 'podium',
    message: finding.message,
  };
  // A long speech has thousands of findings, most without data: no empty `data` to allocate and send.
  if (!finding.data && !finding.fixes?.length) return diagnostic;
  const data: DiagnosticData = { ...finding.data };
  if (finding.fixes?.length) {
    data.fixes = service.quickFixes(finding, speechLang).map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => toTextEdit(doc, e)) }));
  }
  diagnostic.data = data;
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
