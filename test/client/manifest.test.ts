// The editor's manifest against the code: settings follow the rule registry, every %key% has
// both languages, and every client string has its 简体中文 translation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core/index.js';

const root = join(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const pkg = json('package.json');
const nls = { en: json('package.nls.json'), zh: json('package.nls.zh-cn.json') };

test('podium.rules lists every rule of the registry, and nothing else', () => {
  const props = pkg.contributes.configuration.properties['podium.rules'].properties;
  assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.id).sort(), 'run npm run sync-manifest');
});

test('settings match what the server reads', () => {
  const keys = Object.keys(pkg.contributes.configuration.properties).sort();
  assert.deepEqual(keys, ['podium.export.fonts', 'podium.export.layout', 'podium.export.sizes', 'podium.export.subtitle', 'podium.maxProblems', 'podium.placeholders.patterns', 'podium.rates.en', 'podium.rates.zh-CN', 'podium.residue', 'podium.rules', 'podium.run', 'podium.templatesFolder', 'podium.words']);
  for (const [key, value] of Object.entries<{ scope: string }>(pkg.contributes.configuration.properties)) assert.equal(value.scope, 'resource', key);
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['podium.placeholders.patterns']);
});

test('every %key% of the manifest is in package.nls.json and package.nls.zh-cn.json', () => {
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.length > 10);
  for (const key of keys) {
    assert.ok(nls.en[key], `package.nls.json lacks ${key}`);
    assert.ok(nls.zh[key], `package.nls.zh-cn.json lacks ${key}`);
  }
});

test('every vscode.l10n.t string of the client has a zh-cn translation', () => {
  const bundle = json('l10n/bundle.l10n.zh-cn.json');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const full = join(dir, f);
    return statSync(full).isDirectory() ? files(full) : f.endsWith('.ts') ? [full] : [];
  });
  const strings = files(join(root, 'client/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!));
  assert.ok(strings.length > 20);
  for (const s of strings) assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
});
