// The schemas the manifest contributes ship in the .vsix: asked of vsce itself, which applies
// .vscodeignore exactly as `vsce package --no-dependencies` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackageManager, listFiles } from '@vscode/vsce';
import { ROOT, readJson } from './yamlSchemaCheck.js';

test('every yamlValidation schema is in the packaged extension', async () => {
  const urls = (readJson('package.json').contributes.yamlValidation as { url: string }[]).map((e) => e.url.replace(/^\.\//, ''));
  assert.ok(urls.length >= 2);
  const files = new Set(await listFiles({ cwd: ROOT, packageManager: PackageManager.None }));
  for (const url of urls) assert.ok(files.has(url), `${url} is left out of the .vsix: add it to .vscodeignore`);
});
