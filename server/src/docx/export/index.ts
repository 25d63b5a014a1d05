/**
 * Word export: a checked speech (the Analysis from `analyze()`) as a .docx. Pure apart from the
 * `docx` library, which is loaded on the first export only.
 *
 * The mapping, which the importer (../import/) relies on:
 *
 * | speech                                   | Word paragraph (style id / name)         |
 * |------------------------------------------|------------------------------------------|
 * | `# title` (else front matter `title`)    | `Title` / Title, centred                 |
 * | front matter `occasion` (setting)        | `Subtitle` / Subtitle: `——在…上的讲话`   |
 * | front matter `speaker`                   | `PodiumSpeaker` / Speaker, centred 楷体  |
 * | front matter `date` (YYYY-MM-DD)         | `PodiumDate` / Speech Date, centred 楷体: `（2020年7月15日）`; English `July 15, 2020` |
 * | `##` (and `#` after the title)           | `Heading1` / heading 1 (黑体)            |
 * | `###`                                    | `Heading2` / heading 2 (楷体)            |
 * | `####`                                   | `Heading3` / heading 3 (仿宋)            |
 * | `#####` and deeper                       | `Heading4` / heading 4 (仿宋)            |
 * | the salutation line (`同志们：`)         | `PodiumSalutation` / Salutation, no indent (based on Normal) |
 * | a paragraph, list item, quote, table row | `Normal`, first-line indent of two characters |
 * | a code block's lines                     | `PodiumPlain` / Plain Text, no indent    |
 *
 * Heading text is the writer's own, numbers included (`一、` `（一）` `1.` `（1）`); Word numbering
 * is never used. Bold and italic become run formatting; an ordered list item keeps its number
 * (`1.`), a bullet is dropped; HTML and link targets are left out; a hard line break starts a new
 * paragraph. Every run names its East Asian font (`w:eastAsia`). Page numbers are in footers only.
 */
import type { Analysis, Message } from '../../core/index.js';
import { speechContent } from './content.js';
import { layoutFor } from './layout.js';
import { resolveOptions, type ExportOptions } from './options.js';
import { findingWarnings, type ExportWarning } from './warnings.js';

export type { ExportOptions, ExportLayout, ExportFonts, ExportSizes, SubtitleSetting } from './options.js';
export { DEFAULT_FONTS, DEFAULT_SIZES, mergeExportSettings, resolveOptions, type ExportSettingsLayer } from './options.js';
export { blocksStrictExport, type ExportWarning } from './warnings.js';

export interface ExportResult {
  readonly bytes: Uint8Array;
  /** Error diagnostics and unfilled placeholders first, then what the document leaves out. */
  readonly warnings: readonly ExportWarning[];
}

/** The speech as a .docx in the chosen layout, with what the writer should know before sending it. */
export async function exportSpeech(analysis: Analysis, options: ExportOptions): Promise<ExportResult> {
  const resolved = resolveOptions(options);
  const content = speechContent(analysis, resolved.subtitle);
  const layout = layoutFor(content.lang, resolved);
  const { buildDocx } = await import('./build.js');
  const bytes = await buildDocx(content, layout);
  const notes: ExportWarning[] = content.notes.map((message: Message) => ({ kind: 'note', message }));
  return { bytes, warnings: [...findingWarnings(analysis), ...notes] };
}
