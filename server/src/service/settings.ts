import type { PodiumConfig, TemplateSet } from '../core/index.js';

/**
 * What a provider needs besides the analysis: the merged configuration and the templates the
 * speech's workspace sees. The server reads them per document (settings.ts), the CLI from
 * `.podium.yaml` (node/workspace.ts).
 */
export interface SpeechSettings {
  readonly config: PodiumConfig;
  readonly templates: TemplateSet;
}
