// schemas/template.schema.json, the JSON schema the YAML extension uses for template files, against
// the loader: the built-in templates and the README's pass, typos are marked on their key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../../server/src/core/index.js';
import { BUILTIN_TEMPLATE_SOURCES } from '../../server/src/core/templates/builtin.js';
import { DEFAULT_TEMPLATES_FOLDER } from '../../server/src/node/workspace.js';
import { ROOT, compileSchema, errorRange, readJson, schemaErrors, undescribed } from './yamlSchemaCheck.js';

const FILE = 'schemas/template.schema.json';
const validate = compileSchema(FILE);

test('every property has a description', () => {
  assert.deepEqual(undescribed(readJson(FILE)), []);
});

test('the package contributes it for the templates folder the workspace loads, .yaml and .yml', () => {
  const entries = readJson('package.json').contributes.yamlValidation as { fileMatch: string[]; url: string }[];
  const entry = entries.find((e) => e.url === `./${FILE}`);
  assert.deepEqual(entry?.fileMatch, [`${DEFAULT_TEMPLATES_FOLDER}/*.yaml`, `${DEFAULT_TEMPLATES_FOLDER}/*.yml`]);
});

test('the built-in templates and the README\'s example pass the schema and the loader alike', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = /```yaml\n# \.podium\/templates\/[a-z-]+\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the README\'s Templates section has a yaml example');
  const extending = 'id: short-review\nname: 简短述职\nextends: review-meeting\n';
  const samples = [...BUILTIN_TEMPLATE_SOURCES, example, extending];
  assert.ok(BUILTIN_TEMPLATE_SOURCES.length >= 4);
  for (const source of samples) {
    assert.deepEqual(schemaErrors(validate, source), [], source.slice(0, 40));
    assert.deepEqual(loadTemplate(source, 'sample.yaml').problems, [], source.slice(0, 40));
  }
});

test('typos and bad values are reported on their key', () => {
  const base = 'id: party-lecture\nname: 党课讲稿\n';
  const cases: { source: string; at: string; key?: string; loaderAgrees?: boolean }[] = [
    { source: `${base}sectoins:\n  - { id: opening, kind: opening }\n`, at: '', key: 'sectoins' },
    { source: `${base}sections:\n  - { id: opening, kind: opening, requried: true }\n`, at: '/sections/0', key: 'requried' },
    { source: `${base}lang: fr\nsections: []\n`, at: '/lang' },
    { source: `${base}sections:\n  - { id: opening, kind: appendix }\n`, at: '/sections/0/kind', loaderAgrees: true },
    { source: `${base}sections:\n  - { id: Opening_1 }\n`, at: '/sections/0/id', loaderAgrees: true },
    { source: 'id: Party Lecture\nsections: []\n', at: '/id', loaderAgrees: true },
    { source: `${base}sections:\n  - { id: opening, required: yes }\n`, at: '/sections/0/required' },
    { source: `${base}sections:\n  - { id: lessons, label: { zh: 体会 } }\n`, at: '/sections/0/label' },
    { source: `${base}sections: opening\n`, at: '/sections', loaderAgrees: true },
  ];
  for (const { source, at, key } of cases) {
    const errors = schemaErrors(validate, source);
    const error = errors.find((e) => e.instancePath === at && (key === undefined || (e.params as { additionalProperty?: string }).additionalProperty === key));
    assert.ok(error, `${JSON.stringify(source)}: expected an error at "${at}"${key ? ` on "${key}"` : ''}, got ${JSON.stringify(errors.map((e) => [e.instancePath, e.message]))}`);
    const [start, end] = errorRange(source, error)!;
    if (key) assert.equal(source.slice(start, end), key, 'an unknown key is marked on the key itself');
    {
      // The loader reports every one of them too, at the same place: the editor marks what the schema marks.
      const problems = loadTemplate(source, 'bad.yaml').problems;
      assert.ok(problems.some((p) => p.start <= end && p.end >= start), `${JSON.stringify(source)}: the loader reports the same place (${JSON.stringify(problems)})`);
    }
  }
});
