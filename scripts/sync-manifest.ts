// Regenerates the parts of the manifest that follow the rule registry: the `podium.rules`
// setting's per-rule properties in package.json and their descriptions in package.nls*.json,
// and the rule list of the `.podium.yaml` JSON schema (schemas/podium.schema.json).
//   node --import tsx scripts/sync-manifest.ts          rewrite
//   node --import tsx scripts/sync-manifest.ts --check  exit 1 when out of date (tests, CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, SEVERITY_SETTINGS } from '../server/src/core/index.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function update(file: string, edit: (json: Record<string, any>) => void): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const json = JSON.parse(before);
  edit(json);
  const after = JSON.stringify(json, null, 2) + '\n';
  if (after === before) return;
  if (check) stale.push(file);
  else writeFileSync(path, after);
}

update('package.json', (pkg) => {
  const setting = pkg.contributes.configuration.properties['podium.rules'];
  setting.properties = Object.fromEntries(RULES.map((rule) => [rule.id, {
    type: 'string', enum: SEVERITY_SETTINGS, markdownDescription: `%config.rules.${rule.id}%`,
  }]));
});
for (const [file, lang] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh-CN']] as const) {
  update(file, (nls) => {
    for (const key of Object.keys(nls)) if (key.startsWith('config.rules.') && !RULES.some((r) => key === `config.rules.${r.id}`)) delete nls[key];
    const level = lang === 'en' ? 'default' : '默认';
    for (const rule of RULES) nls[`config.rules.${rule.id}`] = `${rule.description[lang]} (${level}: \`${rule.defaultSeverity}\`)`;
  });
}
update('schemas/podium.schema.json', (schema) => {
  schema.properties.rules.properties = Object.fromEntries(RULES.map((rule) => [rule.id, ruleSchema(rule)]));
});

/** A rule option as the rule declares it (server/src/core/ruleOptions.ts). */
interface DeclaredOption { default: boolean | number | string; description: { en: string }; values?: readonly string[] }

/**
 * A rule's entry under `rules:`: a severity, or, for a rule with options, also a mapping of
 * `severity` and its options. `false` is a severity too: YAML 1.1 readers turn `off` into false.
 */
function ruleSchema(rule: (typeof RULES)[number]): Record<string, unknown> {
  const severity = { enum: [...SEVERITY_SETTINGS, false] };
  const description = `${rule.description.en} Default: ${rule.defaultSeverity}.`;
  const options = (rule as { options?: Record<string, DeclaredOption> }).options;
  if (!options || !Object.keys(options).length) return { description, ...severity };
  return {
    description,
    anyOf: [severity, {
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: { description: `The rule's severity. Default: ${rule.defaultSeverity}.`, ...severity },
        ...Object.fromEntries(Object.entries(options).map(([name, option]) => [name, optionSchema(option)])),
      },
    }],
  };
}

function optionSchema(option: DeclaredOption): Record<string, unknown> {
  const shown = typeof option.default === 'boolean' ? (option.default ? 'on' : 'off') : String(option.default);
  const description = `${option.description.en} Default: ${shown}.`;
  if (typeof option.default === 'boolean') return { description, enum: ['on', 'off', true, false], default: shown };
  if (typeof option.default === 'number') return { description, type: 'number', default: option.default };
  return { description, ...(option.values ? { enum: [...option.values] } : { type: 'string' }), default: option.default };
}
if (stale.length) {
  process.stderr.write(`out of date with the rule registry: ${stale.join(', ')}; run node --import tsx scripts/sync-manifest.ts\n`);
  process.exit(1);
}
