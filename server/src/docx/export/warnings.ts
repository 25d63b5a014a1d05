/** What the writer must hear before a leader receives the document: `X 同志` must never reach paper. */
import type { Analysis, Message } from '../../core/index.js';

export interface ExportWarning {
  readonly message: Message;
  /** `error` and `placeholder` block a strict export; a `note` says what the document leaves out. */
  readonly kind: 'error' | 'placeholder' | 'note';
  /** 1-based line in the speech, for errors and placeholders. */
  readonly line?: number;
}

/** Error diagnostics and unfilled placeholders, in reading order. */
export function findingWarnings(analysis: Analysis): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  for (const f of analysis.findings) {
    const placeholder = f.ruleId === 'placeholder';
    if (!placeholder && f.severity !== 'error') continue;
    const line = analysis.lines.positionAt(f.start).line + 1;
    // The finding's message is in the speech's language already; the frame is in the reader's.
    warnings.push({
      kind: placeholder ? 'placeholder' : 'error',
      line,
      message: { en: `Line ${line} (${f.ruleId}): ${f.message}`, 'zh-CN': `第 ${line} 行（${f.ruleId}）：${f.message}` },
    });
  }
  return warnings;
}

/** True when a strict export must refuse. */
export function blocksStrictExport(warnings: readonly ExportWarning[]): boolean {
  return warnings.some((w) => w.kind !== 'note');
}
