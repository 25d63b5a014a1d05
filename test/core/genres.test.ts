/**
 * Every genre template against the real speeches it was derived from: each one, headed or not,
 * passes its template with no structure finding, and each template names the fixture it was
 * checked against in its sources.
 * Run: node --import tsx --test test/core/genres.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, buildTemplateSet, DEFAULT_CONFIG } from '../../server/src/core/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REAL = join(ROOT, 'test', 'fixtures', 'missing-section');
const STRUCTURE_RULES = ['missing-section', 'section-order', 'duplicate-section'];
/** Templates written for Podium's own examples rather than derived from a genre's real speeches. */
const NOT_GENRES = new Set(['generic', 'review-meeting', 'promotion-meeting', 'keynote']);

/** `<template>-real*.speech.md`: a real speech of the genre, abridged, its source in its front matter. */
const realSpeeches = readdirSync(REAL)
  .filter((f) => /-real[\w-]*\.speech\.md$/.test(f) && !f.endsWith('.fixed.speech.md'))
  .map((file) => {
    const text = readFileSync(join(REAL, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    return { file, text, front, template: String((parseYaml(front) as { template?: unknown })?.template ?? '') };
  });

const genres = [...buildTemplateSet().templates.values()].filter((t) => !NOT_GENRES.has(t.id));

test('there are genre templates and real speeches to check them against', () => {
  assert.ok(genres.length >= 14, `expected the genre templates, found ${genres.map((t) => t.id).join(', ')}`);
  assert.ok(realSpeeches.length >= genres.length);
});

for (const speech of realSpeeches) {
  test(`${speech.file} passes its template (${speech.template}) with no structure finding`, () => {
    assert.ok(genres.some((t) => t.id === speech.template), `${speech.file} names no genre template`);
    assert.match(speech.front, /https?:\/\//, `${speech.file} must say in its front matter where the speech was published`);
    const { findings } = analyze(speech.text, { config: DEFAULT_CONFIG, today: '2020-07-15' });
    const structural = findings.filter((f) => STRUCTURE_RULES.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(structural, []);
  });
}

for (const template of genres) {
  test(`${template.id}: its sources name a real speech fixture of the genre, and that fixture uses it`, () => {
    const sources = template.sources ?? [];
    assert.ok(sources.some((s) => /^Checked: /.test(s)), `${template.id} records no real speech it was checked against`);
    const named = sources.flatMap((s) => [...s.matchAll(/test\/fixtures\/missing-section\/([\w-]+\.speech\.md)/g)].map((m) => m[1]!));
    assert.ok(named.length > 0, `${template.id} names no fixture in its sources`);
    for (const file of named) {
      assert.ok(existsSync(join(REAL, file)), `${template.id} names ${file}, which does not exist`);
      assert.ok(realSpeeches.some((s) => s.file === file && s.template === template.id), `${file} is not a real speech on ${template.id}`);
    }
  });
}
