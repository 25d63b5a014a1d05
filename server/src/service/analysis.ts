import { analyze, type Analysis, type PodiumConfig, type TemplateSet } from '../core/index.js';

/**
 * What a provider needs besides the analysis: the merged configuration and the templates the
 * speech's workspace sees. The server reads them per document (settings.ts), the CLI from
 * `.podium.yaml` (node/workspace.ts).
 */
export interface SpeechSettings {
  readonly config: PodiumConfig;
  readonly templates: TemplateSet;
}

/**
 * A speech's analysis with its settings: what the CLI reads, and what fix rounds after the first
 * read (the server's first round is its cached analysis of the document's version).
 */
export function analyzeSpeech(text: string, settings: SpeechSettings): Analysis {
  return analyze(text, { config: settings.config, templates: settings.templates });
}
