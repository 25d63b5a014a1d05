import { Diagnostic, DiagnosticSeverity, DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineItem, Severity, Lang } from './core/index.js';

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
  const range = { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) };
  const diagnostic: Diagnostic = {
    range,
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
    data.fixes = finding.fixes.map((fix) => ({
      title: fix.title[speechLang],
      edits: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
    }));
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
  const range = { start: doc.positionAt(item.start), end: doc.positionAt(item.end) };
  const selectionRange = { start: doc.positionAt(item.selection.start), end: doc.positionAt(Math.min(item.selection.end, item.end)) };
  return {
    name: item.name.trim() || '…',
    detail: item.detail,
    kind: KINDS[item.kind],
    range,
    selectionRange,
    children: item.children.map((c) => toDocumentSymbol(doc, c)),
  };
}
