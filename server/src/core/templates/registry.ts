import { BUILTIN_TEMPLATES } from './builtin.generated.js';
import { loadTemplate, type TemplateProblem } from './load.js';
import type { Template } from './types.js';

export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

/** All templates a speech can name, and the problems found in workspace template files. */
export interface TemplateSet {
  readonly templates: ReadonlyMap<string, Template>;
  readonly problems: ReadonlyMap<string, readonly TemplateProblem[]>;
}

/** Parsed when the package is built (scripts/sync-templates.ts), not on a fresh server's first speech. */
function builtinTemplates(): readonly Template[] {
  return BUILTIN_TEMPLATES;
}

/** Merges built-in templates with workspace ones (a workspace template may replace a built-in one). */
export function buildTemplateSet(files: readonly TemplateFile[] = []): TemplateSet {
  const templates = new Map(builtinTemplates().map((t) => [t.id, t] as const));
  const problems = new Map<string, TemplateProblem[]>();
  const pending = new Map<string, { template: Template; parent: { id: string; start: number; end: number }; path: string }>();
  for (const file of files) {
    const loaded = loadTemplate(file.text, file.path);
    const list = [...loaded.problems];
    problems.set(file.path, list);
    if (!loaded.template) continue;
    if (loaded.extends) pending.set(loaded.template.id, { template: loaded.template, parent: loaded.extends, path: file.path });
    else templates.set(loaded.template.id, loaded.template);
  }
  for (const [id, entry] of pending) {
    const sections = resolveExtends(id, pending, templates);
    if (sections) {
      templates.set(id, { ...entry.template, sections: entry.template.sections.length ? entry.template.sections : sections });
    } else {
      problems.get(entry.path)!.push({
        message: {
          en: `"extends: ${entry.parent.id}" names no template or leads back to "${id}".`,
          'zh-CN': `extends: ${entry.parent.id} 找不到该模板，或循环引用了“${id}”。`,
        },
        start: entry.parent.start, end: entry.parent.end,
      });
    }
  }
  return { templates, problems };
}

/** Follows `extends` links to a template with sections; undefined on a cycle or a dangling id. */
function resolveExtends(
  id: string, pending: ReadonlyMap<string, { template: Template; parent: { id: string } }>, done: ReadonlyMap<string, Template>,
): Template['sections'] | undefined {
  const seen = new Set<string>([id]);
  let current = pending.get(id)!;
  for (;;) {
    const parentId = current.parent.id;
    if (seen.has(parentId)) return undefined;
    seen.add(parentId);
    const next = pending.get(parentId);
    if (!next) return done.get(parentId)?.sections;
    if (next.template.sections.length) return next.template.sections;
    current = next;
  }
}
