/** `podium/exportDocx`: the open speech's analysis, with the export settings, as a .docx. */
import type { Connection } from 'vscode-languageserver/node';
import { localize, type Analysis, type Lang } from './core/index.js';
import { exportSpeech, mergeExportSettings, type ExportSettingsLayer } from './docx/export/index.js';
import type { WorkspaceSettings } from './node/workspace.js';
import type { PodiumExportDocxRequest } from './protocol.js';

/** VS Code's `podium.export.*` under `.podium.yaml`'s `export:`, under the layout the writer chose. */
export async function exportDocx(
  connection: Connection, canPull: boolean, uri: string, analysis: Analysis, workspace: WorkspaceSettings,
  layout: PodiumExportDocxRequest.Params['layout'], uiLang: Lang,
): Promise<PodiumExportDocxRequest.Result> {
  let fromClient: ExportSettingsLayer | undefined;
  if (canPull) {
    try {
      fromClient = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'podium.export' })) ?? undefined) as ExportSettingsLayer | undefined;
    } catch {
      fromClient = undefined;
    }
  }
  const options = mergeExportSettings(fromClient, workspace.configFile?.export, layout ? { layout } : undefined);
  const result = await exportSpeech(analysis, options);
  return {
    base64: Buffer.from(result.bytes).toString('base64'),
    warnings: result.warnings.map((w) => ({ kind: w.kind, message: localize(w.message, uiLang), ...(w.line ? { line: w.line } : {}) })),
    layout: options.layout ?? 'official',
  };
}
