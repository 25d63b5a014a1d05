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
  // `false` too: YAML 1.1 readers turn an unquoted `off` into false, and .podium.yaml accepts it.
  schema.properties.rules.properties = Object.fromEntries(RULES.map((rule) => [rule.id, {
    description: `${rule.description.en} Default: ${rule.defaultSeverity}.`, enum: [...SEVERITY_SETTINGS, false],
  }]));
});
if (stale.length) {
  process.stderr.write(`out of date with the rule registry: ${stale.join(', ')}; run node --import tsx scripts/sync-manifest.ts\n`);
  process.exit(1);
}
