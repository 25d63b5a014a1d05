import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED, README, generatedTemplates, readmeWithTemplates } from '../../scripts/sync-templates.js';
import { loadTemplate } from '../../server/src/core/index.js';
import { BUILTIN_TEMPLATE_FILES } from '../../server/src/core/templates/builtin.generated.js';

test('the bundled templates and the README table are made from templates/builtin/*.yaml (npm run sync-manifest)', () => {
  assert.equal(readFileSync(GENERATED, 'utf8'), generatedTemplates(), 'builtin.generated.ts is stale');
  const readme = readFileSync(README, 'utf8');
  assert.equal(readme, readmeWithTemplates(readme), 'the README template table is stale');
});

test('every built-in template loads without a problem and says what it is for, in both languages', () => {
  assert.ok(BUILTIN_TEMPLATE_FILES.length >= 4);
  for (const { file, source } of BUILTIN_TEMPLATE_FILES) {
    const loaded = loadTemplate(source, file);
    assert.deepEqual(loaded.problems, [], file);
    assert.ok(loaded.template?.description?.['zh-CN'] && loaded.template.description.en, `${file}: description`);
  }
});

test('a workspace template with typos is reported on each typo, with the key it meant', () => {
  const source = 'id: party-lecture\nlang: fr\nsectoins: []\nsections:\n  - { id: lessons, requried: true, label: { zh: 体会 } }\n';
  const problems = loadTemplate(source, 'bad.yaml').problems.map((p) => [source.slice(p.start, p.end), p.message.en]);
  assert.deepEqual(problems, [
    ['sectoins', 'Unknown key "sectoins": did you mean "sections"?'],
    ['fr', 'Template "lang" must be zh-CN or en.'],
    ['requried', 'Unknown key "requried": did you mean "required"?'],
    ['zh', '"zh" is not a language: use zh-CN or en.'],
  ]);
});
