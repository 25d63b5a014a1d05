// schemas/podium.schema.json, the JSON schema the YAML extension uses for .podium.yaml, against
// the code that reads the file: the same keys and rules, and the same verdict on real and broken files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, SEVERITY_SETTINGS, parseConfigFile } from '../../server/src/core/index.js';
import { CONFIG_KEYS } from '../../server/src/core/configFile.js';
import { EXPORT_FONT_KEYS, EXPORT_SIZE_KEYS } from '../../server/src/core/exportSettings.js';
import { CONFIG_FILE } from '../../server/src/node/workspace.js';
import { ROOT, compileSchema, errorRange, readJson, schemaErrors, undescribed } from './yamlSchemaCheck.js';

const FILE = 'schemas/podium.schema.json';
const schema = readJson(FILE);
const validate = compileSchema(FILE);
const ruleIds = RULES.map((r) => r.id);

type Option = { default: boolean | number | string; values?: readonly string[] };
/** A rule's declared options (`rules: { <id>: { severity, <option>: … } }`), if it has any. */
const optionsOf = (rule: (typeof RULES)[number]) => (rule as { options?: Record<string, Option> }).options ?? {};
const optionYaml = (o: Option) => (typeof o.default === 'boolean' ? (o.default ? 'on' : 'off') : String(o.values?.at(-1) ?? o.default));
/** Each rule as `.podium.yaml` may give it: a severity, or a mapping for a rule with options. */
const ruleLine = (rule: (typeof RULES)[number], i: number) => {
  const severity = [...SEVERITY_SETTINGS, 'false'][i % (SEVERITY_SETTINGS.length + 1)];
  const options = Object.entries(optionsOf(rule));
  return options.length ? `  ${rule.id}: { severity: ${severity}, ${options.map(([k, o]) => `${k}: ${optionYaml(o)}`).join(', ')} }` : `  ${rule.id}: ${severity}`;
};

test('the rule list follows the rule registry (npm run sync-manifest regenerates it)', () => {
  const rules = schema.properties.rules.properties;
  assert.deepEqual(Object.keys(rules), ruleIds, 'run npm run sync-manifest and commit schemas/podium.schema.json with the rule');
  for (const rule of RULES) {
    const entry = rules[rule.id];
    assert.equal(entry.description, `${rule.description.en} Default: ${rule.defaultSeverity}.`, 'run npm run sync-manifest and commit schemas/podium.schema.json with the rule');
    const options = Object.keys(optionsOf(rule));
    if (!options.length) assert.deepEqual(entry.enum, [...SEVERITY_SETTINGS, false]);
    else assert.deepEqual(Object.keys(entry.anyOf[1].properties), ['severity', ...options], `${rule.id}: its options`);
  }
});

test('the keys are the ones the parser reads, each with a description', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort(), 'a .podium.yaml key was added or removed: describe it in schemas/podium.schema.json');
  const exportProps = schema.properties.export.properties;
  assert.deepEqual(Object.keys(exportProps.fonts.properties).sort(), [...EXPORT_FONT_KEYS].sort());
  assert.deepEqual(Object.keys(exportProps.sizes.properties).sort(), [...EXPORT_SIZE_KEYS].sort());
  assert.deepEqual(undescribed(schema), []);
});

test('the package contributes it for .podium.yaml', () => {
  const entries = readJson('package.json').contributes.yamlValidation as { fileMatch: string[]; url: string }[];
  const entry = entries.find((e) => e.url === `./${FILE}`);
  assert.deepEqual(entry?.fileMatch, [CONFIG_FILE]);
});

function configFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? configFiles(full) : name.endsWith('.config.yaml') ? [full] : [];
  });
}

