import type { Analysis } from '../core/index.js';
import { exportSpeech, mergeExportSettings, type ExportLayout, type ExportSettingsLayer, type ExportWarning } from '../docx/export/index.js';

export interface ExportOutcome {
  readonly bytes: Uint8Array;
  /** Error findings and unfilled placeholders first, then what the document leaves out. */
  readonly warnings: readonly ExportWarning[];
  readonly layout: ExportLayout;
}

/**
 * The analysed speech as a .docx. `layers` are the export settings, later over earlier: the
 * editor's `podium.export.*`, `.podium.yaml`'s `export:`, the layout the writer chose.
 */
export async function exportDocx(analysis: Analysis, ...layers: readonly (ExportSettingsLayer | undefined)[]): Promise<ExportOutcome> {
  const options = mergeExportSettings(...layers);
  const result = await exportSpeech(analysis, options);
  return { bytes: result.bytes, warnings: result.warnings, layout: options.layout ?? 'official' };
}
