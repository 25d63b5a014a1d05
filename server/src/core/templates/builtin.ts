import { BUILTIN_TEMPLATE_FILES } from './builtin.generated.js';

/**
 * The built-in templates, as the same YAML a workspace writes in `.podium/templates/`. The data
 * lives in templates/builtin/*.yaml (with its sources); the generated module bundles their text.
 */
export const BUILTIN_TEMPLATE_SOURCES: readonly string[] = BUILTIN_TEMPLATE_FILES.map((f) => f.source);