test('the repository\'s configurations, the README\'s and a full one pass the schema and the parser alike', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const fromReadme = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(fromReadme, 'the README\'s Configuration section has a yaml example');
  const full = [
    'rules:', ...RULES.map(ruleLine),
    'placeholders:', '  patterns:', '    - "〔[^〕]{1,8}〕"',
    'rates:', '  zh-CN: 180', '  en: 140.5',
    'templatesFolder: templates',
    'words:', '  - { wrong: 其它, right: 其他, note: 通用规范汉字表 }', '  - { wrong: 2019年度, right: 2019 年度 }',
    'residue: [老秘稿库整理]',
    'export:', '  layout: reading', '  subtitle: never',
    `  fonts: { ${EXPORT_FONT_KEYS.map((k) => `${k}: 宋体`).join(', ')} }`,
    `  sizes: { ${EXPORT_SIZE_KEYS.map((k, i) => `${k}: ${12 + i}`).join(', ')} }`, '',
  ].join('\n');
  const samples = [...configFiles(join(ROOT, 'test')).map((f) => [f, readFileSync(f, 'utf8')]), ['README.md', fromReadme], ['full', full]];
  assert.ok(samples.length >= 7);
  for (const [name, source] of samples) {
    assert.deepEqual(schemaErrors(validate, source!), [], `${name}: schema`);
    assert.deepEqual(parseConfigFile(source!, ruleIds).problems, [], `${name}: parser`);
  }
});

test('typos and bad values are reported on their key by the schema, where the parser reports them too', () => {
  const cases: { source: string; at: string; key?: string }[] = [
    { source: 'rulez:\n  placeholder: error\n', at: '', key: 'rulez' },
    { source: 'rules:\n  placeholdr: error\n', at: '/rules', key: 'placeholdr' },
    { source: 'rules:\n  placeholder: warn\n', at: '/rules/placeholder' },
    { source: 'rules:\n  placeholder: true\n', at: '/rules/placeholder' },
    { source: 'placeholders:\n  pattern: ["〔〕"]\n', at: '/placeholders', key: 'pattern' },
    { source: 'rates:\n  zh-CN: -5\n', at: '/rates/zh-CN' },
    { source: 'rates:\n  fr: 150\n', at: '/rates', key: 'fr' },
    { source: 'templatesFolder: [a, b]\n', at: '/templatesFolder' },
    { source: 'words:\n  - wrong: 的\n    rigth: 地\n', at: '/words/0', key: 'rigth' },
    { source: 'residue: [x]\n', at: '/residue/0' },
    { source: 'export:\n  layout: offical\n', at: '/export/layout' },
    { source: 'export:\n  sizes:\n    body: 100\n', at: '/export/sizes/body' },
    { source: 'export:\n  fonts:\n    bold: 黑体\n', at: '/export/fonts', key: 'bold' },
    // Rules with options: a misspelt option, and a bad value.
    ...RULES.filter((r) => Object.keys(optionsOf(r)).length).flatMap((r) => [
      { source: `rules:\n  ${r.id}: { severity: warning, optoin: on }\n`, at: `/rules/${r.id}`, key: 'optoin' },
      { source: `rules:\n  ${r.id}: { severity: loud }\n`, at: `/rules/${r.id}/severity` },
    ]),
  ];
  for (const { source, at, key } of cases) {
    const errors = schemaErrors(validate, source);
    const error = errors.find((e) => e.instancePath === at && (key === undefined || (e.params as { additionalProperty?: string }).additionalProperty === key));
    assert.ok(error, `${JSON.stringify(source)}: expected an error at "${at}"${key ? ` on "${key}"` : ''}, got ${JSON.stringify(errors.map((e) => [e.instancePath, e.message]))}`);
    const [start, end] = errorRange(source, error)!;
    if (key) assert.equal(source.slice(start, end), key, 'an unknown key is marked on the key itself');
    const problems = parseConfigFile(source, ruleIds).problems;
    assert.ok(problems.some((p) => p.start <= end && p.end >= start), `${JSON.stringify(source)}: the parser reports the same place (${JSON.stringify(problems)})`);
  }
});
